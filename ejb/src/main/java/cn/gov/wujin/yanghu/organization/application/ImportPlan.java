package cn.gov.wujin.yanghu.organization.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.util.List;

/** What an import did, or in a dry run would do: each row's record and whether it is new, changed or as it was. */
@Schema(name = "ImportPlan", description = "What an import did (or, in a dry run, would do), row by row.")
public record ImportPlan(
        @Schema(required = true, description = "True for a dry run: nothing was stored.") boolean dryRun,
        @Schema(required = true, minimum = "0", description = "Records created (or to be created).", example = "12") int created,
        @Schema(required = true, minimum = "0", description = "Records changed (or to be changed).", example = "1") int changed,
        @Schema(required = true, minimum = "0", description = "Records already as the file has them.", example = "0") int unchanged,
        @Schema(required = true, description = "One entry per data row, in the file's order.") List<PlannedRow> rows)
        implements Serializable {

    /** One row's record and what happens to it. */
    @Schema(name = "ImportRow", description = "One data row of an import and what happens to its record.")
    public record PlannedRow(
            @Schema(required = true, minimum = "2", description = "The row as a spreadsheet numbers it (the header is row 1).",
                    example = "2") int row,
            @Schema(required = true, enumeration = {"STATION", "COMMUNITY", "GRID", "ACCOUNT"}, example = "STATION") String type,
            @Schema(required = true, description = "The record's code: a station's code, station/community, station/community/grid, "
                    + "or an account's username.", example = "HT/HT-HY") String code,
            @Schema(required = true, enumeration = {"CREATE", "UPDATE", "UNCHANGED"}, example = "CREATE") String action)
            implements Serializable {
    }

    static ImportPlan of(boolean dryRun, List<PlannedRow> rows) {
        return new ImportPlan(dryRun, count(rows, "CREATE"), count(rows, "UPDATE"), count(rows, "UNCHANGED"), List.copyOf(rows));
    }

    private static int count(List<PlannedRow> rows, String action) {
        return (int) rows.stream().filter(r -> r.action().equals(action)).count();
    }
}
