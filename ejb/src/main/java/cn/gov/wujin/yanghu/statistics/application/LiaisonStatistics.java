package cn.gov.wujin.yanghu.statistics.application;

import cn.gov.wujin.yanghu.liaison.application.LiaisonSettingsService;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.sql.Date;
import java.time.LocalDate;

/**
 * The liaison figures ({@link LiaisonFigures}) per station and for the selection, for the
 * dashboard, the exports and the API. Station heads see their station; bureau supervisors all
 * stations, or one.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class LiaisonStatistics {

    private static final String OPEN = "status IN ('RECEIVED', 'IN_PROGRESS')";

    /** An assignment serving at the end of the period (?2). */
    private static final String SERVING = "a.started_at < ?2 AND (a.ended_at IS NULL OR a.ended_at >= ?2)";

    /**
     * ?1/?2 the period's instants, ?3 the station, ?4/?5 the days a recent visit falls in, ?6/?7 the period's days.
     * Each part is counted per station id, named, then rolled up to a total, and the parts are put
     * side by side (counting before naming spares joining a year of visits and requests row by row). The
     * project part reads the serving assignments and the recent visits once each (hashed {@code IN}),
     * not once per project.
     */
    private static final String FIGURES = "WITH pr AS (SELECT " + Breakdown.key("k") + " AS k, count(*) AS projects, "
            + "count(*) FILTER (WHERE covered) AS covered, count(*) FILTER (WHERE stale) AS stale FROM ("
            + "SELECT st.code AS k, (p.id IN (SELECT a.project_id FROM liaison_assignment a WHERE a.project_id IS NOT NULL AND " + SERVING + ") "
            + "OR p.enterprise_id IN (SELECT a.enterprise_id FROM liaison_assignment a WHERE a.enterprise_id IS NOT NULL AND " + SERVING + ")) "
            + "AS covered, p.id NOT IN (SELECT v.project_id FROM visit v WHERE v.visited_on >= ?4 AND v.visited_on <= ?5) AS stale "
            + "FROM project p JOIN station st ON st.id = p.station_id WHERE p.created_at < ?2%1$s) w GROUP BY ROLLUP (k)), "
            + "vi AS (SELECT " + Breakdown.key("k") + " AS k, sum(n) AS visits FROM (SELECT st.code AS k, c.n FROM ("
            + "SELECT v.station_id, count(*) AS n FROM visit v WHERE v.visited_on >= ?6 AND v.visited_on <= ?7%2$s GROUP BY 1) c "
            + "JOIN station st ON st.id = c.station_id) w GROUP BY ROLLUP (k)), "
            + "rq AS (SELECT " + Breakdown.key("k") + " AS k, sum(received) AS received, sum(open) AS open, sum(overdue) AS overdue, "
            + "sum(resolved) AS resolved, sum(in_time) AS in_time FROM (SELECT st.code AS k, c.* FROM ("
            + "SELECT r.station_id, count(*) AS received, count(*) FILTER (WHERE " + OPEN + ") AS open, "
            + "count(*) FILTER (WHERE " + OPEN + " AND deadline_at < now()) AS overdue, count(*) FILTER (WHERE resolved_at IS NOT NULL) AS resolved, "
            + "count(*) FILTER (WHERE resolved_at <= deadline_at) AS in_time FROM enterprise_request r "
            + "WHERE r.received_at >= ?1 AND r.received_at < ?2%3$s GROUP BY 1) c JOIN station st ON st.id = c.station_id) w GROUP BY ROLLUP (k)), "
            + "sa AS (SELECT " + Breakdown.key("k") + " AS k, sum(rated) AS rated, sum(ratings) / nullif(sum(rated), 0) AS average FROM ("
            + "SELECT st.code AS k, c.* FROM (SELECT r.station_id, count(rating) AS rated, sum(rating) AS ratings FROM enterprise_request r "
            + "WHERE r.status = 'CLOSED' AND r.closed_at >= ?1 AND r.closed_at < ?2%3$s GROUP BY 1) c "
            + "JOIN station st ON st.id = c.station_id) w GROUP BY ROLLUP (k)) "
            + "SELECT k, pr.projects, pr.covered, pr.stale, vi.visits, rq.received, rq.open, rq.overdue, rq.resolved, rq.in_time, "
            + "sa.rated, sa.average FROM pr FULL JOIN vi USING (k) FULL JOIN rq USING (k) FULL JOIN sa USING (k) ORDER BY k";

    @Inject
    private StatisticsReads reads;

    @Inject
    private StationScope scope;

    @Inject
    private LiaisonSettingsService settings;

    /** The liaison figures of [from, to] per station the caller sees, and in total. */
    public Breakdown<LiaisonFigures> liaison(LocalDate from, LocalDate to, String stationCode) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        Selection selection = Selection.of(from, to, stationCode, scope, problems);
        problems.throwIfAny();
        LocalDate today = LocalDate.now(BureauTime.ZONE);
        LocalDate asOf = selection.to().isAfter(today) ? today : selection.to();
        ReadQuery query = reads.createNativeQuery(String.format(FIGURES, selection.stationClause("p.station_id"),
                        selection.stationClause("v.station_id"), selection.stationClause("r.station_id")))
                .setParameter(1, selection.start()).setParameter(2, selection.end())
                .setParameter(4, Date.valueOf(asOf.minusDays(settings.noVisitDays()))).setParameter(5, Date.valueOf(asOf))
                .setParameter(6, selection.firstDay()).setParameter(7, selection.lastDay());
        selection.bindStation(query);
        long months = selection.months();
        return Breakdown.of(query.getResultList(), r -> LiaisonFigures.of(r, months), LiaisonFigures.none());
    }
}
