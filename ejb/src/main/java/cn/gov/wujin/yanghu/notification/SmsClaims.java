package cn.gov.wujin.yanghu.notification;

import cn.gov.wujin.yanghu.audit.AuditAction;
import cn.gov.wujin.yanghu.audit.AuditLog;
import cn.gov.wujin.yanghu.shared.Masking;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The dispatcher's steps on the outbox, each in a transaction of its own that commits before the
 * next step: the claim before anything is sent, each outcome as soon as it is known. Every step
 * after the claim holds only if the claim is still this one ({@code claimed_by}): a dispatcher
 * whose lease ran out, and whose rows another has claimed since, changes nothing.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SmsClaims {

    private static final Logger LOG = Logger.getLogger(SmsClaims.class.getName());

    /** Who writes the sends to the audit trail: the application, whoever's change queued them. */
    static final String ACTOR = "system";

    /** One claimed message. */
    public record Claimed(long id, String phone, String kind, String text, int attempt, Long stationId) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    /**
     * Takes up to {@code limit} due messages, urgent ones first, for {@code lease}: rows another
     * dispatcher holds (locked now, or claimed and within their lease) are skipped, not waited for.
     * A row whose lease ran out is taken again; its attempt counts.
     */
    public List<Claimed> claim(String claim, int limit, Duration lease) {
        List<?> rows = em.createNativeQuery("UPDATE sms_outbox o SET claimed_by = ?1, claimed_until = now() + ?2 * interval '1 second', "
                        + "attempts = o.attempts + 1 "
                        + "WHERE o.id IN (SELECT id FROM sms_outbox WHERE status = 'PENDING' AND not_before <= now() "
                        + "AND (claimed_until IS NULL OR claimed_until < now()) ORDER BY urgent DESC, not_before, id LIMIT ?3 "
                        + "FOR UPDATE SKIP LOCKED) "
                        + "RETURNING o.id, o.phone, o.kind, o.text, o.attempts, o.station_id")
                .setParameter(1, claim).setParameter(2, lease.toSeconds()).setParameter(3, limit).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Claimed(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], ((Number) r[4]).intValue(), r[5] == null ? null : ((Number) r[5]).longValue()))
                .sorted(java.util.Comparator.comparingLong(Claimed::id)).toList();
    }

    /** The gateway took it: SENT, and audited. */
    public void sent(Claimed message, String claim) {
        int marked = em.createNativeQuery("UPDATE sms_outbox SET status = 'SENT', sent_at = now(), claimed_by = NULL, "
                        + "claimed_until = NULL, last_error = NULL WHERE id = ?1 AND claimed_by = ?2 AND status = 'PENDING'")
                .setParameter(1, message.id()).setParameter(2, claim).executeUpdate();
        if (marked == 0) {
            // the lease ran out while it was being sent, and another dispatcher holds it now: it may go twice
            // (the gateway has the id as its idempotency key)
            LOG.warning(() -> "SMS #" + message.id() + " was sent after its claim had lapsed");
        }
        auditLog.recordAs(ACTOR, AuditAction.SMS_SENT, "SmsOutbox", message.id(), message.stationId(), describe(message));
    }

    /**
     * The gateway did not take it: due again after the back-off, or FAILED (and audited) after
     * the last attempt. Returns whether it failed for good.
     */
    public boolean notSent(Claimed message, String claim, String reason) {
        String error = reason.length() <= 500 ? reason : reason.substring(0, 500);
        Optional<Duration> wait = SmsBackoff.after(message.attempt());
        if (wait.isPresent()) {
            em.createNativeQuery("UPDATE sms_outbox SET not_before = now() + ?3 * interval '1 second', last_error = ?4, "
                            + "claimed_by = NULL, claimed_until = NULL WHERE id = ?1 AND claimed_by = ?2 AND status = 'PENDING'")
                    .setParameter(1, message.id()).setParameter(2, claim).setParameter(3, wait.get().toSeconds())
                    .setParameter(4, error).executeUpdate();
            return false;
        }
        int marked = em.createNativeQuery("UPDATE sms_outbox SET status = 'FAILED', last_error = ?3, claimed_by = NULL, "
                        + "claimed_until = NULL WHERE id = ?1 AND claimed_by = ?2 AND status = 'PENDING'")
                .setParameter(1, message.id()).setParameter(2, claim).setParameter(3, error).executeUpdate();
        if (marked == 1) {
            auditLog.recordAs(ACTOR, AuditAction.SMS_FAILED, "SmsOutbox", message.id(), message.stationId(),
                    describe(message) + "; " + error);
        }
        return marked == 1;
    }

    /** Hands messages back untried (the lease would end before they could be sent): due again at once, the attempt not counted. */
    public void release(List<Claimed> messages, String claim) {
        for (Claimed message : messages) {
            em.createNativeQuery("UPDATE sms_outbox SET claimed_by = NULL, claimed_until = NULL, attempts = attempts - 1 "
                            + "WHERE id = ?1 AND claimed_by = ?2 AND status = 'PENDING'")
                    .setParameter(1, message.id()).setParameter(2, claim).executeUpdate();
        }
    }

    private static String describe(Claimed message) {
        return message.kind() + " to " + Masking.phone(message.phone()) + ", attempt " + message.attempt();
    }
}
