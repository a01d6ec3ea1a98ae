package cn.gov.wujin.yanghu.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes down that a scheduled job failed. The job's own transaction rolls back (its claim of
 * the interval with it, so that another instance may run it), so the failure is written in a
 * transaction of its own, which commits whatever becomes of the job's.
 */
@Stateless
@PermitAll
public class JobFailures {

    private static final Logger LOG = Logger.getLogger(JobFailures.class.getName());

    /** The longest error text kept. */
    static final int ERROR_LENGTH = 1000;

    @PersistenceContext
    private EntityManager em;

    /** Records the failure; never throws, so that the job's own exception is the one that propagates. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String job, Instant slot, String instance, Throwable failure) {
        try {
            em.createNativeQuery("INSERT INTO job_failure (job, slot, instance, error) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, job).setParameter(2, Timestamp.from(slot)).setParameter(3, instance)
                    .setParameter(4, describe(failure)).executeUpdate();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record the failure of " + job, e);
        }
    }

    /** The exception and its causes, one line, at most {@link #ERROR_LENGTH} characters: what an administrator reads first. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < ERROR_LENGTH; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().replaceAll("\\s+", " ").strip());
            }
        }
        return text.length() <= ERROR_LENGTH ? text.toString() : text.substring(0, ERROR_LENGTH);
    }
}
