package cn.gov.wujin.yanghu.statistics.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
@Schema(description = "The early-warning figures (预警劝阻) of one key (a station's code or a month yyyy-MM; * for the total), "
        + "counting the leads received in the period (Beijing days) with their outcome as it stands.")
public record WarningFigures(
        @Schema(required = true, description = "The station's code or the month (yyyy-MM), by groupBy; * for the total.", example = "HT")
        String key,
        @Schema(required = true, minimum = "0", description = "Leads received.", example = "120") long leads,
        @Schema(required = true, minimum = "0", description = "Leads with an outcome recorded by their deadline.", example = "111")
        long handledInTime,
        @Schema(pattern = Rates.SHARE_PATTERN, description = "handledInTime ÷ leads. " + Rates.SHARE_TEXT, example = "0.9250")
        String inTimeRate,
        @Schema(required = true, minimum = "0", description = "Outcome DISSUADED.", example = "96") long dissuaded,
        @Schema(required = true, minimum = "0", description = "Outcome ALREADY_DEFRAUDED.", example = "8") long alreadyDefrauded,
        @Schema(required = true, minimum = "0", description = "Outcome UNREACHABLE.", example = "12") long unreachable,
        @Schema(required = true, minimum = "0", description = "Still without an outcome.", example = "4") long open,
        @Schema(pattern = Rates.SHARE_PATTERN, description = "dissuaded ÷ leads (劝阻率). " + Rates.SHARE_TEXT, example = "0.8000")
        String dissuasionRate,
        @Schema(required = true, minimum = "0", description = "Of the dissuaded, those whose phone later turned up as a victim's in a "
                + "reported case.", example = "2") long defraudedAfterWarning,
        @Schema(pattern = Rates.SHARE_PATTERN, description = "defraudedAfterWarning ÷ dissuaded (预警后被骗率). " + Rates.SHARE_TEXT,
                example = "0.0208") String defraudedAfterWarningRate) implements Serializable {

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
