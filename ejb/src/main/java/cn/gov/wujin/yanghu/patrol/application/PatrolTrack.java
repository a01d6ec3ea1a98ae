package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.shared.RateLimiter;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import cn.gov.wujin.yanghu.shared.TooManyRequestsException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional patrol track (巡逻轨迹): while checked in, a volunteer's phone sends where it is
 * every 60 s when the volunteer switches it on. Only the member checked in to the shift (and not
 * yet out) may send; one position per 30 s per sign-up, counted in the database (RateLimiter), so
 * every instance counts against one limit. The officers of the shift's station see the track;
 * the rows are purged after the retention term (RetentionKind.PATROL_TRACK, 30 days).
 */
@Stateless
public class PatrolTrack {

    /** At most one position per sign-up in this window. */
    public static final Duration EVERY = Duration.ofSeconds(30);

    /** How far a phone's clock may run ahead of the server's. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    /** One member's track on a shift: the positions in the order received, [latitude, longitude] each. */
    public record Line(long memberId, String memberName, List<double[]> points, Instant last) implements Serializable {

        public Line {
            points = List.copyOf(points);
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    @Inject
    private RateLimiter rateLimiter;

    /**
     * Records where the caller's phone is on the shift. 404 when the shift is not one of the
     * caller's groups'; 400 naming each bad field; 409 unless the caller checked in and not yet
     * out (and the shift not cancelled); 429 when a position of this sign-up came in the last 30 s.
     */
    @RolesAllowed(Roles.VOLUNTEER)
    public void record(long shiftId, Double latitude, Double longitude, Double accuracy, Instant deviceTime) {
        Caller caller = scope.caller();
        List<?> rows = em.createNativeQuery("SELECT su.id, su.checked_in_at IS NOT NULL AND su.checked_out_at IS NULL "
                        + "AND su.cancelled_at IS NULL AND NOT s.cancelled, m.id FROM shift s "
                        + "JOIN group_member m ON m.group_id = s.group_id AND m.account_id = ?2 AND m.active "
                        + "LEFT JOIN shift_signup su ON su.shift_id = s.id AND su.member_id = m.id WHERE s.id = ?1")
                .setParameter(1, shiftId).setParameter(2, caller.accountId()).getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFoundException("Shift", shiftId); // not a shift of the caller's groups: as if missing
        }
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        if (latitude == null || latitude.isNaN() || latitude < -90 || latitude > 90) {
            problems.add("latitude", "geo.latitude");
        }
        if (longitude == null || longitude.isNaN() || longitude < -180 || longitude > 180) {
            problems.add("longitude", "geo.longitude");
        }
        if (accuracy != null && (accuracy.isNaN() || accuracy < 0 || accuracy > 10000)) {
            problems.add("accuracy", "track.accuracy");
        }
        Instant now = Instant.now();
        if (deviceTime != null && deviceTime.isAfter(now.plus(CLOCK_SLACK))) {
            problems.add("deviceTime", "track.deviceTime");
        }
        problems.throwIfAny();
        Object[] row = (Object[]) rows.get(0);
        if (row[0] == null || !Boolean.TRUE.equals(row[1])) {
            throw new RuleViolationException("track.notCheckedIn");
        }
        long signup = ((Number) row[0]).longValue();
        if (!rateLimiter.tryAcquire("track:" + signup, 1, EVERY)) {
            throw new TooManyRequestsException("track.tooOften", EVERY.toSeconds());
        }
        em.createNativeQuery("INSERT INTO shift_track_point (signup_id, latitude, longitude, accuracy_m, device_time, received_at) "
                        // typed: a null bound without a type reaches PostgreSQL as text
                        + "VALUES (?1, ?2, ?3, CAST(?4 AS double precision), CAST(?5 AS timestamptz), ?6)")
                .setParameter(1, signup).setParameter(2, latitude).setParameter(3, longitude).setParameter(4, accuracy)
                .setParameter(5, deviceTime == null ? null : Timestamp.from(deviceTime)).setParameter(6, Timestamp.from(now))
                .executeUpdate();
    }

    /** The shift's tracks, one line per member who sent positions; for the officers and supervisors of its station. */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public List<Line> of(long shiftId) {
        List<?> station = em.createNativeQuery("SELECT station_id FROM shift WHERE id = ?1").setParameter(1, shiftId).getResultList();
        if (station.isEmpty() || !scope.canSee(((Number) station.get(0)).longValue())) {
            throw new RecordNotFoundException("Shift", shiftId);
        }
        Map<Long, Line> lines = new LinkedHashMap<>();
        Map<Long, List<double[]>> points = new LinkedHashMap<>();
        for (Object r : em.createNativeQuery("SELECT m.id, m.name, p.latitude, p.longitude, p.received_at FROM shift_track_point p "
                        + "JOIN shift_signup su ON su.id = p.signup_id JOIN group_member m ON m.id = su.member_id WHERE su.shift_id = ?1 "
                        + "ORDER BY m.id, p.received_at, p.id").setParameter(1, shiftId).getResultList()) {
            Object[] row = (Object[]) r;
            long member = ((Number) row[0]).longValue();
            points.computeIfAbsent(member, m -> new ArrayList<>())
                    .add(new double[] {((Number) row[2]).doubleValue(), ((Number) row[3]).doubleValue()});
            lines.put(member, new Line(member, (String) row[1], List.of(), instant(row[4])));
        }
        List<Line> answer = new ArrayList<>();
        lines.forEach((member, line) -> answer.add(new Line(member, line.memberName(), points.get(member), line.last())));
        return answer;
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}
