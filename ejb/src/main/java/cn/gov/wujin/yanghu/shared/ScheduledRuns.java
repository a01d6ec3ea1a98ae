package cn.gov.wujin.yanghu.shared;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs scheduled work once per interval across a deployment group, although every instance's
 * timer fires. The first instance to insert the interval's row runs the job in the same
 * transaction; the others wait on that row, count themselves in, and skip. Should the job
 * fail, its transaction takes the row with it and a waiting instance runs the job instead; the
 * failure itself is kept ({@link JobFailures}, in a transaction of its own) for the administrators.
 * What the job records in the audit trail (a notification it writes) is recorded as the system's
 * work: its transaction carries {@link #SYSTEM_WORK}.
 */
@Stateless
@PermitAll
public class ScheduledRuns {

    /** A resource of the transaction of scheduled work; the audit trail names its actor "system". */
    public static final String SYSTEM_WORK = ScheduledRuns.class.getName() + ".work";

    private static final Logger LOG = Logger.getLogger(ScheduledRuns.class.getName());

    /** Payara's name for this instance ("server" for a single server). */
    private static final String INSTANCE = System.getProperty("com.sun.aas.instanceName", "server");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    private final JobFailures failures;

    @Inject
    public ScheduledRuns(JobFailures failures) {
        this.failures = failures;
    }

    /** For the container. */
    protected ScheduledRuns() {
        this(null);
    }

    /**
     * Runs {@code work} when this instance is the first to claim the current interval of
     * {@code every}; {@code work} says in a few words what it did. Called from the timer's
     * own transaction.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void once(String job, Duration every, Supplier<String> work) {
        long size = every.toSeconds();
        Instant slot = Instant.ofEpochSecond(Instant.now().getEpochSecond() / size * size);
        boolean first = (Boolean) em.createNativeQuery("INSERT INTO scheduled_run AS r (job, slot, instance) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT (job, slot) DO UPDATE SET attempts = r.attempts + 1 RETURNING r.xmax = 0")
                .setParameter(1, job).setParameter(2, Timestamp.from(slot)).setParameter(3, INSTANCE).getSingleResult();
        if (!first) {
            LOG.log(Level.FINE, "{0} of {1}: run by another instance", new Object[]{job, slot});
            return;
        }
        transaction.putResource(SYSTEM_WORK, Boolean.TRUE);
        String outcome = run(job, slot, work);
        em.createNativeQuery("UPDATE scheduled_run SET finished_at = clock_timestamp(), outcome = ?3 WHERE job = ?1 AND slot = ?2")
                .setParameter(1, job).setParameter(2, Timestamp.from(slot))
                .setParameter(3, outcome == null || outcome.length() <= 200 ? outcome : outcome.substring(0, 200)).executeUpdate();
    }

    /** The job's work; a failure is written down before it rolls the job's transaction back. */
    String run(String job, Instant slot, Supplier<String> work) {
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            // the container no longer logs a failed bean's stack (scripts/lib.sh): logged here, once
            LOG.log(Level.SEVERE, job + " of " + slot + " failed on " + INSTANCE, e);
            failures.record(job, slot, INSTANCE, e);
            throw e;
        }
    }

    /**
     * Keeps a month of runs: enough to see what ran where. The failures, whose messages may name
     * records, follow the retention schedule (operations.RetentionSchedule, JOB_FAILURE).
     */
    @Schedule(hour = "3", minute = "7", persistent = false)
    void forgetOldRuns() {
        once("scheduled-run-purge", Duration.ofDays(1), () -> {
            Timestamp before = Timestamp.from(Instant.now().minus(Duration.ofDays(30)));
            int runs = em.createNativeQuery("DELETE FROM scheduled_run WHERE slot < ?1").setParameter(1, before).executeUpdate();
            return runs + " rows dropped";
        });
    }
}
