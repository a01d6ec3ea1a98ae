package cn.gov.wujin.yanghu.statistics.application;

import cn.gov.wujin.yanghu.geo.application.Area;
import cn.gov.wujin.yanghu.geo.application.Boundaries;
import cn.gov.wujin.yanghu.geo.domain.Level;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The map's heat layer (热力图): how many tips, warning leads, cases or check-ins each grid or
 * community had in a period. One grouped count in SQL over the area ids stored with the records
 * (a tip's grid, set at intake, summed from the tips' daily tally by sending day as the tip list filters; a lead's community; a case's by
 * its lead or tip; a check-in's by its group's area), never point in polygon per row. Every area of the level in scope is answered,
 * those without any with 0, so the map can colour them all. Scoped by the area's station.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.ADMIN})
public class HeatMap {

    /** What the heat layer counts. */
    public enum Kind { TIPS, LEADS, CASES, CHECKINS }

    private static final String SCOPE = " AND (CAST(?3 AS bigint) IS NULL OR c.station_id = CAST(?3 AS bigint))";

    @Inject
    private StatisticsReads reads;

    @Inject
    private StationScope scope;

    @Inject
    private Boundaries boundaries;

    /** The counts per area; refused (400, every problem at once) as the statistics' selections are, and for an unknown kind or level. */
    public List<AreaCount> heat(String kind, String level, LocalDate from, LocalDate to, String stationCode, Locale locale) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        Kind k = null;
        try {
            k = Kind.valueOf((kind == null ? "" : kind.strip()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("kind", "map.heat.kind", kind);
        }
        Level l = level == null || level.isBlank() ? Level.GRID : Level.of(level);
        if (l == null || l == Level.STATION) {
            problems.add("level", "map.heat.level", level);
        } else if (l == Level.GRID && (k == Kind.LEADS)) {
            problems.add("level", "map.heat.leadsByCommunity");
        }
        Selection selection = Selection.of(from, to, stationCode, scope, problems);
        problems.throwIfAny();
        Map<Long, Long> counts = new HashMap<>();
        for (Object row : reads.createNativeQuery(sql(k, l)).setParameter(1, selection.start()).setParameter(2, selection.end())
                .setParameter(3, selection.stationId()).getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        List<AreaCount> answer = new ArrayList<>();
        for (Area area : boundaries.areas(l, selection.stationId())) {
            answer.add(new AreaCount(area.id(), area.code(), area.name(locale), counts.getOrDefault(area.id(), 0L), false));
        }
        if (k == Kind.TIPS) {
            Number outside = (Number) reads.createNativeQuery("SELECT coalesce(sum(d.tips), 0) FROM tip_area_daily d "
                    + "WHERE d.day >= bureau_day(?1) AND d.day < bureau_day(?2) AND d." + (l == Level.GRID ? "grid_id" : "community_id") + " = 0 "
                    + "AND (CAST(?3 AS bigint) IS NULL OR d.station_id = CAST(?3 AS bigint))")
                    .setParameter(1, selection.start()).setParameter(2, selection.end()).setParameter(3, selection.stationId())
                    .getSingleResult();
            answer.add(new AreaCount(null, null, null, outside.longValue(), true));
        }
        return answer;
    }

    /** The grouped count: area id, count (the sum of n); the period [?1, ?2), the station ?3 (null: all). Only constants go into the text. */
    private static String sql(Kind kind, Level level) {
        boolean grid = level == Level.GRID;
        String area = grid ? "JOIN grid a ON a.id = x.area JOIN community c ON c.id = a.community_id"
                : "JOIN community c ON c.id = x.area";
        String rows = switch (kind) {
            // the located tips per day and area (V41), not the tip table: at most a row per area and day
            case TIPS -> "SELECT d." + (grid ? "grid_id" : "community_id") + " AS area, d.tips AS n FROM tip_area_daily d "
                    + "WHERE d.day >= bureau_day(?1) AND d.day < bureau_day(?2) AND d." + (grid ? "grid_id" : "community_id") + " <> 0";
            case LEADS -> "SELECT l.community_id AS area, 1 AS n FROM warning_lead l "
                    + "WHERE l.received_at >= ?1 AND l.received_at < ?2 AND l.community_id IS NOT NULL";
            case CASES -> "SELECT DISTINCT ON (f.id) p.area, 1 AS n FROM fraud_case f JOIN ("
                    + (grid ? "" : "SELECT l.community_id AS area, l.fraud_case_id AS case_id FROM warning_lead l "
                    + "WHERE l.fraud_case_id IS NOT NULL AND l.community_id IS NOT NULL UNION ALL ")
                    + "SELECT t." + (grid ? "grid_id" : "community_id") + " AS area, t.fraud_case_id AS case_id FROM tip t WHERE t.fraud_case_id IS NOT NULL "
                    + "AND t." + (grid ? "grid_id" : "community_id") + " IS NOT NULL) p ON p.case_id = f.id "
                    + "WHERE f.reported_at >= ?1 AND f.reported_at < ?2";
            case CHECKINS -> "SELECT " + (grid ? "g.grid_id" : "coalesce(g.community_id, (SELECT gg.community_id FROM grid gg WHERE gg.id = g.grid_id))")
                    + " AS area, 1 AS n FROM shift_signup su JOIN shift s ON s.id = su.shift_id "
                    + "JOIN patrol_group g ON g.id = s.group_id WHERE su.checked_in_at >= ?1 AND su.checked_in_at < ?2";
        };
        return "SELECT x.area, sum(x.n) FROM (" + rows + ") x " + area + " WHERE x.area IS NOT NULL" + SCOPE + " GROUP BY x.area";
    }
}
