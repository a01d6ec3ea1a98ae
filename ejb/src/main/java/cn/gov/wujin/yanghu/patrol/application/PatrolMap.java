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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What patrol puts on the map: tips with a position, the areas the active groups patrol, the shifts
 * of a period at their grid or community and where their members checked in. In the caller's station scope.
 */
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

    /** At most this many shifts, and check-ins, go on a map at once (the newest). */
    public static final int SHIFTS = 2000;

    /**
     * A shift of the period at its area: its own grid or community, else its group's (the one its
     * check-ins are judged against), with how many checked in. Null area: none named.
     */
    public record ShiftPoint(long shiftId, String groupName, Instant startsAt, Long gridId, Long communityId, int checkedIn)
            implements Serializable {
    }

    /** Where a member checked in and whether on site (null: no boundary to judge by), with the distance in metres. */
    public record CheckInPoint(long shiftId, double latitude, double longitude, Boolean onSite, Integer distanceMetres)
            implements Serializable {
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

    /** The shifts (not cancelled) starting in the Beijing days [from, to], newest first, of one station (null: the caller's scope). */
    public List<ShiftPoint> shifts(LocalDate from, LocalDate to, Long stationId) {
        Long station = scope.stationFilter() != null ? scope.stationFilter() : stationId;
        return em.createNativeQuery("SELECT s.id, g.name, s.starts_at, "
                        + "CASE WHEN s.grid_id IS NOT NULL THEN s.grid_id WHEN s.community_id IS NULL THEN g.grid_id END, "
                        + "coalesce(s.community_id, (SELECT gr.community_id FROM grid gr WHERE gr.id = s.grid_id), "
                        + "CASE WHEN s.grid_id IS NULL THEN coalesce(g.community_id, (SELECT gr.community_id FROM grid gr WHERE gr.id = g.grid_id)) END), "
                        + "s.attendance FROM shift s JOIN patrol_group g ON g.id = s.group_id WHERE NOT s.cancelled "
                        + "AND s.starts_at >= ?1 AND s.starts_at < ?2 AND (CAST(?3 AS bigint) IS NULL OR s.station_id = CAST(?3 AS bigint)) "
                        + "ORDER BY s.starts_at DESC LIMIT " + SHIFTS)
                .setParameter(1, Timestamp.from(from.atStartOfDay(BureauTime.ZONE).toInstant()))
                .setParameter(2, Timestamp.from(to.plusDays(1).atStartOfDay(BureauTime.ZONE).toInstant()))
                .setParameter(3, station).getResultList().stream().map(row -> {
                    Object[] r = (Object[]) row;
                    return new ShiftPoint(((Number) r[0]).longValue(), (String) r[1], instant(r[2]),
                            r[3] == null ? null : ((Number) r[3]).longValue(), r[4] == null ? null : ((Number) r[4]).longValue(),
                            ((Number) r[5]).intValue());
                }).toList();
    }

    /**
     * Where the members of those shifts checked in, with the server's decision: for officers and
     * supervisors only (a volunteer's position is theirs to show to those who lead them).
     */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    public List<CheckInPoint> checkIns(LocalDate from, LocalDate to, Long stationId) {
        Long station = scope.stationFilter() != null ? scope.stationFilter() : stationId;
        return em.createNativeQuery("SELECT su.shift_id, su.check_in_latitude, su.check_in_longitude, su.on_site, su.distance_m "
                        + "FROM shift_signup su JOIN shift s ON s.id = su.shift_id WHERE su.check_in_latitude IS NOT NULL "
                        + "AND su.cancelled_at IS NULL AND NOT s.cancelled AND s.starts_at >= ?1 AND s.starts_at < ?2 "
                        + "AND (CAST(?3 AS bigint) IS NULL OR s.station_id = CAST(?3 AS bigint)) ORDER BY su.checked_in_at DESC LIMIT " + SHIFTS)
                .setParameter(1, Timestamp.from(from.atStartOfDay(BureauTime.ZONE).toInstant()))
                .setParameter(2, Timestamp.from(to.plusDays(1).atStartOfDay(BureauTime.ZONE).toInstant()))
                .setParameter(3, station).getResultList().stream().map(row -> {
                    Object[] r = (Object[]) row;
                    return new CheckInPoint(((Number) r[0]).longValue(), ((Number) r[1]).doubleValue(), ((Number) r[2]).doubleValue(),
                            (Boolean) r[3], r[4] == null ? null : ((Number) r[4]).intValue());
                }).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}
