package cn.gov.wujin.yanghu.statistics.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One row of the patrol figures (阳湖N警), for one key (a station's code, "station · group",
 * "station · -" for tips sent outside any group, or a month yyyy-MM). Shifts count by the day
 * they start, tips by the day they were sent (Beijing days):
 * <ul>
 * <li>{@code shifts}: shifts held, i.e. not cancelled and at least one member checked in;</li>
 * <li>{@code volunteerHours}: the members' hours on those shifts, from check-in to check-out
 * inside the shift's window, in tenths rounded down (as the points and the certificate count);</li>
 * <li>{@code activeVolunteers}: different people (an account, or a roster entry without one)
 * who checked in at least once;</li>
 * <li>{@code tips}: tips sent; {@code tipsActed}: of these, resolved or turned into a case, and
 * {@code actionRate} = tipsActed ÷ tips;</li>
 * <li>{@code checkInsLocated}: check-ins of those shifts whose position was judged against a
 * boundary; {@code checkInsOnSite}: of these, on site, and {@code onSiteRate} = on site ÷ located
 * (the "checked in on site" rate; check-ins without a position count in neither).</li>
 * </ul>
 */
@Schema(description = "The patrol figures (阳湖N警) of one key: a station's code, \"station · group\" (\"station · -\" for tips sent "
        + "outside any group) or a month yyyy-MM; * for the total. Shifts count by the day they start, tips by the day they were sent "
        + "(Beijing days).")
public record PatrolFigures(
        @Schema(required = true, description = "The station's code, \"station · group\" or the month (yyyy-MM), by groupBy; * for the "
                + "total.", example = "HT · 星河社区义警队") String key,
        @Schema(required = true, minimum = "0", description = "Shifts held: not cancelled, and at least one member checked in.",
                example = "24") long shifts,
        @Schema(required = true, pattern = "^[0-9]+\\.[0-9]$", description = "The members' hours on those shifts, check-in to "
                + "check-out within the shift, in tenths rounded down.", example = "186.5") String volunteerHours,
        @Schema(required = true, minimum = "0", description = "Different people who checked in at least once.", example = "31")
        long activeVolunteers,
        @Schema(required = true, minimum = "0", description = "Tips sent.", example = "17") long tips,
        @Schema(required = true, minimum = "0", description = "Of these, resolved or turned into a case.", example = "9") long tipsActed,
        @Schema(pattern = Rates.SHARE_PATTERN, description = "tipsActed ÷ tips. " + Rates.SHARE_TEXT, example = "0.5294")
        String actionRate,
        @Schema(required = true, minimum = "0", description = "Check-ins whose position was judged against the shift's area (with a "
                + "position and a boundary).", example = "40") long checkInsLocated,
        @Schema(required = true, minimum = "0", description = "Of these, on site: inside the area or within the tolerance plus the "
                + "phone's accuracy.", example = "37") long checkInsOnSite,
        @Schema(pattern = Rates.SHARE_PATTERN, description = "checkInsOnSite ÷ checkInsLocated: the \"checked in on site\" rate. "
                + Rates.SHARE_TEXT, example = "0.9250") String onSiteRate) implements Serializable {

    static PatrolFigures of(Object[] r) {
        long tips = Rates.count(r[4]);
        long acted = Rates.count(r[5]);
        long located = Rates.count(r[6]);
        long onSite = Rates.count(r[7]);
        return new PatrolFigures(String.valueOf(r[0]), Rates.count(r[1]), Rates.decimal(r[2]).setScale(1, RoundingMode.DOWN).toPlainString(),
                Rates.count(r[3]), tips, acted, Rates.share(acted, tips), located, onSite, Rates.share(onSite, located));
    }

    static PatrolFigures none() {
        return new PatrolFigures(Breakdown.TOTAL, 0, BigDecimal.ZERO.setScale(1).toPlainString(), 0, 0, 0, null, 0, 0, null);
    }
}
