package cn.gov.wujin.yanghu.statistics.application;

import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.patrol.application.PatrolCounting;
import cn.gov.wujin.yanghu.patrol.application.PointsService;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

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

    private static final String SHIFTS = "SELECT " + Breakdown.key("k") + " AS k, count(DISTINCT shift_id) AS shifts, "
            + "sum(hours) AS hours, count(DISTINCT person) AS people FROM (SELECT %s AS k, s.id AS shift_id, " + PatrolCounting.HOURS + " AS hours, "
            + "coalesce('a' || m.account_id, 'm' || m.id) AS person "
            + "FROM shift s JOIN shift_signup x ON x.shift_id = s.id JOIN group_member m ON m.id = x.member_id "
            + "JOIN station st ON st.id = s.station_id JOIN patrol_group g ON g.id = s.group_id "
            + "WHERE NOT s.cancelled AND x.cancelled_at IS NULL AND x.checked_in_at IS NOT NULL "
            + "AND s.starts_at >= ?1 AND s.starts_at < ?2%s) w GROUP BY ROLLUP (k)";

    private static final String TIPS = "SELECT " + Breakdown.key("k") + " AS k, count(*) AS tips, count(*) FILTER (WHERE acted) AS acted "
            + "FROM (SELECT %s AS k, " + PatrolCounting.TIP_ACTED + " AS acted FROM tip t JOIN station st ON st.id = t.station_id "
            + "LEFT JOIN patrol_group g ON g.id = t.group_id WHERE t.submitted_at >= ?1 AND t.submitted_at < ?2%s) w GROUP BY ROLLUP (k)";

    @PersistenceContext
    private EntityManager em;

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
        String sql = "WITH sh AS (" + String.format(SHIFTS, key(group, "s.starts_at"), selection.stationClause("s.station_id"))
                + "), tp AS (" + String.format(TIPS, key(group, "t.submitted_at"), selection.stationClause("t.station_id"))
                + ") SELECT k, sh.shifts, sh.hours, sh.people, tp.tips, tp.acted FROM sh FULL JOIN tp USING (k) ORDER BY k";
        Breakdown<PatrolFigures> figures = Breakdown.of(within(sql, selection).getResultList(), PatrolFigures::of, PatrolFigures.none());
        List<TipCategoryFigures> categories = new ArrayList<>();
        for (Object row : within("SELECT t.category, count(*), count(*) FILTER (WHERE " + PatrolCounting.TIP_ACTED
                + ") FROM tip t WHERE t.submitted_at >= ?1 AND t.submitted_at < ?2" + selection.stationClause("t.station_id")
                + " GROUP BY t.category ORDER BY 2 DESC, 1", selection).getResultList()) {
            Object[] r = (Object[]) row;
            long tips = Rates.count(r[1]);
            long acted = Rates.count(r[2]);
            categories.add(new TipCategoryFigures((String) r[0], tips, acted, Rates.share(acted, tips)));
        }
        return new PatrolReport(figures.rows(), figures.total(), categories,
                points.topVolunteers(selection.stationId(), selection.from(), selection.to(), TOP));
    }

    private static String key(String group, String time) {
        return switch (group) {
            case "station" -> "st.code";
            case "group" -> "st.code || ' · ' || coalesce(g.name, '-')";
            default -> "to_char(" + time + " AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')";
        };
    }

    private Query within(String sql, Selection selection) {
        Query query = em.createNativeQuery(sql).setParameter(1, selection.start()).setParameter(2, selection.end());
        return selection.stationId() == null ? query : query.setParameter(3, selection.stationId());
    }
}
