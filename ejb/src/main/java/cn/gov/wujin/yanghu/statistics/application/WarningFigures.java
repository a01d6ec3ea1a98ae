package cn.gov.wujin.yanghu.statistics.application;

import java.io.Serializable;

/**
 * One row of the early-warning figures (预警劝阻), for one key (a station's code or a month
 * yyyy-MM). Every figure counts the leads <em>received</em> in the period (Beijing days), with
 * their outcome as it stands:
 * <ul>
 * <li>{@code leads}: leads received;</li>
 * <li>{@code handledInTime}: an outcome recorded no later than the lead's deadline, and
 * {@code inTimeRate} = handledInTime ÷ leads;</li>
 * <li>{@code dissuaded}, {@code alreadyDefrauded}, {@code unreachable}, {@code open}: by outcome;</li>
 * <li>{@code dissuasionRate} = dissuaded ÷ leads;</li>
 * <li>{@code defraudedAfterWarning}: of the dissuaded, those whose phone later turned up as a
 * victim's in a reported case (the case is linked to the lead), and
 * {@code defraudedAfterWarningRate} = defraudedAfterWarning ÷ dissuaded (预警后被骗率).</li>
 * </ul>
 */
public record WarningFigures(String key, long leads, long handledInTime, String inTimeRate, long dissuaded, long alreadyDefrauded,
                             long unreachable, long open, String dissuasionRate, long defraudedAfterWarning,
                             String defraudedAfterWarningRate) implements Serializable {

    static WarningFigures of(Object[] r) {
        long leads = Rates.count(r[1]);
        long inTime = Rates.count(r[2]);
        long dissuaded = Rates.count(r[3]);
        long later = Rates.count(r[7]);
        return new WarningFigures(String.valueOf(r[0]), leads, inTime, Rates.share(inTime, leads), dissuaded, Rates.count(r[4]),
                Rates.count(r[5]), Rates.count(r[6]), Rates.share(dissuaded, leads), later, Rates.share(later, dissuaded));
    }

    static WarningFigures none() {
        return new WarningFigures(Breakdown.TOTAL, 0, 0, null, 0, 0, 0, 0, null, 0, null);
    }
}
