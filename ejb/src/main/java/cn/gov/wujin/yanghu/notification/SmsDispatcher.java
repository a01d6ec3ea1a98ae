package cn.gov.wujin.yanghu.notification;

import cn.gov.wujin.yanghu.notification.NoticeGateway.Delivery;
import cn.gov.wujin.yanghu.notification.SmsClaims.Claimed;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox's due messages. Every instance of a deployment group runs it every few
 * seconds; a round claims a batch of rows (committed before anything is sent, so no other
 * dispatcher takes them while the lease lasts), sends them one by one outside any transaction,
 * and records each outcome at once. A message is never sent twice while its dispatcher lives;
 * should the instance die between sending and recording, the lease runs out and the message is
 * sent again, with the same id as the gateway's idempotency key (README, "SMS").
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmsDispatcher {

    private static final Logger LOG = Logger.getLogger(SmsDispatcher.class.getName());

    /** Payara's name for this instance ("server" for a single server). */
    private static final String INSTANCE = System.getProperty("com.sun.aas.instanceName", "server");

    /** How long a claim holds: longer than any send may take ({@link SmsGatewaySettings#LONGEST_WAIT}) plus a margin. */
    static final Duration LEASE = Duration.ofMinutes(3);
    /** A message is only begun while the lease outlasts its longest send by this much. */
    static final Duration SAFETY = SmsGatewaySettings.LONGEST_WAIT.plusSeconds(15);

    static final int BATCH = 20;
    public static final int LARGEST_BATCH = 100;
    /** How long one timer round keeps claiming batches while there are more. */
    private static final Duration ROUND = Duration.ofSeconds(20);

    @Inject
    private SmsClaims claims;

    @Inject
    private NoticeGateway gateway;

    /** Every 5 seconds on every instance; the claims keep the instances from sending a message twice. */
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @PermitAll
    void dispatchOnSchedule() {
        long end = System.nanoTime() + ROUND.toNanos();
        try {
            Dispatched last;
            do {
                last = dispatchBatch(BATCH);
            } while (last.claimed() == BATCH && System.nanoTime() < end);
        } catch (RuntimeException e) {
            // the database is away, for instance: the next round tries again
            LOG.log(Level.WARNING, "SMS dispatch round failed", e);
        }
    }

    /**
     * One round now, of at most {@code limit} due messages (1–100, default 20): for the administrator, and the tests.
     * A limit outside is refused rather than brought within: a round asked of 0 or -1 messages is a mistake.
     */
    @RolesAllowed(Roles.ADMIN)
    public Dispatched dispatch(Integer limit) {
        if (limit != null && (limit < 1 || limit > LARGEST_BATCH)) {
            throw new InvalidInputException("limit", "validation.range", "limit", 1, LARGEST_BATCH, limit);
        }
        return dispatchBatch(limit == null ? BATCH : limit);
    }

    private Dispatched dispatchBatch(int limit) {
        String claim = INSTANCE + "/" + UUID.randomUUID();
        long claimedAt = System.nanoTime(); // before the claim's now(): the lease is measured on the safe side
        List<Claimed> batch = claims.claim(claim, limit, LEASE);
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        for (int i = 0; i < batch.size(); i++) {
            if (Duration.ofNanos(System.nanoTime() - claimedAt).plus(SAFETY).compareTo(LEASE) > 0) {
                claims.release(batch.subList(i, batch.size()), claim);
                break;
            }
            Claimed message = batch.get(i);
            Delivery delivery;
            try {
                delivery = gateway.send(message.id(), message.phone(), message.text());
            } catch (RuntimeException e) { // a gateway's defect, or settings that are wrong: kept as the reason
                delivery = Delivery.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            if (delivery.sent()) {
                claims.sent(message, claim);
                sent++;
            } else if (claims.notSent(message, claim, delivery.failure())) {
                failed++;
            } else {
                retrying++;
            }
        }
        return new Dispatched(batch.size(), sent, retrying, failed);
    }

    /** What one round did: messages claimed; of them sent, due again later, failed for good. */
    @Schema(name = "SmsDispatch", description = "What one round of sending did.")
    public record Dispatched(
            @Schema(required = true, minimum = "0", description = "Due messages taken for this round.", example = "3") int claimed,
            @Schema(required = true, minimum = "0", description = "Accepted by the SMS platform.", example = "2") int sent,
            @Schema(required = true, minimum = "0", description = "Not accepted; tried again later.", example = "1") int retrying,
            @Schema(required = true, minimum = "0", description = "Not accepted at their last attempt: now FAILED.", example = "0")
            int failed) implements java.io.Serializable {
    }
}
