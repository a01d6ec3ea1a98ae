package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.patrol.domain.Shift;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * A member's steps on a shift sent through the API (the phone app's queue), each done exactly
 * once however often a poor connection makes the phone send it: every request carries the
 * phone's Idempotency-Key, stored in the step's transaction ({@code shift_step_key}). The same
 * key with the same step, shift and body finds the first and changes nothing; with anything
 * else it is refused. Pages call {@link ShiftService} directly and need no key.
 */
@Stateless
@RolesAllowed(Roles.VOLUNTEER)
public class ShiftSteps {

    /** The steps a key can stand for. */
    enum Step { SIGN_UP, CHECK_IN, CHECK_OUT, LOG }

    /** The shift after the step; {@code created} false when a retry found the step done before under its key. */
    public record Done(ShiftView shift, boolean created) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    @Inject
    private ShiftService shifts;

    public Done signUp(long shiftId, String key) {
        return once(shiftId, key, Step.SIGN_UP, "", () -> shifts.signUp(shiftId));
    }

    public Done checkIn(long shiftId, String key, Double latitude, Double longitude, Double accuracy, Instant deviceTime) {
        return once(shiftId, key, Step.CHECK_IN, canonical(latitude, longitude, accuracy, deviceTime),
                () -> shifts.checkIn(shiftId, latitude, longitude, accuracy, deviceTime));
    }

    public Done checkOut(long shiftId, String key, Instant deviceTime) {
        return once(shiftId, key, Step.CHECK_OUT, canonical(deviceTime), () -> shifts.checkOut(shiftId, deviceTime));
    }

    public Done writeLog(long shiftId, String key, String routeNotes, String findings) {
        return once(shiftId, key, Step.LOG, canonical(strip(routeNotes), strip(findings)),
                () -> shifts.writeLog(shiftId, routeNotes, findings));
    }

    /**
     * One statement decides: either the key is new for this account and its row goes in (and
     * the step is done in the same transaction, so a refused step leaves no key), or the row of
     * the first send is found, after waiting for a concurrent send of the same key to commit.
     */
    private Done once(long shiftId, String key, Step step, String body, Supplier<ShiftView> work) {
        if (key == null || !TipIntakeChecks.IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw new InvalidInputException("Idempotency-Key", "tip.idempotencyKey.invalid");
        }
        if (em.find(Shift.class, shiftId) == null) {
            throw new RecordNotFoundException("Shift", shiftId); // before the key's row, which names the shift
        }
        long account = scope.caller().accountId();
        String hash = hash(step, shiftId, body);
        List<?> inserted = em.createNativeQuery("INSERT INTO shift_step_key (account_id, idempotency_key, shift_id, step, request_hash) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT ON CONSTRAINT shift_step_key_once DO NOTHING RETURNING id")
                .setParameter(1, account).setParameter(2, key).setParameter(3, shiftId).setParameter(4, step.name())
                .setParameter(5, hash).getResultList();
        if (!inserted.isEmpty()) {
            return new Done(work.get(), true);
        }
        List<?> earlier = em.createNativeQuery("SELECT request_hash FROM shift_step_key WHERE account_id = ?1 AND idempotency_key = ?2")
                .setParameter(1, account).setParameter(2, key).getResultList();
        if (earlier.isEmpty()) {
            throw new IllegalStateException("idempotency key conflict without a row");
        }
        if (!hash.equals(earlier.get(0))) {
            throw new RuleViolationException("offline.idempotencyKey.reused");
        }
        return new Done(shifts.shift(shiftId), false);
    }

    /** What makes two sends "the same step": the step, the shift and the body's values after normalisation. */
    static String hash(Step step, long shiftId, String body) {
        String canonical = step.name() + '\u001f' + shiftId + '\u001f' + body;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String canonical(Object... values) {
        StringBuilder b = new StringBuilder();
        for (Object v : values) {
            b.append(v == null ? "" : v instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : v.toString())
                    .append('\u001e');
        }
        return b.toString();
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
