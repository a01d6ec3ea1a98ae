package cn.gov.wujin.yanghu.statistics.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One row of the fraud figures, for one key (a fraud type, a station's code or a month
 * yyyy-MM). Amounts are decimal strings in yuan with two places, exact to the fen.
 *
 * <p>Every figure counts the cases <em>reported</em> in the period (Beijing days), whatever
 * happened to them later:
 * <ul>
 * <li>{@code reports}: cases reported;</li>
 * <li>{@code filed}: of these, cases that were ever filed (立案; a step to FILED);</li>
 * <li>{@code solved}: of these, cases that were ever solved (破案; a step to SOLVED);</li>
 * <li>{@code clearanceRate}: solved ÷ filed, four places (null when nothing was filed);</li>
 * <li>{@code loss}: the money the victims transferred;</li>
 * <li>{@code stopped}, {@code frozen}: the amounts stopped and frozen by stop-payment requests;</li>
 * <li>{@code returned}: the money returned to victims;</li>
 * <li>{@code withLoss}: cases with at least one transfer;</li>
 * <li>{@code goldenHour}: of those, cases with a stop-payment request at most one hour after
 * the report, and {@code goldenHourRate} = goldenHour ÷ withLoss.</li>
 * </ul>
 */
@Schema(description = "The fraud figures of one key (a fraud type's code, a station's code or a month yyyy-MM), counting the cases "
        + "reported in the period (Beijing days), whatever happened to them later. Amounts are decimal strings in yuan, exact to the fen.")
public record FraudFigures(
        @Schema(required = true, description = "The fraud type's code, the station's code or the month (yyyy-MM), by groupBy.",
                example = "ORDER_BRUSHING") String key,
        @Schema(required = true, minimum = "0", description = "Cases reported.", example = "42") long reports,
        @Schema(required = true, minimum = "0", description = "Of these, cases ever filed (立案).", example = "30") long filed,
        @Schema(required = true, minimum = "0", description = "Of these, cases ever solved (破案).", example = "9") long solved,
        @Schema(pattern = Rates.SHARE_PATTERN, description = "solved ÷ filed (破案率). " + Rates.SHARE_TEXT, example = "0.3000")
        String clearanceRate,
        @Schema(required = true, pattern = Rates.YUAN_PATTERN, description = "The money the victims transferred.", example = "1286400.00")
        String loss,
        @Schema(required = true, pattern = Rates.YUAN_PATTERN, description = "The amounts stopped by stop-payments.", example = "216000.00")
        String stopped,
        @Schema(required = true, pattern = Rates.YUAN_PATTERN, description = "The amounts frozen.", example = "198500.00") String frozen,
        @Schema(required = true, pattern = Rates.YUAN_PATTERN, description = "The money returned to victims.", example = "60000.00")
        String returned,
        @Schema(required = true, minimum = "0", description = "Cases with at least one transfer.", example = "38") long withLoss,
        @Schema(required = true, minimum = "0", description = "Of those, cases with a stop-payment request at most one hour after the "
                + "report (the golden hour).", example = "11") long goldenHour,
        @Schema(pattern = Rates.SHARE_PATTERN, description = "goldenHour ÷ withLoss. " + Rates.SHARE_TEXT, example = "0.2895")
        String goldenHourRate) implements Serializable {

    /** The totals of rows that do not overlap (one per station, type or month): the whole selection, keyed "*". */
    public static FraudFigures sum(List<FraudFigures> rows) {
        long reports = 0;
        long filed = 0;
        long solved = 0;
        long withLoss = 0;
        long golden = 0;
        BigDecimal loss = BigDecimal.ZERO;
        BigDecimal stopped = BigDecimal.ZERO;
        BigDecimal frozen = BigDecimal.ZERO;
        BigDecimal returned = BigDecimal.ZERO;
        for (FraudFigures r : rows) {
            reports += r.reports();
            filed += r.filed();
            solved += r.solved();
            withLoss += r.withLoss();
            golden += r.goldenHour();
            loss = loss.add(new BigDecimal(r.loss()));
            stopped = stopped.add(new BigDecimal(r.stopped()));
            frozen = frozen.add(new BigDecimal(r.frozen()));
            returned = returned.add(new BigDecimal(r.returned()));
        }
        return new FraudFigures(Breakdown.TOTAL, reports, filed, solved, Rates.share(solved, filed), yuan(loss), yuan(stopped), yuan(frozen),
                yuan(returned), withLoss, golden, Rates.share(golden, withLoss));
    }

    private static String yuan(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }
}
