package cn.gov.wujin.yanghu.statistics.application;

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
public record FraudFigures(String key, long reports, long filed, long solved, String clearanceRate, String loss, String stopped,
                           String frozen, String returned, long withLoss, long goldenHour, String goldenHourRate) implements Serializable {

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
