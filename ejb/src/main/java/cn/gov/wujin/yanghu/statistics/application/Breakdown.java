package cn.gov.wujin.yanghu.statistics.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Figures per key and for the whole selection. The total is counted by the database
 * ({@code GROUP BY ROLLUP}), not added up from the rows: a volunteer active in two groups is
 * one active volunteer of the station.
 */
// no @Schema on the type: the document would get an unused raw "Breakdown" beside BreakdownWarningFigures and the like
public record Breakdown<T>(
        @Schema(required = true, description = "One row per key with figures, by key.") List<T> rows,
        @Schema(required = true, description = "The whole selection, keyed *: counted by the database, not added up "
                + "from the rows.") T total) implements Serializable {

    /** The key the database gives the rollup's total row. */
    public static final String TOTAL = "*";

    /** SQL for a grouped key that names the rollup's total row {@link #TOTAL}. */
    static String key(String column) {
        return "CASE WHEN grouping(" + column + ") = 1 THEN '" + TOTAL + "' ELSE " + column + " END";
    }

    /** Splits query rows whose first column is the key into the rows and the total (or {@code none} when nothing matched). */
    static <T> Breakdown<T> of(List<?> result, Function<Object[], T> figures, T none) {
        List<T> rows = new ArrayList<>();
        T total = none;
        for (Object row : result) {
            Object[] r = (Object[]) row;
            if (TOTAL.equals(r[0])) {
                total = figures.apply(r);
            } else {
                rows.add(figures.apply(r));
            }
        }
        return new Breakdown<>(rows, total);
    }
}
