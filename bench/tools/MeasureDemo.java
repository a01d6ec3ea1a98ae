import cn.gov.wujin.yanghu.statistics.demo.DemoHistory;
import cn.gov.wujin.yanghu.statistics.demo.DemoHistoryWriter;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * Times the demo history on a fresh database: the migrations, the 13 stations the fixed demo data
 * makes, then what DemoHistoryLoader does at the first start (generate and write, one
 * transaction), and the figures the dashboards read from it.
 *
 * Usage: java -cp CLASSPATH MeasureDemo.java JDBC_URL USER   (password in PGPASSWORD)
 */
public class MeasureDemo {

    private static final String[][] STATIONS = {{"HT", "湖塘派出所"}, {"NT", "牛塘派出所"}, {"NXS", "南夏墅派出所"}, {"XH", "西湖派出所"},
            {"LY", "洛阳派出所"}, {"YG", "遥观派出所"}, {"HL", "横林派出所"}, {"HSQ", "横山桥派出所"}, {"XY", "雪堰派出所"}, {"QH", "前黄派出所"},
            {"LJ", "礼嘉派出所"}, {"JZ", "嘉泽派出所"}, {"HLI", "湟里派出所"}};

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String password = System.getenv("PGPASSWORD");
        java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
        long t0 = System.nanoTime();
        Flyway.configure().dataSource(url, args[1], password).locations("classpath:db/migration").load().migrate();
        try (Connection db = DriverManager.getConnection(url, args[1], password)) {
            try (Statement s = db.createStatement()) {
                for (String[] st : STATIONS) {
                    s.execute("INSERT INTO station (code, name_zh, name_en) VALUES ('" + st[0] + "', '" + st[1] + "', '" + st[0] + "')");
                }
            }
            System.out.printf("fresh database migrated, stations made: %.1f s%n", (System.nanoTime() - t0) / 1e9);
            db.setAutoCommit(false);
            long start = System.nanoTime();
            DemoHistory history = DemoHistory.generate(LocalDate.now(ZoneId.of("Asia/Shanghai")), DemoHistory.SEED);
            long generated = System.nanoTime();
            Map<String, Integer> rows = new DemoHistoryWriter(db, "not-a-hash").write(history);
            db.commit();
            long done = System.nanoTime();
            System.out.printf("generated in %.1f s, written in %.1f s: %.1f s in all%n", (generated - start) / 1e9, (done - generated) / 1e9,
                    (done - start) / 1e9);
            rows.forEach((table, n) -> System.out.printf("  %-20s %,8d%n", table, n));
            db.setAutoCommit(true);
            try (Statement s = db.createStatement()) {
                report(s, "cases per month (fraud_daily)", "SELECT to_char(day, 'YYYY-MM'), sum(reports) FROM fraud_daily GROUP BY 1 ORDER BY 1");
                report(s, "stations with cases in each of the last 12 months", "SELECT count(*) FROM (SELECT station_id FROM fraud_daily "
                        + "WHERE day >= date_trunc('month', current_date) - interval '12 months' AND day < date_trunc('month', current_date) "
                        + "GROUP BY 1 HAVING count(DISTINCT date_trunc('month', day)) = 12) x");
                report(s, "tally = cases", "SELECT (SELECT sum(cases) FROM fraud_case_tally) = (SELECT count(*) FROM fraud_case)");
                report(s, "daily figures = cases", "SELECT (SELECT sum(reports) FROM fraud_daily) = (SELECT count(*) FROM fraud_case)");
                report(s, "daily loss = transfers", "SELECT (SELECT sum(loss) FROM fraud_daily) = (SELECT sum(amount) FROM money_transfer)");
                report(s, "tip_daily = tips", "SELECT (SELECT sum(tips) FROM tip_daily) = (SELECT count(*) FROM tip)");
                report(s, "attendance = check-ins", "SELECT (SELECT sum(attendance) FROM shift) = "
                        + "(SELECT count(*) FROM shift_signup WHERE checked_in_at IS NOT NULL AND cancelled_at IS NULL)");
                report(s, "tip_area_daily = located tips", "SELECT (SELECT coalesce(sum(tips), 0) FROM tip_area_daily) = "
                        + "(SELECT count(*) FROM tip WHERE latitude IS NOT NULL OR grid_id IS NOT NULL OR community_id IS NOT NULL)");
                report(s, "check_in_monthly = counted check-ins", "SELECT (SELECT coalesce(sum(check_ins), 0) FROM check_in_monthly) = "
                        + "(SELECT count(*) FROM shift_signup x JOIN shift s ON s.id = x.shift_id "
                        + "WHERE x.checked_in_at IS NOT NULL AND x.cancelled_at IS NULL AND NOT s.cancelled)");
            }
        }
    }

    private static void report(Statement s, String what, String sql) throws Exception {
        StringBuilder b = new StringBuilder();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                b.append(b.length() == 0 ? "" : ", ").append(rs.getString(1));
                if (rs.getMetaData().getColumnCount() > 1) {
                    b.append(" ").append(rs.getString(2));
                }
            }
        }
        System.out.printf("%s: %s%n", what, b);
    }
}
