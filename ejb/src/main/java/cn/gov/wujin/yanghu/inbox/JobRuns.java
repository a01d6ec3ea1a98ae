package cn.gov.wujin.yanghu.inbox;

import static cn.gov.wujin.yanghu.shared.SqlValues.instant;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.Backlog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The scheduled jobs as an administrator follows them (/admin/runs.xhtml): the recent runs
 * ({@code scheduled_run}) and the failures of the last {@link #FAILURES_SHOWN} ({@code job_failure},
 * written by {@code shared.ScheduledRuns}); the home page counts those failures, with the same condition.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class JobRuns {

    /** How far back failures are listed and counted. */
    public static final Duration FAILURES_SHOWN = Duration.ofDays(7);

    private static final String FAILURES = " FROM job_failure WHERE failed_at >= ?1";

    public record Run(String job, Instant slot, String instance, Instant startedAt, Instant finishedAt, int attempts, String outcome)
            implements Serializable {
    }

    public record Failure(long id, String job, Instant slot, String instance, Instant failedAt, String error) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    /** The latest runs, newest first. */
    public List<Run> recentRuns(int limit) {
        List<?> rows = em.createNativeQuery("SELECT job, slot, instance, started_at, finished_at, attempts, outcome FROM scheduled_run "
                + "ORDER BY started_at DESC LIMIT ?1").setParameter(1, Math.min(Math.max(limit, 1), 500)).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Run((String) r[0], instant(r[1]), (String) r[2], instant(r[3]),
                instant(r[4]), ((Number) r[5]).intValue(), (String) r[6])).toList();
    }

    /** The failures of the last {@link #FAILURES_SHOWN}, newest first (at most 500). */
    public List<Failure> failures() {
        List<?> rows = em.createNativeQuery("SELECT id, job, slot, instance, failed_at, error" + FAILURES
                + " ORDER BY failed_at DESC, id DESC LIMIT 500").setParameter(1, since()).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Failure(((Number) r[0]).longValue(), (String) r[1], instant(r[2]),
                (String) r[3], instant(r[4]), (String) r[5])).toList();
    }

    /** How many failures {@link #failures()} lists (up to {@code cap}); any failure wants a look, so it counts as overdue. */
    public Backlog backlog(int cap) {
        long count = ((Number) em.createNativeQuery("SELECT count(*) FROM (SELECT 1" + FAILURES + " LIMIT ?2) failed")
                .setParameter(1, since()).setParameter(2, Math.max(1, cap)).getSingleResult()).longValue();
        return new Backlog(count, count > 0);
    }

    private static Timestamp since() {
        return Timestamp.from(Instant.now().minus(FAILURES_SHOWN));
    }

}
