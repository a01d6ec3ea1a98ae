package cn.gov.wujin.yanghu.liaison.application;

import cn.gov.wujin.yanghu.shared.LinkKeys;
import java.time.Duration;
import java.util.Optional;

/**
 * The request queue's work lists: each a condition on the requests (JPQL on
 * {@code EnterpriseRequest r}; {@code :open} is the open statuses, {@code :now} the time),
 * defined here once for the list and for the count on a home page. Who sees which request
 * ({@link LiaisonScope}) applies on top.
 */
public enum RequestQueue {

    /** Received or in progress. */
    OPEN("open", " AND r.status IN :open"),

    /** Open, with the deadline within {@link #DUE_AHEAD} or past: a liaison's requests due or overdue. */
    DUE("due", " AND r.status IN :open AND r.deadlineAt < :dueBy"),

    /** Open, past the deadline and escalated to the station head (by the minute job). */
    ESCALATED("escalated", " AND r.escalatedAt IS NOT NULL AND r.status IN :open");

    /** How soon a deadline makes a request "due". */
    public static final Duration DUE_AHEAD = Duration.ofDays(3);

    private final String key;
    private final String jpql;

    RequestQueue(String key, String jpql) {
        this.key = key;
        this.jpql = jpql;
    }

    /** The queue's name in links and in the API ({@code ?queue=escalated}). */
    public String key() {
        return key;
    }

    public static Optional<RequestQueue> byKey(String key) {
        return LinkKeys.find(values(), RequestQueue::key, key);
    }

    String jpql() {
        return jpql;
    }
}
