import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Bench data for the fraud-case module, written through PostgreSQL's bulk path (COPY):
 * N cases over the last year across all stations, one or two victims, one to three
 * transfers and five suspect identifiers each. A quarter of the identifiers come from a
 * shared pool, so cases link as they do in life. Deterministic (fixed seed).
 *
 * Usage: java -cp postgresql.jar FraudBenchData.java JDBC_URL USER CASES   (password in PGPASSWORD)
 */
public class FraudBenchData {

    private static final String[] TYPES = {"ORDER_BRUSHING", "FAKE_INVESTMENT", "FAKE_LOAN", "FAKE_CUSTOMER_SERVICE",
            "IMPERSONATING_AUTHORITIES", "FAKE_CREDIT_REPAIR", "FAKE_SHOPPING", "IMPERSONATING_ACQUAINTANCE", "GAME_TRADING",
            "ROMANCE", "ELDERLY_CARE", "OTHER"};
    private static final String[] STATUSES = {"REPORTED", "ACCEPTED", "FILED", "INVESTIGATING", "SOLVED", "CLOSED", "NOT_FILED"};
    private static final String[] CHANNELS = {"BANK_CARD", "ALIPAY", "WECHAT_PAY", "CRYPTO"};
    private static final String[] ID_TYPES = {"PHONE", "BANK_ACCOUNT", "PAYMENT_ACCOUNT", "WECHAT", "QQ", "URL", "APP", "IP"};
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int BATCH = 20_000;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int cases = Integer.parseInt(args[2]);
        try (Connection db = DriverManager.getConnection(url, args[1], System.getenv("PGPASSWORD"))) {
            db.setAutoCommit(false);
            new FraudBenchData().generate(db, cases);
            db.commit();
        }
    }

    private void generate(Connection db, int cases) throws Exception {
        List<long[]> stations = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id, code FROM station ORDER BY id")) {
            while (rs.next()) {
                stations.add(new long[]{rs.getLong(1)});
                codes.add(rs.getString(2));
            }
        }
        if (stations.isEmpty()) {
            throw new IllegalStateException("no stations: start the application once (./run.sh) before generating bench data");
        }
        long firstCase = max(db, "fraud_case") + 1;
        long firstVictim = max(db, "fraud_victim") + 1;
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        SplittableRandom random = new SplittableRandom(20261127);
        Instant now = Instant.now();
        long yearSeconds = 365L * 24 * 3600;
        // case numbers continue each station's and year's counter, so the application goes on after them
        Map<String, Integer> sequences = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT s.code, c.year, c.last_value FROM case_number_counter c JOIN station s ON s.id = c.station_id")) {
            while (rs.next()) {
                sequences.put(rs.getString(1) + "-" + rs.getInt(2), rs.getInt(3));
            }
        }
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TEMP TABLE bench_identifier (fraud_case_id bigint, type varchar(20), raw_value varchar(300), "
                    + "normalized_value varchar(300), k int) ON COMMIT DROP");
        }
        long started = System.nanoTime();
        long victimId = firstVictim;
        StringBuilder caseRows = new StringBuilder();
        StringBuilder victimRows = new StringBuilder();
        StringBuilder transferRows = new StringBuilder();
        StringBuilder identifierRows = new StringBuilder();
        long identifiers = 0;
        for (int i = 0; i < cases; i++) {
            long id = firstCase + i;
            int station = random.nextInt(stations.size());
            Instant reported = now.minusSeconds(random.nextLong(yearSeconds));
            int year = reported.atZone(BEIJING).getYear();
            String key = codes.get(station) + "-" + year;
            int sequence = sequences.merge(key, 1, Integer::sum);
            String number = String.format("%s-%d-%06d", codes.get(station), year, sequence);
            String status = STATUSES[random.nextInt(STATUSES.length)];
            caseRows.append(id).append('\t').append(number).append('\t').append(stations.get(station)[0]).append('\t')
                    .append(TYPES[random.nextInt(TYPES.length)]).append('\t').append(status).append('\t').append(reported)
                    .append("\t受害人报称被骗，详见笔录（压测数据）\tbench\t").append(reported).append('\t')
                    .append(status.equals("CLOSED") || status.equals("NOT_FILED") ? "\\N" : reported.plusSeconds(3 * 86400)).append('\n');
            int victims = 1 + (random.nextInt(10) == 0 ? 1 : 0);
            for (int v = 1; v <= victims; v++) {
                victimRows.append(victimId++).append('\t').append(id).append('\t').append(v).append("\t受害人").append(i)
                        .append("\t\\N\t1").append(String.format("%010d", random.nextLong(10_000_000_000L))).append('\t')
                        .append(18 + random.nextInt(70)).append("\t\\N\n");
            }
            int transfers = 1 + random.nextInt(3);
            for (int t = 1; t <= transfers; t++) {
                transferRows.append(id).append('\t').append(t).append('\t').append(reported.minusSeconds(random.nextInt(86400)))
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
            if ((i + 1) % BATCH == 0 || i == cases - 1) {
                flush(copy, "COPY fraud_case (id, case_number, station_id, fraud_type, status, reported_at, narrative, created_by, "
                        + "created_at, due_at) FROM STDIN", caseRows);
                flush(copy, "COPY fraud_victim (id, fraud_case_id, position, name, id_card_number, phone, age, occupation) FROM STDIN", victimRows);
                flush(copy, "COPY money_transfer (fraud_case_id, position, transferred_at, amount, channel, from_account, to_account, to_bank) "
                        + "FROM STDIN", transferRows);
                flush(copy, "COPY bench_identifier (fraud_case_id, type, raw_value, normalized_value, k) FROM STDIN", identifierRows);
                progress(i + 1, cases, started);
            }
        }
        System.err.println();
        try (Statement s = db.createStatement()) {
            // the same identifier twice in one case is kept once, as the application does
            s.execute("INSERT INTO suspect_identifier (fraud_case_id, type, raw_value, normalized_value) "
                    + "SELECT DISTINCT ON (fraud_case_id, type, normalized_value) fraud_case_id, type, raw_value, normalized_value "
                    + "FROM bench_identifier ORDER BY fraud_case_id, type, normalized_value");
            for (Map.Entry<String, Integer> e : sequences.entrySet()) {
                String[] parts = e.getKey().split("-");
                s.execute("INSERT INTO case_number_counter (station_id, year, last_value) SELECT id, " + parts[1] + ", " + e.getValue()
                        + " FROM station WHERE code = '" + parts[0] + "' ON CONFLICT (station_id, year) DO UPDATE "
                        + "SET last_value = GREATEST(case_number_counter.last_value, EXCLUDED.last_value)");
            }
            for (String table : new String[]{"fraud_case", "fraud_victim", "money_transfer", "suspect_identifier"}) {
                s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT max(id) FROM " + table + "))");
            }
            s.execute("ANALYZE fraud_case");
            s.execute("ANALYZE suspect_identifier");
            s.execute("ANALYZE fraud_victim");
            s.execute("ANALYZE money_transfer");
        }
        System.err.printf("%,d cases, %,d identifiers in %.1f s%n", cases, identifiers, (System.nanoTime() - started) / 1e9);
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

    private static void flush(CopyManager copy, String sql, StringBuilder rows) throws Exception {
        if (rows.length() == 0) {
            return;
        }
        CopyIn in = copy.copyIn(sql);
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        in.endCopy();
        rows.setLength(0);
    }

    private static long max(Connection db, String table) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void progress(long done, long total, long started) {
        int width = 40;
        int filled = (int) (width * done / total);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.printf("\r[%s%s] %,d / %,d cases  %.0f s", "#".repeat(filled), " ".repeat(width - filled), done, total, seconds);
    }
}
