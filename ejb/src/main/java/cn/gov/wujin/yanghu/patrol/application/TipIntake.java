package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.audit.AuditLog;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.patrol.domain.TrackingCode;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.shared.RateLimiter;
import cn.gov.wujin.yanghu.shared.RequestOrigin;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import cn.gov.wujin.yanghu.shared.TooManyRequestsException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Tip intake (线索上报): tips sent by members from their phones or anonymously from the public
 * page, each stored exactly once however often a poor connection makes the phone send it.
 */
@Stateless
@RolesAllowed({Roles.VOLUNTEER, Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.LIAISON})
public class TipIntake {

    /** Anonymous tips per client address and window: enough for a real witness, too few for a flood. */
    static final int ANONYMOUS_LIMIT = 5;
    static final Duration ANONYMOUS_WINDOW = Duration.ofMinutes(10);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long ANONYMOUS_SUBMITTER = 0L;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    @Inject
    private TipAccess access;

    @Inject
    private RateLimiter rateLimiter;

    @Inject
    private RequestOrigin origin;

    @Inject
    private TipRouting routing;

    /** A member's tip: it goes to their station (and patrol group, when they have one). */
    public TipReceipt submit(@NotNull @Valid NewTip form, String idempotencyKey) {
        Caller caller = scope.caller();
        InvalidInputsException.Collector problems = TipIntakeChecks.check(form, idempotencyKey, Instant.now());
        // the common case, one's own station, needs no read
        Long stationId = form.getStationCode() == null || form.getStationCode().isBlank() ? caller.stationId()
                : scope.targetStation(form.getStationCode()).map(Station::getId).orElse(null);
        if (stationId == null) {
            problems.add("stationCode", "tip.station.notYours", form.getStationCode());
        }
        problems.throwIfAny();
        return intake(form, idempotencyKey, caller.accountId(), stationId, caller.username(), origin.clientAddress());
    }

    /**
     * A tip from the public page: no account, no name, no address kept; limited per client address.
     * Without a station ("I don't know") its place decides ({@link TipRouting}), else it waits in
     * the bureau's queue; a station named must be one in service.
     */
    @PermitAll
    public TipReceipt submitAnonymously(@NotNull @Valid NewTip form, String idempotencyKey, String clientAddress) {
        InvalidInputsException.Collector problems = TipIntakeChecks.check(form, idempotencyKey, Instant.now());
        boolean unknown = form.getStationCode() == null || form.getStationCode().isBlank();
        Station station = unknown ? null : access.activeStation(form.getStationCode());
        if (!unknown && station == null) {
            problems.add("stationCode", "tip.station.required");
        }
        problems.throwIfAny();
        TipReceipt replay = replay(ANONYMOUS_SUBMITTER, idempotencyKey, form.fingerprint());
        if (replay != null) {
            return replay; // a retry is not a new request: it does not count against the limit
        }
        if (!rateLimiter.tryAcquire("anonymous-tip:" + clientAddress, ANONYMOUS_LIMIT, ANONYMOUS_WINDOW)) {
            throw new TooManyRequestsException("tip.anonymous.tooMany", ANONYMOUS_WINDOW.toMinutes());
        }
        return intake(form, idempotencyKey, null, unknown ? routing.stationFor(form) : station.getId(), AuditLog.ANONYMOUS, null);
    }

    /**
     * One statement decides: either this key is new and the row goes in, or the row sent
     * before is found (waiting for a concurrent send of the same key to commit first).
     * Tip intake is the busiest write of the system, so the same statement finds the
     * member's group and writes the audit row (as {@link AuditLog} would) in one round trip.
     */
    private TipReceipt intake(NewTip form, String key, Long accountId, Long stationId, String actor, String clientAddress) {
        String fingerprint = form.fingerprint();
        List<?> inserted = em.createNativeQuery("WITH member_group AS ("
                        + "  SELECT m.group_id FROM group_member m JOIN patrol_group g ON g.id = m.group_id "
                        + "  WHERE m.account_id = CAST(?3 AS bigint) AND m.active AND g.active AND g.station_id = CAST(?1 AS bigint) ORDER BY m.id LIMIT 1), "
                        + "inserted AS (INSERT INTO tip (station_id, group_id, submitter_account_id, idempotency_key, request_hash, "
                        + "  tracking_code, category, occurred_at, place, latitude, longitude, description, submitted_at) "
                        + "  VALUES (CAST(?1 AS bigint), (SELECT group_id FROM member_group), CAST(?3 AS bigint), ?4, ?5, ?6, ?7, ?8, ?9, "
                        + "  CAST(?10 AS numeric), CAST(?11 AS numeric), ?12, ?13) "
                        + "  ON CONFLICT ON CONSTRAINT tip_idempotent DO NOTHING RETURNING id, tracking_code, category, status, station_id), "
                        + "audited AS (INSERT INTO audit_entry (actor, action, entity_type, entity_id, station_id, summary, client_address) "
                        + "  SELECT ?14, 'CREATE', 'Tip', id::text, station_id, tracking_code || ' ' || category || ' ' || status, ?15 "
                        + "  FROM inserted) "
                        + "SELECT id, status, tracking_code FROM inserted")
                .setParameter(1, stationId).setParameter(3, accountId).setParameter(4, key)
                .setParameter(5, fingerprint).setParameter(6, TrackingCode.generate(RANDOM)).setParameter(7, form.getCategory())
                .setParameter(8, Timestamp.from(form.getOccurredAt().toInstant())).setParameter(9, form.getPlace().strip())
                .setParameter(10, form.getLatitude()).setParameter(11, form.getLongitude())
                .setParameter(12, form.getDescription().strip()).setParameter(13, Timestamp.from(Instant.now()))
                .setParameter(14, actor).setParameter(15, clientAddress)
                .getResultList();
        if (inserted.isEmpty()) {
            TipReceipt earlier = replay(accountId == null ? ANONYMOUS_SUBMITTER : accountId, key, fingerprint);
            if (earlier == null) {
                throw new IllegalStateException("idempotency key conflict without a row");
            }
            return earlier;
        }
        Object[] row = (Object[]) inserted.get(0);
        return new TipReceipt(((Number) row[0]).longValue(), (String) row[1], (String) row[2], true);
    }

    /** The tip sent before under this key, or null; the same key with other content is refused. */
    private TipReceipt replay(long submitterKey, String key, String fingerprint) {
        List<?> rows = em.createNativeQuery("SELECT id, request_hash, status, tracking_code FROM tip "
                        + "WHERE submitter_key = ?1 AND idempotency_key = ?2")
                .setParameter(1, submitterKey).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        if (!fingerprint.equals(row[1])) {
            throw new RuleViolationException("tip.idempotencyKey.reused");
        }
        return new TipReceipt(((Number) row[0]).longValue(), (String) row[2], (String) row[3], false);
    }
}
