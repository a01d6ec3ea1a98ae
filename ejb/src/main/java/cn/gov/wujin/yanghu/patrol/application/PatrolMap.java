package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.BureauTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

/** What patrol puts on the map: tips with a position, and the areas the active groups patrol. In the caller's station scope. */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.ADMIN})
public class PatrolMap {

    /** At most this many tips go on a map at once (the newest): the heat layer counts them all. */
    public static final int POINTS = 5000;

    /** A tip on the map. */
    public record TipPoint(long id, BigDecimal latitude, BigDecimal longitude, String category, Long gridId) implements Serializable {
    }

    /** An area an active group patrols: its grid, else its community. */
    public record GroupArea(long groupId, String name, Long gridId, Long communityId) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    /** The tips sent in the Beijing days [from, to] with a position, newest first, of one station (null: the caller's scope). */
    public List<TipPoint> tips(LocalDate from, LocalDate to, Long stationId) {
        Long station = scope.stationFilter() != null ? scope.stationFilter() : stationId;
        return em.createNativeQuery("SELECT id, latitude, longitude, category, grid_id FROM tip WHERE latitude IS NOT NULL "
                        + "AND submitted_at >= ?1 AND submitted_at < ?2 AND (CAST(?3 AS bigint) IS NULL OR station_id = CAST(?3 AS bigint)) "
                        + "ORDER BY submitted_at DESC LIMIT " + POINTS)
                .setParameter(1, Timestamp.from(from.atStartOfDay(BureauTime.ZONE).toInstant()))
                .setParameter(2, Timestamp.from(to.plusDays(1).atStartOfDay(BureauTime.ZONE).toInstant()))
                .setParameter(3, station).getResultList().stream().map(row -> {
                    Object[] r = (Object[]) row;
                    return new TipPoint(((Number) r[0]).longValue(), (BigDecimal) r[1], (BigDecimal) r[2], (String) r[3],
                            r[4] == null ? null : ((Number) r[4]).longValue());
                }).toList();
    }

    /** The active groups with an area, of one station (null: the caller's scope). */
    public List<GroupArea> groupAreas(Long stationId) {
        Long station = scope.stationFilter() != null ? scope.stationFilter() : stationId;
        return em.createNativeQuery("SELECT id, name, grid_id, community_id FROM patrol_group WHERE active "
                        + "AND (grid_id IS NOT NULL OR community_id IS NOT NULL) "
                        + "AND (CAST(?1 AS bigint) IS NULL OR station_id = CAST(?1 AS bigint)) ORDER BY id")
                .setParameter(1, station).getResultList().stream().map(row -> {
                    Object[] r = (Object[]) row;
                    return new GroupArea(((Number) r[0]).longValue(), (String) r[1], r[2] == null ? null : ((Number) r[2]).longValue(),
                            r[3] == null ? null : ((Number) r[3]).longValue());
                }).toList();
    }
}
