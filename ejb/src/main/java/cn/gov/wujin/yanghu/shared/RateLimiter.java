package cn.gov.wujin.yanghu.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts requests per bucket (such as "anonymous-tip:203.0.113.7") in fixed time windows
 * kept in PostgreSQL, so every instance behind the balancer counts against one limit.
 */
@Stateless
@PermitAll
public class RateLimiter {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ScheduledRuns runs;

    /**
     * Counts one request; false when the bucket already had {@code limit} in the current
     * window. Its own transaction: a refused or failed request still counts.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean tryAcquire(String bucket, int limit, Duration window) {
        long size = window.toSeconds();
        Instant start = Instant.ofEpochSecond(Instant.now().getEpochSecond() / size * size);
        Number hits = (Number) em.createNativeQuery("INSERT INTO rate_limit_window AS w (bucket, window_start, hits) VALUES (?1, ?2, 1) "
                        + "ON CONFLICT (bucket, window_start) DO UPDATE SET hits = w.hits + 1 RETURNING hits")
                .setParameter(1, bucket.length() > 100 ? bucket.substring(0, 100) : bucket).setParameter(2, Timestamp.from(start)).getSingleResult();
        return hits.intValue() <= limit;
    }

    /** Drops yesterday's windows, once an hour across the deployment group. */
    @Schedule(hour = "*", minute = "41", persistent = false)
    public void forgetOldWindows() {
        runs.once("rate-limit-purge", Duration.ofHours(1), () -> em.createNativeQuery("DELETE FROM rate_limit_window WHERE window_start < ?1")
                .setParameter(1, Timestamp.from(Instant.now().minus(Duration.ofDays(1)))).executeUpdate() + " windows dropped");
    }
}
