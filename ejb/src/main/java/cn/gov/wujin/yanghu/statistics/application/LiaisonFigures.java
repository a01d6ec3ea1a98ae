package cn.gov.wujin.yanghu.statistics.application;

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
public record LiaisonFigures(String key, long projects, long covered, String coverageRate, long noRecentVisit, long visits,
                             String visitsPerProjectMonth, long requests, long open, long overdue, long resolved, long resolvedInTime,
                             long rated, String averageSatisfaction) implements Serializable {

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
