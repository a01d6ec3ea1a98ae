package cn.gov.wujin.yanghu.statistics.application;

import java.math.BigDecimal;
import java.math.RoundingMode;

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
                           String frozen, String returned, long withLoss, long goldenHour, String goldenHourRate) {

    /** A share with four places, as the rates are given; null when there is nothing to divide by. */
    public static String rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).toPlainString();
    }
}
