package cn.gov.wujin.yanghu.patrol.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes tips, each with its audit row, and answers each sender only after its commit.
 * <p>
 * <b>Group commit</b> ({@code yanghu.tips.group-commit}, on by default): tips that arrive
 * together are handed to this instance's writers, which insert up to
 * {@code yanghu.tips.group-commit-rows} of them in one statement and one transaction, so sixteen
 * phones sending at once cost one commit instead of sixteen. A sender waits for its own tip's
 * commit, and holds no thread meanwhile (the REST intake answers asynchronously): the writer takes
 * whatever is waiting when it is free, and alone is a batch of one. Nothing here outlives the
 * request it serves: a tip not yet committed when the instance stops is answered 503 and sent
 * again by the phone under the same key, which another instance stores (or finds stored) exactly
 * once. Off, each sender writes its own tip.
 * <p>
 * One statement per batch decides for every tip at once: a new key is inserted; a key used
 * before is left alone, and the tip stored under it then is read back after the commit (the
 * statement waited for a concurrent send of the same key to commit first). When a batch fails for
 * one tip's sake, its tips are written one by one, so only that tip is refused.
 */
@ApplicationScoped
public class TipWriter {

    private static final Logger LOG = Logger.getLogger(TipWriter.class.getName());
    /** Beyond this, a sender is told to try again rather than queue without bound. */
    private static final int QUEUE_LIMIT = 10_000;
    private static final long WAIT_SECONDS = 30;

    private static final String INSERT = "WITH input AS ("
            + "  SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[]), "
            + "  CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), "
            + "  CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[])) "
            + "  AS i (station_id, account_id, idempotency_key, request_hash, tracking_code, category, occurred_at, place, "
            + "  latitude, longitude, description, submitted_at, actor, client_address)), "
            + "inserted AS (INSERT INTO tip (station_id, group_id, submitter_account_id, idempotency_key, request_hash, "
            + "  tracking_code, category, occurred_at, place, latitude, longitude, description, submitted_at) "
            // the member's patrol group of that station, as at the time of sending
            + "  SELECT i.station_id, (SELECT m.group_id FROM group_member m JOIN patrol_group g ON g.id = m.group_id "
            + "    WHERE m.account_id = i.account_id AND m.active AND g.active AND g.station_id = i.station_id ORDER BY m.id LIMIT 1), "
            + "  i.account_id, i.idempotency_key, i.request_hash, i.tracking_code, i.category, CAST(i.occurred_at AS timestamptz), "
            + "  i.place, CAST(i.latitude AS numeric), CAST(i.longitude AS numeric), i.description, CAST(i.submitted_at AS timestamptz) "
            + "  FROM input i "
            + "  ON CONFLICT ON CONSTRAINT tip_idempotent DO NOTHING "
            + "  RETURNING id, tracking_code, category, status, station_id, submitter_key, idempotency_key), "
            // the audit row of each new tip, as AuditLog writes it
            + "audited AS (INSERT INTO audit_entry (actor, action, entity_type, entity_id, station_id, summary, client_address) "
            + "  SELECT i.actor, 'CREATE', 'Tip', n.id::text, n.station_id, n.tracking_code || ' ' || n.category || ' ' || n.status, "
            + "  i.client_address FROM inserted n JOIN input i "
            + "  ON i.idempotency_key = n.idempotency_key AND coalesce(i.account_id, 0) = n.submitter_key) "
            + "SELECT id, status, tracking_code, submitter_key, idempotency_key FROM inserted";

    /** A tip with everything decided: nothing is left to read before it is written. */
    public record Ready(Long stationId, Long accountId, String key, String fingerprint, String trackingCode, String category,
                        OffsetDateTime occurredAt, String place, BigDecimal latitude, BigDecimal longitude, String description,
                        Instant submittedAt, String actor, String clientAddress) {
        String identity() {
            return (accountId == null ? 0L : accountId) + ":" + key;
        }
    }

    /**
     * The tip under the sender's key: stored by this write ({@code created}), or stored before
     * (then {@code requestHash} is what that send carried, for the caller to compare).
     */
    public record Stored(long id, String status, String trackingCode, String requestHash, boolean created) {
    }

    private record Waiting(Ready tip, CompletableFuture<Stored> answer) {
    }

    private static final String STORED_BEFORE = "SELECT t.id, t.status, t.tracking_code, t.request_hash, t.submitter_key, "
            + "t.idempotency_key FROM unnest(CAST(? AS bigint[]), CAST(? AS text[])) AS k (submitter_key, idempotency_key) "
            + "JOIN tip t ON t.submitter_key = k.submitter_key AND t.idempotency_key = k.idempotency_key";

    private final BlockingQueue<Waiting> waiting = new LinkedBlockingQueue<>(QUEUE_LIMIT);

    @Resource(lookup = "jdbc/yanghu")
    private DataSource dataSource;

    @Resource
    private ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "yanghu.tips.group-commit", defaultValue = "true")
    private boolean groupCommit;

    @Inject
    @ConfigProperty(name = "yanghu.tips.group-commit-rows", defaultValue = "64")
    private int batchRows;

    /**
     * Under load, how long a writer waits for more tips to join the one it took (milliseconds): a
     * few more per commit halve the database's work per tip. A tip alone (the previous group was
     * one tip too) is written at once.
     */
    @Inject
    @ConfigProperty(name = "yanghu.tips.group-commit-linger-ms", defaultValue = "2")
    private long lingerMillis;

    /** One writer makes the largest groups: the tips that arrive while it commits are the next group. */
    @Inject
    @ConfigProperty(name = "yanghu.tips.group-commit-writers", defaultValue = "1")
    private int writerCount;

    private volatile boolean running;
    private final List<Thread> writers = new ArrayList<>();

    /** Once: the event comes for each module of the application. */
    synchronized void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        if (running || !groupCommit) {
            return;
        }
        running = true;
        for (int i = 0; i < writerCount; i++) {
            Thread writer = threads.newThread(this::write);
            writer.setName("yanghu-tip-writer-" + i);
            writer.start();
            writers.add(writer);
        }
    }

    @PreDestroy
    synchronized void stop() {
        running = false;
        writers.forEach(Thread::interrupt);
        List<Waiting> left = new ArrayList<>();
        waiting.drainTo(left);
        left.forEach(w -> w.answer().completeExceptionally(unavailable("the instance is stopping")));
    }

    /**
     * Stores the tip and its audit row; the answer comes once they are committed (or the tip stored
     * under the key before is found), in the writer's thread. Nothing waits here.
     */
    public CompletableFuture<Stored> store(Ready tip) {
        if (!running) {
            return writeAlone(tip);
        }
        Waiting w = new Waiting(tip, new CompletableFuture<>());
        if (!waiting.offer(w)) {
            return CompletableFuture.failedFuture(unavailable("too many tips waiting to be written"));
        }
        return w.answer();
    }

    /** The tip stored under a sender's key (0: anonymous), or null: what a retry finds before it is counted against a limit. */
    public Stored storedBefore(long submitterKey, String key) {
        Map<String, Stored> found = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            storedBefore(c, List.of(new Ready(null, submitterKey == 0 ? null : submitterKey, key, null, null, null, null, null, null,
                    null, null, null, null, null)), found);
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
        return found.get(submitterKey + ":" + key);
    }

    /** How long a sender may wait for its tip's commit before it is told to try again. */
    static long waitSeconds() {
        return WAIT_SECONDS;
    }

    private CompletableFuture<Stored> writeAlone(Ready tip) {
        try {
            return CompletableFuture.completedFuture(insert(List.of(tip)).get(tip.identity()));
        } catch (SQLException | RuntimeException e) {
            return CompletableFuture.failedFuture(e instanceof SQLException ? new PersistenceException(e) : e);
        }
    }

    private void write() {
        List<Waiting> batch = new ArrayList<>(batchRows);
        int previous = 0;
        while (running) {
            try {
                Waiting first = waiting.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    previous = 0;
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, batchRows - 1);
                if (previous > 1) {
                    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(lingerMillis);
                    for (long left = until - System.nanoTime(); batch.size() < batchRows && left > 0; left = until - System.nanoTime()) {
                        Waiting next = waiting.poll(left, TimeUnit.NANOSECONDS);
                        if (next == null) {
                            break;
                        }
                        batch.add(next);
                        waiting.drainTo(batch, batchRows - batch.size());
                    }
                }
                previous = batch.size();
                answer(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // a writer never dies of one batch: its senders learn of the failure, the next batch is written
                LOG.log(Level.SEVERE, "tip writer failed a batch", e);
                batch.forEach(w -> w.answer().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void answer(List<Waiting> batch) {
        Map<String, Stored> stored;
        try {
            stored = insert(batch.stream().map(Waiting::tip).toList());
        } catch (SQLException e) {
            if (batch.size() > 1 && !connectionLost(e)) {
                LOG.log(Level.WARNING, "a batch of {0} tips failed ({1}); writing them one by one", new Object[] {batch.size(), e});
                batch.forEach(w -> answer(List.of(w)));
            } else {
                batch.forEach(w -> w.answer().completeExceptionally(new PersistenceException(e)));
            }
            return;
        }
        Set<String> answeredCreated = new HashSet<>();
        for (Waiting w : batch) {
            Stored mine = stored.get(w.tip().identity());
            if (mine == null) {
                w.answer().completeExceptionally(new IllegalStateException("idempotency key conflict without a row"));
            } else if (mine.created() && !answeredCreated.add(w.tip().identity())) {
                // the same key twice in one batch: the second send is a retry of the first
                w.answer().complete(new Stored(mine.id(), mine.status(), mine.trackingCode(), mine.requestHash(), false));
            } else {
                w.answer().complete(mine);
            }
        }
    }

    /**
     * One statement and one commit for the batch; then the tips stored before under the keys it
     * did not store. Every tip of the batch by sender and key. A key twice in the batch (a phone's
     * retry arriving beside its first send) goes in once, and both get that tip.
     */
    private Map<String, Stored> insert(List<Ready> tips) throws SQLException {
        Map<String, Ready> once = new HashMap<>();
        tips.forEach(t -> once.putIfAbsent(t.identity(), t));
        List<Ready> rows = List.copyOf(once.values());
        Map<String, Stored> stored = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                insert.setArray(1, c.createArrayOf("int8", rows.stream().map(Ready::stationId).toArray()));
                insert.setArray(2, c.createArrayOf("int8", rows.stream().map(Ready::accountId).toArray()));
                insert.setArray(3, texts(c, rows.stream().map(Ready::key)));
                insert.setArray(4, texts(c, rows.stream().map(Ready::fingerprint)));
                insert.setArray(5, texts(c, rows.stream().map(Ready::trackingCode)));
                insert.setArray(6, texts(c, rows.stream().map(Ready::category)));
                insert.setArray(7, texts(c, rows.stream().map(r -> r.occurredAt().toString())));
                insert.setArray(8, texts(c, rows.stream().map(Ready::place)));
                insert.setArray(9, texts(c, rows.stream().map(r -> r.latitude() == null ? null : r.latitude().toPlainString())));
                insert.setArray(10, texts(c, rows.stream().map(r -> r.longitude() == null ? null : r.longitude().toPlainString())));
                insert.setArray(11, texts(c, rows.stream().map(Ready::description)));
                insert.setArray(12, texts(c, rows.stream().map(r -> r.submittedAt().toString())));
                insert.setArray(13, texts(c, rows.stream().map(Ready::actor)));
                insert.setArray(14, texts(c, rows.stream().map(Ready::clientAddress)));
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        String identity = rs.getLong(4) + ":" + rs.getString(5);
                        stored.put(identity, new Stored(rs.getLong(1), rs.getString(2), rs.getString(3),
                                once.get(identity).fingerprint(), true));
                    }
                }
                c.commit();
                List<Ready> before = rows.stream().filter(r -> !stored.containsKey(r.identity())).toList();
                if (!before.isEmpty()) {
                    storedBefore(c, before, stored);
                }
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                throw e;
            } finally {
                c.setAutoCommit(true); // the pool's connections are handed out in autocommit
            }
        }
        return stored;
    }

    /** The tips stored before under these senders' keys (committed: the insert waited for them). */
    private static void storedBefore(Connection c, List<Ready> keys, Map<String, Stored> stored) throws SQLException {
        try (PreparedStatement read = c.prepareStatement(STORED_BEFORE)) {
            read.setArray(1, c.createArrayOf("int8", keys.stream().map(r -> r.accountId() == null ? 0L : r.accountId()).toArray()));
            read.setArray(2, texts(c, keys.stream().map(Ready::key)));
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getLong(5) + ":" + rs.getString(6),
                            new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), false));
                }
            }
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    private static Array texts(Connection c, java.util.stream.Stream<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "rollback of a failed tip batch failed too (the connection is gone)", e);
        }
    }

    /** The database is gone (connection class 08, shutdown 57P): writing the tips one by one would not help. */
    private static boolean connectionLost(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    /** Answered 503 with the usual "try again" (see Refusals.databaseUnavailable): the phone sends again with its key. */
    public static PersistenceException unavailable(String why) {
        return new PersistenceException(new SQLTransientConnectionException(why, "08000"));
    }
}
