package cn.gov.wujin.yanghu.statistics.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.math.RoundingMode;

/**
 * One row of the liaison figures (重大项目警官联系制), for one station (its code). The projects
 * are those registered by the end of the period, as they stood then:
 * <ul>
 * <li>{@code projects}; {@code covered}: with a liaison officer at the end of the period (for the
 * project or its enterprise), and {@code coverageRate} = covered ÷ projects;</li>
 * <li>{@code noRecentVisit}: without a visit in the last N days up to the end of the period (or
 * today, if earlier), N being the liaison setting (30 unless changed);</li>
 * <li>{@code visits}: visits on days in the period, and {@code visitsPerProjectMonth} = visits ÷
 * projects ÷ the calendar months the period touches;</li>
 * <li>{@code requests}: enterprise requests received in the period, of which {@code open} (not
 * yet resolved), {@code overdue} (open and past the deadline now), {@code resolved}, and
 * {@code resolvedInTime} (resolved by the deadline);</li>
 * <li>{@code rated} and {@code averageSatisfaction} (1–5, two places): requests closed with the
 * enterprise's rating in the period, as on the satisfaction page.</li>
 * </ul>
 */
@Schema(description = "The liaison figures (重大项目警官联系制) of one station (its code; * for the total): the projects registered by "
        + "the end of the period as they stood then, visits on days in the period, requests received in it.")
public record LiaisonFigures(
        @Schema(required = true, description = "The station's code; * for the total.", example = "HT") String key,
        @Schema(required = true, minimum = "0", description = "Projects.", example = "8") long projects,
        @Schema(required = true, minimum = "0", description = "Projects with a liaison officer at the end of the period.", example = "8")
        long covered,
        @Schema(pattern = Rates.SHARE_PATTERN, description = "covered ÷ projects. " + Rates.SHARE_TEXT, example = "1.0000")
        String coverageRate,
        @Schema(required = true, minimum = "0", description = "Projects without a visit in the last N days (the liaison setting, 30 "
                + "unless changed) up to the end of the period or today, whichever is earlier.", example = "1") long noRecentVisit,
        @Schema(required = true, minimum = "0", description = "Visits in the period.", example = "19") long visits,
        @Schema(pattern = "^[0-9]+\\.[0-9]{2}$", description = "visits ÷ projects ÷ the calendar months the period touches; left out "
                + "without projects.", example = "2.38") String visitsPerProjectMonth,
        @Schema(required = true, minimum = "0", description = "Enterprise requests received in the period.", example = "6") long requests,
        @Schema(required = true, minimum = "0", description = "Of these, not resolved yet.", example = "2") long open,
        @Schema(required = true, minimum = "0", description = "Of these, open and past their deadline now.", example = "1") long overdue,
        @Schema(required = true, minimum = "0", description = "Of these, resolved.", example = "4") long resolved,
        @Schema(required = true, minimum = "0", description = "Of these, resolved by their deadline.", example = "3") long resolvedInTime,
        @Schema(required = true, minimum = "0", description = "Requests closed with the enterprise's rating in the period.", example = "3")
        long rated,
        @Schema(pattern = "^[1-5]\\.[0-9]{2}$", description = "Their average rating, 1–5 with two places; left out when none was "
                + "rated.", example = "4.67") String averageSatisfaction) implements Serializable {

    static LiaisonFigures of(Object[] r, long months) {
        long projects = Rates.count(r[1]);
        long covered = Rates.count(r[2]);
        long visits = Rates.count(r[4]);
        return new LiaisonFigures(String.valueOf(r[0]), projects, covered, Rates.share(covered, projects), Rates.count(r[3]), visits,
                Rates.ratio(Rates.decimal(visits), projects * months), Rates.count(r[5]), Rates.count(r[6]), Rates.count(r[7]),
                Rates.count(r[8]), Rates.count(r[9]), Rates.count(r[10]),
                r[11] == null ? null : Rates.decimal(r[11]).setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    static LiaisonFigures none() {
        return new LiaisonFigures(Breakdown.TOTAL, 0, 0, null, 0, 0, null, 0, 0, 0, 0, 0, 0, null);
    }
}
