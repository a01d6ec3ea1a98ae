package cn.gov.wujin.yanghu.statistics.application;

import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.patrol.application.PatrolCounting;
import cn.gov.wujin.yanghu.patrol.application.PointsService;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.shared.ScheduledRuns;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The patrol figures ({@link PatrolFigures}) for the dashboard, the exports and the API. Station
 * heads see their station; bureau supervisors all stations, or one.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class PatrolStatistics {

    /** How many volunteers the statistics name. */
    static final int TOP = 10;

    /**
     * Shifts held from the shifts' attendance (migration V14); hours and people per key and person,
     * then per key with the rollup (a person active under two keys is one person of the total), and
     * the check-ins judged on site or off (V34). The whole months of the period (?6/?7, their first
     * days) come from the monthly tally of check-ins (V42); its partial months at either end from
     * the check-ins themselves, [?1, ?8) and [?9, ?2) (?8/?9 the whole months' instants: two ranges
     * the shifts' index answers). Both are summed per member (station, group, month when asked)
     * by ids before the keys are named: a year of the tally is a row per member and month (137k
     * for 12k members), and joining each to its names before summing took the bureau's statement
     * to 384 ms; summed first, 238 ms.
     */
    private static final String SHIFTS = "held AS (SELECT " + Breakdown.key("k") + " AS k, sum(w.shifts) AS shifts FROM (SELECT %1$s AS k, "
            + "a.shifts FROM (SELECT s.station_id, s.group_id, %3$s AS mo, count(*) AS shifts FROM shift s "
            + "WHERE s.attendance > 0 AND NOT s.cancelled AND s.starts_at >= ?1 AND s.starts_at < ?2%2$s GROUP BY 1, 2, 3) a "
            + "JOIN station st ON st.id = a.station_id JOIN patrol_group g ON g.id = a.group_id) w GROUP BY ROLLUP (k)), "
            + "per AS (SELECT %1$s AS k, coalesce(m.account_id, -m.id) AS person, sum(a.tenths) AS tenths, "
            + "sum(a.located) AS located, sum(a.onsite) AS onsite FROM (SELECT u.station_id, u.group_id, u.mo, u.member_id, "
            + "sum(u.tenths) AS tenths, sum(u.located) AS located, sum(u.onsite) AS onsite FROM ("
            + "SELECT t.station_id, t.group_id, %4$s AS mo, t.member_id, t.tenths, t.located, t.on_site AS onsite FROM check_in_monthly t "
            + "WHERE t.month >= ?6 AND t.month < ?7 AND t.check_ins > 0%5$s "
            + "UNION ALL SELECT s.station_id, s.group_id, %3$s AS mo, x.member_id, "
            + "sum(" + PatrolCounting.TENTHS + ") AS tenths, count(x.on_site) AS located, count(*) FILTER (WHERE x.on_site) AS onsite "
            + "FROM shift s JOIN shift_signup x ON x.shift_id = s.id "
            + "WHERE NOT s.cancelled AND x.cancelled_at IS NULL AND x.checked_in_at IS NOT NULL "
            + "AND ((s.starts_at >= ?1 AND s.starts_at < ?8) OR (s.starts_at >= ?9 AND s.starts_at < ?2))%2$s GROUP BY 1, 2, 3, 4) u "
            + "GROUP BY 1, 2, 3, 4) a "
            + "JOIN group_member m ON m.id = a.member_id "
            + "JOIN station st ON st.id = a.station_id JOIN patrol_group g ON g.id = a.group_id GROUP BY 1, 2), "
            + "people AS (SELECT " + Breakdown.key("k") + " AS k, sum(tenths) / 10.0 AS hours, count(DISTINCT person) AS people, "
            + "sum(located) AS located, sum(onsite) AS onsite "
            + "FROM per GROUP BY ROLLUP (k))";

    /** Tips from their daily sums (migration V13), ?4/?5 the period's days. */
    private static final String TIPS = "SELECT " + Breakdown.key("k") + " AS k, sum(tips) AS tips, sum(acted) AS acted "
            + "FROM (SELECT %s AS k, d.tips, d.acted FROM tip_daily d JOIN station st ON st.id = d.station_id "
            + "LEFT JOIN patrol_group g ON g.id = d.group_id WHERE d.day >= ?4 AND d.day <= ?5%s) w "
            + "GROUP BY ROLLUP (k) HAVING sum(tips) <> 0 OR grouping(k) = 1";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StatisticsReads reads;

    @Inject
    private ScheduledRuns runs;

    @Inject
    private StationScope scope;

    @Inject
    private PointsService points;

    /** The patrol figures of [from, to] grouped by station, group or month, with tips by category and the top volunteers. */
    public PatrolReport patrol(LocalDate from, LocalDate to, String stationCode, String groupBy) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        String group = groupBy == null ? "" : groupBy.strip().toLowerCase(Locale.ROOT);
        if (!List.of("station", "group", "month").contains(group)) {
            problems.add("groupBy", "stats.groupBy", "station, group, month");
        }
        Selection selection = Selection.of(from, to, stationCode, scope, problems);
        problems.throwIfAny();
        boolean byMonth = "month".equals(group);
        String sql = "WITH " + String.format(SHIFTS, key(group, "a.mo"), selection.stationClause("s.station_id"),
                byMonth ? "to_char(bureau_day(s.starts_at), 'YYYY-MM')" : "NULL::text", byMonth ? "to_char(t.month, 'YYYY-MM')" : "NULL::text",
                selection.stationClause("t.station_id"))
                + ", tp AS (" + String.format(TIPS, key(group, "to_char(d.day, 'YYYY-MM')"), selection.stationClause("d.station_id"))
                + ") SELECT k, held.shifts, people.hours, people.people, tp.tips, tp.acted, people.located, people.onsite "
                + "FROM held FULL JOIN people USING (k) FULL JOIN tp USING (k) ORDER BY k";
        Breakdown<PatrolFigures> figures = Breakdown.of(within(sql, selection).getResultList(), PatrolFigures::of, PatrolFigures.none());
        List<TipCategoryFigures> categories = new ArrayList<>();
        for (Object row : within("SELECT d.category, sum(d.tips), sum(d.acted) FROM tip_daily d WHERE d.day >= ?4 AND d.day <= ?5"
                + selection.stationClause("d.station_id") + " GROUP BY d.category HAVING sum(d.tips) <> 0 ORDER BY 2 DESC, 1",
                selection).getResultList()) {
            Object[] r = (Object[]) row;
            long tips = Rates.count(r[1]);
            long acted = Rates.count(r[2]);
            categories.add(new TipCategoryFigures((String) r[0], tips, acted, Rates.share(acted, tips)));
        }
        return new PatrolReport(figures.rows(), figures.total(), categories,
                points.topVolunteers(selection.stationId(), selection.from(), selection.to(), TOP));
    }

    /**
     * Folds the per-session slots of the tip days before yesterday into slot 0, so the daily
     * sums stay a few rows per day: the tips per group and category, and the located tips per area
     * (the map's heat). One statement each: when every instance runs it at once, each slot row is
     * moved by the one that deleted it. Returns the rows folded.
     */
    @RolesAllowed(Roles.ADMIN)
    public int compactTipDays() {
        Date before = Date.valueOf(LocalDate.now(BureauTime.ZONE).minusDays(1));
        int days = ((Number) em.createNativeQuery("WITH moved AS (DELETE FROM tip_daily WHERE slot <> 0 AND day < ?1 RETURNING *), "
                        + "folded AS (INSERT INTO tip_daily AS d (day, station_id, group_id, category, slot, tips, acted) "
                        + "SELECT day, station_id, group_id, category, 0, sum(tips), sum(acted) FROM moved GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4 "
                        + "ON CONFLICT (day, station_id, group_id, category, slot) DO UPDATE SET tips = d.tips + EXCLUDED.tips, "
                        + "acted = d.acted + EXCLUDED.acted) SELECT count(*) FROM moved")
                .setParameter(1, before).getSingleResult()).intValue();
        int areas = ((Number) em.createNativeQuery("WITH moved AS (DELETE FROM tip_area_daily WHERE slot <> 0 AND day < ?1 RETURNING *), "
                        + "folded AS (INSERT INTO tip_area_daily AS d (day, station_id, community_id, grid_id, slot, tips) "
                        + "SELECT day, station_id, community_id, grid_id, 0, sum(tips) FROM moved GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4 "
                        + "ON CONFLICT (day, station_id, community_id, grid_id, slot) DO UPDATE SET tips = d.tips + EXCLUDED.tips) "
                        + "SELECT count(*) FROM moved")
                .setParameter(1, before).getSingleResult()).intValue();
        return days + areas;
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    @PermitAll
    void compactOnSchedule() {
        runs.once("tip-day-compaction", Duration.ofHours(1), () -> compactTipDays() + " rows folded");
    }

    private static String key(String group, String month) {
        return switch (group) {
            case "station" -> "st.code";
            case "group" -> "st.code || ' · ' || coalesce(g.name, '-')";
            default -> month;
        };
    }

    /**
     * The selection's parameters: ?1/?2 its instants (where the query has them), ?3 the station, ?4/?5 its days;
     * where the query reads the monthly tally, ?6/?7 the first days of its whole months and of the month after, ?8/?9 their instants.
     */
    private ReadQuery within(String sql, Selection selection) {
        ReadQuery query = reads.createNativeQuery(sql);
        if (sql.contains("?1")) {
            query.setParameter(1, selection.start()).setParameter(2, selection.end());
        }
        if (sql.contains("?6")) {
            LocalDate start = selection.wholeMonthsStart();
            LocalDate end = selection.wholeMonthsEnd();
            if (!start.isBefore(end)) { // no whole month: every check-in of the period from the check-ins
                start = selection.from();
                end = start;
            }
            query.setParameter(6, Date.valueOf(start)).setParameter(7, Date.valueOf(end))
                    .setParameter(8, Timestamp.from(start.atStartOfDay(BureauTime.ZONE).toInstant()))
                    .setParameter(9, Timestamp.from(end.atStartOfDay(BureauTime.ZONE).toInstant()));
        }
        query.setParameter(4, selection.firstDay()).setParameter(5, selection.lastDay());
        return selection.bindStation(query);
    }
}
