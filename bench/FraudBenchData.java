import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Bench data for the fraud-case module, written through PostgreSQL's bulk path (COPY):
 * N cases over the last year across all stations, one or two victims, one to three
 * transfers and five suspect identifiers each. A quarter of the identifiers come from a
 * shared pool, so cases link as they do in life. Deterministic (fixed seed).
 *
 * <p>The application may be registering cases meanwhile. So each batch of 20,000 cases is its
 * own transaction, and what the application hands out too is reserved before it, each in a
 * statement of its own: the ids from the tables' sequences, and each station's and year's range of
 * case numbers with one {@code INSERT … ON CONFLICT … DO UPDATE … RETURNING} on its counter row,
 * which is held for that statement only. A batch never waits for a counter while it holds the
 * rows its triggers keep (the case tally, the daily figures), which an intake of the application
 * takes in the other order. Should a batch still lose a deadlock, it is written again with the
 * same ids and numbers. The tables are analyzed before the first batch and whenever they have
 * doubled since: the triggers' statements are planned with what the statistics say, and planned
 * for a small table they scan a large one for every batch (a load that grows quadratically).
 *
 * <p>Usage: java -cp postgresql.jar FraudBenchData.java JDBC_URL USER CASES   (password in PGPASSWORD)
 */
public class FraudBenchData {

    private static final String[] TYPES = {"ORDER_BRUSHING", "FAKE_INVESTMENT", "FAKE_LOAN", "FAKE_CUSTOMER_SERVICE",
            "IMPERSONATING_AUTHORITIES", "FAKE_CREDIT_REPAIR", "FAKE_SHOPPING", "IMPERSONATING_ACQUAINTANCE", "GAME_TRADING",
            "ROMANCE", "ELDERLY_CARE", "OTHER"};
    private static final String[] STATUSES = {"REPORTED", "ACCEPTED", "FILED", "INVESTIGATING", "SOLVED", "CLOSED", "NOT_FILED"};
    private static final String[] CHANNELS = {"BANK_CARD", "ALIPAY", "WECHAT_PAY", "CRYPTO"};
    private static final String[] ID_TYPES = {"PHONE", "BANK_ACCOUNT", "PAYMENT_ACCOUNT", "WECHAT", "QQ", "URL", "APP", "IP"};
    private static final String[] WRITTEN = {"fraud_case", "fraud_victim", "money_transfer", "suspect_identifier",
            "fraud_case_figures", "fraud_daily", "fraud_case_tally", "victim_figures", "victim_daily"};
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int BATCH = Integer.getInteger("bench.batch", 20_000);
    private static final int ATTEMPTS = 5;

    private final Connection db;
    private final List<Long> stationIds = new ArrayList<>();
    private final List<String> stationCodes = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom(20261127);
    private final Instant now = Instant.now();
    private final StringBuilder caseRows = new StringBuilder();
    private final StringBuilder victimRows = new StringBuilder();
    private final StringBuilder transferRows = new StringBuilder();
    private final StringBuilder identifierRows = new StringBuilder();
    private long identifiers;
    private int retries;
    private int analyses;
    private double analyzing;

    private FraudBenchData(Connection db) {
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int cases = Integer.parseInt(args[2]);
        try (Connection db = DriverManager.getConnection(url, args[1], System.getenv("PGPASSWORD"))) {
            new FraudBenchData(db).generate(cases);
        }
    }

    private void generate(int cases) throws Exception {
        db.setAutoCommit(true);
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id, code FROM station ORDER BY id")) {
            while (rs.next()) {
                stationIds.add(rs.getLong(1));
                stationCodes.add(rs.getString(2));
            }
        }
        if (stationIds.isEmpty()) {
            throw new IllegalStateException("no stations: the application creates them at its first start (./bench.sh does it)");
        }
        long existing;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM fraud_case")) {
            rs.next();
            existing = rs.getLong(1);
        }
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TEMP TABLE bench_identifier (fraud_case_id bigint, type varchar(20), raw_value varchar(300), "
                    + "normalized_value varchar(300), k int) ON COMMIT DELETE ROWS");
        }
        long started = System.nanoTime();
        List<Double> seconds = new ArrayList<>();
        // statistics taken while the tables were small (or before an aborted load) would plan the
        // first batch's trigger statements as scans
        analyze();
        long analyzedAt = existing;
        for (int done = 0; done < cases; ) {
            long batchStarted = System.nanoTime();
            int n = Math.min(BATCH, cases - done);
            batch(n);
            done += n;
            seconds.add((System.nanoTime() - batchStarted) / 1e9);
            if (existing + done >= 2 * analyzedAt) {
                analyze();
                analyzedAt = existing + done;
            }
            progress(done, cases, started, seconds.get(seconds.size() - 1));
        }
        System.err.println();
        analyze();
        System.err.printf("%,d cases, %,d identifiers in %.1f s%n", cases, identifiers, (System.nanoTime() - started) / 1e9);
        if (!seconds.isEmpty()) {
            int slowest = 0;
            for (int i = 1; i < seconds.size(); i++) {
                slowest = seconds.get(i) > seconds.get(slowest) ? i : slowest;
            }
            StringBuilder all = new StringBuilder();
            seconds.forEach(t -> all.append(String.format(" %.1f", t)));
            System.err.printf("batches of %,d cases: first %.1f s, last %.1f s, slowest %.1f s (batch %d); written again after a deadlock: %d; "
                    + "ANALYZE %d times, %.1f s in all%neach batch (s):%s%n", BATCH, seconds.get(0), seconds.get(seconds.size() - 1),
                    seconds.get(slowest), slowest + 1, retries, analyses, analyzing, all);
        }
    }

    /** One batch: its ids and case numbers reserved, its rows made, then written in one transaction. */
    private void batch(int n) throws Exception {
        int[] station = new int[n];
        Instant[] reported = new Instant[n];
        int[] year = new int[n];
        Map<String, Integer> needed = new TreeMap<>();
        long yearSeconds = 365L * 24 * 3600;
        for (int i = 0; i < n; i++) {
            station[i] = random.nextInt(stationIds.size());
            reported[i] = now.minusSeconds(random.nextLong(yearSeconds));
            year[i] = reported[i].atZone(BEIJING).getYear();
            needed.merge(station[i] + "/" + year[i], 1, Integer::sum);
        }
        long[] ids = reserveIds(n);
        Map<String, Integer> next = reserveNumbers(needed);
        for (int i = 0; i < n; i++) {
            long id = ids[i];
            int sequence = next.merge(station[i] + "/" + year[i], 1, Integer::sum) - 1;
            String number = String.format("%s-%d-%06d", stationCodes.get(station[i]), year[i], sequence);
            String status = STATUSES[random.nextInt(STATUSES.length)];
            caseRows.append(id).append('\t').append(number).append('\t').append(stationIds.get(station[i])).append('\t')
                    .append(TYPES[random.nextInt(TYPES.length)]).append('\t').append(status).append('\t').append(reported[i])
                    .append("\t受害人报称被骗，详见笔录（压测数据）\tbench\t").append(reported[i]).append('\t')
                    .append(status.equals("CLOSED") || status.equals("NOT_FILED") ? "\\N" : reported[i].plusSeconds(3 * 86400)).append('\n');
            int victims = 1 + (random.nextInt(10) == 0 ? 1 : 0);
            for (int v = 1; v <= victims; v++) {
                victimRows.append(id).append('\t').append(v).append("\t受害人").append(id)
                        .append("\t\\N\t1").append(String.format("%010d", random.nextLong(10_000_000_000L))).append('\t')
                        .append(18 + random.nextInt(70)).append("\t\\N\n");
            }
            int transfers = 1 + random.nextInt(3);
            for (int t = 1; t <= transfers; t++) {
                transferRows.append(id).append('\t').append(t).append('\t').append(reported[i].minusSeconds(random.nextInt(86400)))
                        .append('\t').append(random.nextInt(1, 20_000_000) / 100).append('.').append(String.format("%02d", random.nextInt(100)))
                        .append('\t').append(CHANNELS[random.nextInt(CHANNELS.length)]).append("\t\\N\t62")
                        .append(String.format("%014d", random.nextLong(100_000_000_000_000L))).append("\t某银行\n");
            }
            for (int k = 0; k < 5; k++) {
                String type = ID_TYPES[k < 2 ? k : random.nextInt(ID_TYPES.length)];
                boolean shared = random.nextInt(4) == 0;
                long value = shared ? random.nextInt(200_000) : random.nextLong(1L << 40);
                String normalized = identifier(type, value, shared);
                identifierRows.append(id).append('\t').append(type).append('\t').append(normalized).append('\t').append(normalized)
                        .append('\t').append(k).append('\n');
                identifiers++;
            }
        }
        write();
    }

    /** Ids from fraud_case's own sequence, as the application takes them: never one it hands out too. */
    private long[] reserveIds(int n) throws Exception {
        long[] ids = new long[n];
        try (PreparedStatement q = db.prepareStatement(
                "SELECT nextval(pg_get_serial_sequence('fraud_case', 'id')) FROM generate_series(1, ?)")) {
            q.setInt(1, n);
            try (ResultSet rs = q.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    ids[i] = rs.getLong(1);
                }
            }
        }
        Arrays.sort(ids);
        return ids;
    }

    /**
     * Each station's and year's range, taken from its counter row the way the application takes one
     * number (the same row, one statement, committed at once); returns the first number of each.
     */
    private Map<String, Integer> reserveNumbers(Map<String, Integer> needed) throws Exception {
        Map<String, Integer> first = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement("INSERT INTO case_number_counter (station_id, year, last_value) VALUES (?, ?, ?) "
                + "ON CONFLICT (station_id, year) DO UPDATE SET last_value = case_number_counter.last_value + EXCLUDED.last_value "
                + "RETURNING last_value")) {
            for (Map.Entry<String, Integer> e : needed.entrySet()) {
                String[] key = e.getKey().split("/");
                q.setLong(1, stationIds.get(Integer.parseInt(key[0])));
                q.setInt(2, Integer.parseInt(key[1]));
                q.setInt(3, e.getValue());
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    first.put(e.getKey(), rs.getInt(1) - e.getValue() + 1);
                }
            }
        }
        return first;
    }

    /** The batch's rows in one transaction; again (same ids and numbers) when it lost a deadlock. */
    private void write() throws Exception {
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        for (int attempt = 1; ; attempt++) {
            db.setAutoCommit(false);
            try {
                copy(copy, "COPY fraud_case (id, case_number, station_id, fraud_type, status, reported_at, narrative, created_by, "
                        + "created_at, due_at) FROM STDIN", caseRows);
                copy(copy, "COPY fraud_victim (fraud_case_id, position, name, id_card_number, phone, age, occupation) FROM STDIN", victimRows);
                copy(copy, "COPY money_transfer (fraud_case_id, position, transferred_at, amount, channel, from_account, to_account, to_bank) "
                        + "FROM STDIN", transferRows);
                copy(copy, "COPY bench_identifier (fraud_case_id, type, raw_value, normalized_value, k) FROM STDIN", identifierRows);
                try (Statement s = db.createStatement()) {
                    // the same identifier twice in one case is kept once, as the application does
                    s.execute("INSERT INTO suspect_identifier (fraud_case_id, type, raw_value, normalized_value) "
                            + "SELECT DISTINCT ON (fraud_case_id, type, normalized_value) fraud_case_id, type, raw_value, normalized_value "
                            + "FROM bench_identifier ORDER BY fraud_case_id, type, normalized_value");
                }
                db.commit();
                break;
            } catch (SQLException e) {
                db.rollback();
                boolean lostARace = "40P01".equals(e.getSQLState()) || "40001".equals(e.getSQLState());
                if (!lostARace || attempt == ATTEMPTS) {
                    throw e;
                }
                retries++;
                System.err.printf("%nthe batch lost a deadlock (%s); writing it again%n", e.getMessage());
                Thread.sleep(200L * attempt);
            } finally {
                db.setAutoCommit(true);
            }
        }
        caseRows.setLength(0);
        victimRows.setLength(0);
        transferRows.setLength(0);
        identifierRows.setLength(0);
    }

    private void analyze() throws Exception {
        long started = System.nanoTime();
        try (Statement s = db.createStatement()) {
            for (String table : WRITTEN) {
                s.execute("ANALYZE " + table);
            }
        }
        analyses++;
        analyzing += (System.nanoTime() - started) / 1e9;
    }

    private static String identifier(String type, long value, boolean shared) {
        String prefix = shared ? "9" : "";
        return switch (type) {
            case "PHONE" -> "1" + (shared ? "99" : "7") + String.format("%08d", value % 100_000_000L);
            case "BANK_ACCOUNT" -> "62" + prefix + String.format("%016d", value);
            case "PAYMENT_ACCOUNT" -> "pay" + prefix + value + "@bench.example";
            case "WECHAT" -> "wx_" + prefix + Long.toString(value, 36);
            case "QQ" -> String.valueOf(10_000 + value % 9_000_000_000L);
            case "URL" -> "bench" + prefix + Long.toString(value, 36) + ".example/pay";
            case "APP" -> "app " + prefix + Long.toString(value, 36);
            default -> "10." + (value >> 16 & 255) + "." + (value >> 8 & 255) + "." + (value & 255);
        };
    }

    private static void copy(CopyManager copy, String sql, StringBuilder rows) throws Exception {
        if (rows.length() == 0) {
            return;
        }
        CopyIn in = copy.copyIn(sql);
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        in.endCopy();
    }

    private static void progress(long done, long total, long started, double lastBatch) {
        int width = 40;
        int filled = (int) (width * done / total);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.printf("\r[%s%s] %,d / %,d cases  %.0f s (last batch %.1f s)", "#".repeat(filled), " ".repeat(width - filled), done, total,
                seconds, lastBatch);
    }
}
