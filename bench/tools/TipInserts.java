import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw baseline of tip intake: the same rows as the REST intake writes (idempotency key,
 * tracking code, the same place and text), as single-row INSERT statements over plain JDBC,
 * autocommit, from 8 connections for the given seconds. The table's triggers run as for the
 * application. Prints the rows per second.
 * Usage: URL USER SECONDS   (password in PGPASSWORD)
 */
public class TipInserts {
    public static void main(String[] a) throws Exception {
        int threads = 8;
        long until = System.nanoTime() + Long.parseLong(a[2]) * 1_000_000_000L;
        AtomicLong rows = new AtomicLong();
        String run = Long.toString(System.currentTimeMillis(), 36);
        long station;
        long account;
        try (var c = DriverManager.getConnection(a[0], a[1], System.getenv("PGPASSWORD"));
             var rs = c.createStatement().executeQuery("SELECT station_id, id FROM account WHERE username = 'volunteer1'")) {
            rs.next();
            station = rs.getLong(1);
            account = rs.getLong(2);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.submit(() -> {
                try (var c = DriverManager.getConnection(a[0], a[1], System.getenv("PGPASSWORD"));
                     var insert = c.prepareStatement("INSERT INTO tip (station_id, submitter_account_id, idempotency_key, request_hash, "
                             + "tracking_code, category, occurred_at, place, latitude, longitude, description, submitted_at) "
                             + "VALUES (?, ?, ?, ?, ?, 'SAFETY_HAZARD', now(), '湖塘镇人民路与长虹路路口', 31.713, 119.956, "
                             + "'消防通道被电动车堵塞，夜间无人看管', now()) ON CONFLICT ON CONSTRAINT tip_idempotent DO NOTHING RETURNING id")) {
                    for (long n = 0; System.nanoTime() < until; n++) {
                        insert.setLong(1, station);
                        insert.setLong(2, account);
                        insert.setString(3, "raw-" + run + "-" + thread + "-" + n);
                        insert.setString(4, "0".repeat(64));
                        insert.setString(5, "R" + run.substring(run.length() - 4) + thread + Long.toString(n, 36));
                        try (var rs = insert.executeQuery()) {
                            rs.next();
                        }
                        rows.incrementAndGet();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        System.out.printf("%.0f%n", rows.get() / ((System.nanoTime() - start) / 1e9));
    }
}
