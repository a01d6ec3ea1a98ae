package cn.gov.wujin.yanghu.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The fraud figures over a small known data set, to the fen, with the month boundary in Beijing time. */
class StatisticsIT extends DeployedApplication {

    private static final java.util.concurrent.atomic.AtomicInteger NUMBERS = new java.util.concurrent.atomic.AtomicInteger();

    private Api admin;
    private long station;
    private String stationCode;
    private String otherCode;
    private Api head;

    @BeforeEach
    void aKnownDataSet() throws Exception {
        admin = Api.demo("admin");
        station = Fixtures.station(admin);
        long other = Fixtures.station(admin);
        stationCode = (String) TestEnv.column("SELECT code FROM station WHERE id = ?", station).get(0);
        otherCode = (String) TestEnv.column("SELECT code FROM station WHERE id = ?", other).get(0);
        head = Api.as(Fixtures.account(admin, station, "SUPERVISOR"), Fixtures.PASSWORD);
        try (Connection db = TestEnv.database()) {
            // A: reported on the last minute of January (Beijing), money out, stop-payment within the hour, filed and solved
            long a = fraudCase(db, station, "ORDER_BRUSHING", "SOLVED", "2026-01-31T23:59:00+08:00");
            transfer(db, a, "1000.10");
            transfer(db, a, "2000.20");
            stopPayment(db, a, "2026-02-01T00:30:00+08:00", "2500.00", "2000.00");
            giveBack(db, a, "500.05");
            step(db, a, "FILED");
            step(db, a, "SOLVED");
            // B: reported on the first minute of February, stop-payment two hours later (not golden), filed only
            long b = fraudCase(db, station, "FAKE_INVESTMENT", "FILED", "2026-02-01T00:00:00+08:00");
            transfer(db, b, "10000.00");
            stopPayment(db, b, "2026-02-01T02:00:00+08:00", null, null);
            step(db, b, "FILED");
            // C: February, no money lost, nothing done yet
            fraudCase(db, station, "ORDER_BRUSHING", "REPORTED", "2026-02-15T10:00:00+08:00");
            // D: after the period
            transfer(db, fraudCase(db, station, "ORDER_BRUSHING", "REPORTED", "2026-03-01T00:00:00+08:00"), "99.99");
            // E: another station, in the period
            transfer(db, fraudCase(db, other, "ORDER_BRUSHING", "REPORTED", "2026-02-10T09:00:00+08:00"), "777.77");
        }
    }

    @Test
    void monthsFollowBeijingTimeAndEveryFigureIsExact() {
        JsonArray months = head.get("stats/fraud?from=2026-01-01&to=2026-02-28&groupBy=month").array();
        assertThat(months).hasSize(2);
        JsonObject jan = months.getJsonObject(0);
        assertThat(jan.getString("key")).isEqualTo("2026-01");
        assertThat(figures(jan)).containsExactly(1L, 1L, 1L, "3000.30", "2500.00", "2000.00", "500.05", 1L, 1L);
        assertThat(jan.getString("clearanceRate")).isEqualTo("1.0000");
        assertThat(jan.getString("goldenHourRate")).isEqualTo("1.0000");
        JsonObject feb = months.getJsonObject(1);
        assertThat(feb.getString("key")).isEqualTo("2026-02");
        assertThat(figures(feb)).containsExactly(2L, 1L, 0L, "10000.00", "0.00", "0.00", "0.00", 1L, 0L);
        assertThat(feb.getString("clearanceRate")).isEqualTo("0.0000");

        JsonArray firstOfFebruary = head.get("stats/fraud?from=2026-02-01&to=2026-02-01&groupBy=type").array();
        assertThat(firstOfFebruary).hasSize(1);
        assertThat(firstOfFebruary.getJsonObject(0).getString("key")).isEqualTo("FAKE_INVESTMENT");

        JsonArray types = head.get("stats/fraud?from=2026-01-01&to=2026-02-28&groupBy=type").array();
        assertThat(types).extracting(t -> ((JsonObject) t).getString("key")).containsExactly("FAKE_INVESTMENT", "ORDER_BRUSHING");
        assertThat(figures(types.getJsonObject(1))).containsExactly(2L, 1L, 1L, "3000.30", "2500.00", "2000.00", "500.05", 1L, 1L);
        JsonObject byStation = head.get("stats/fraud?from=2026-01-01&to=2026-02-28&groupBy=station").array().getJsonObject(0);
        assertThat(byStation.getString("key")).isEqualTo(stationCode);
        assertThat(byStation.getJsonNumber("reports").longValue()).isEqualTo(3);
        assertThat(new BigDecimal(byStation.getString("loss"))).isEqualByComparingTo("13000.30");
    }

    @Test
    void aStationHeadSeesTheOwnStationAndTheBureauChooses() {
        assertThat(head.get("stats/fraud?from=2026-01-01&to=2026-02-28&groupBy=station&station=" + otherCode).status()).isEqualTo(400);
        Api bureau = Api.demo("supervisor1");
        JsonArray other = bureau.get("stats/fraud?from=2026-01-01&to=2026-02-28&groupBy=station&station=" + otherCode).array();
        assertThat(other).hasSize(1);
        assertThat(figures(other.getJsonObject(0))).containsExactly(1L, 0L, 0L, "777.77", "0.00", "0.00", "0.00", 1L, 0L);
        assertThat(bureau.get("stats/fraud?from=2026-01-01&to=2026-02-28&groupBy=month&station=" + stationCode).array()).hasSize(2);
        assertThat(Api.demo("officer1").get("stats/fraud?from=2026-01-01&to=2026-02-28&groupBy=month").status()).isEqualTo(403);

        Api.Reply bad = head.inEnglish().get("stats/fraud?to=2025-01-01&groupBy=week");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
                .containsExactlyInAnyOrder("from", "groupBy");
        Api.Reply backwards = head.get("stats/fraud?from=2026-02-01&to=2026-01-01&groupBy=month");
        assertThat(backwards.json().getString("field")).isEqualTo("to");
    }

    @Test
    void theCaseListBehindAFigureFiltersByTypeAndPeriodAndSorts() {
        JsonObject page = head.get("fraud-cases?type=ORDER_BRUSHING&from=2026-01-01&to=2026-02-28&sort=reportedAt&order=asc").json();
        assertThat(page.getJsonNumber("total").longValue()).as("A and C; D is reported in March").isEqualTo(2);
        assertThat(page.getJsonArray("rows").stream().map(r -> ((JsonObject) r).getString("reportedAt")))
                .containsExactly("2026-01-31T15:59:00Z", "2026-02-15T02:00:00Z");
        JsonArray newestFirst = head.get("fraud-cases?type=ORDER_BRUSHING&from=2026-01-01&to=2026-02-28").json().getJsonArray("rows");
        assertThat(newestFirst.getJsonObject(0).getString("reportedAt")).isEqualTo("2026-02-15T02:00:00Z");
    }

    @Test
    void theFiguresFollowLaterChangesToACase() throws Exception {
        try (Connection db = TestEnv.database(); PreparedStatement change = db.prepareStatement(
                "DELETE FROM money_transfer WHERE amount = 1000.10 AND fraud_case_id IN (SELECT id FROM fraud_case WHERE station_id = ?)")) {
            change.setLong(1, station);
            assertThat(change.executeUpdate()).isEqualTo(1);
        }
        try (Connection db = TestEnv.database(); PreparedStatement change = db.prepareStatement(
                "UPDATE fraud_case SET reported_at = reported_at + interval '2 minutes' WHERE station_id = ? AND fraud_type = 'ORDER_BRUSHING' "
                + "AND reported_at = '2026-01-31T23:59:00+08:00'")) {
            change.setLong(1, station);
            assertThat(change.executeUpdate()).isEqualTo(1);
        }
        JsonArray months = head.get("stats/fraud?from=2026-01-01&to=2026-02-28&groupBy=month").array();
        assertThat(months).as("the case now counts in February, with its smaller loss").hasSize(1);
        assertThat(figures(months.getJsonObject(0))).containsExactly(3L, 2L, 1L, "12000.20", "2500.00", "2000.00", "500.05", 2L, 1L);
    }

    private static Object[] figures(JsonObject row) {
        return new Object[] {row.getJsonNumber("reports").longValue(), row.getJsonNumber("filed").longValue(),
                row.getJsonNumber("solved").longValue(), row.getString("loss"), row.getString("stopped"), row.getString("frozen"),
                row.getString("returned"), row.getJsonNumber("withLoss").longValue(), row.getJsonNumber("goldenHour").longValue()};
    }

    static long fraudCase(Connection db, long station, String type, String status, String reportedAt) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO fraud_case (case_number, station_id, fraud_type, status, "
                + "reported_at, narrative, created_by) VALUES (?, ?, ?, ?, ?, '统计测试', 'test') RETURNING id")) {
            insert.setString(1, TestEnv.column("SELECT code FROM station WHERE id = ?", station).get(0) + "-2026-"
                    + String.format("%06d", NUMBERS.incrementAndGet()));
            insert.setLong(2, station);
            insert.setString(3, type);
            insert.setString(4, status);
            insert.setTimestamp(5, Timestamp.from(OffsetDateTime.parse(reportedAt).toInstant()));
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void transfer(Connection db, long fraudCase, String amount) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO money_transfer (fraud_case_id, position, transferred_at, amount, "
                + "channel) VALUES (?, (SELECT count(*) FROM money_transfer WHERE fraud_case_id = ?), now(), ?, 'BANK_CARD')")) {
            insert.setLong(1, fraudCase);
            insert.setLong(2, fraudCase);
            insert.setBigDecimal(3, new BigDecimal(amount));
            insert.executeUpdate();
        }
    }

    static void stopPayment(Connection db, long fraudCase, String requestedAt, String stopped, String frozen) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO stop_payment (fraud_case_id, bank, account, amount_requested, "
                + "requested_at, requested_by, amount_stopped, amount_frozen) VALUES (?, '工商银行', '6222000011112222', 9000.00, ?, 'test', ?, ?)")) {
            insert.setLong(1, fraudCase);
            insert.setTimestamp(2, Timestamp.from(OffsetDateTime.parse(requestedAt).toInstant()));
            insert.setBigDecimal(3, stopped == null ? null : new BigDecimal(stopped));
            insert.setBigDecimal(4, frozen == null ? null : new BigDecimal(frozen));
            insert.executeUpdate();
        }
    }

    static void giveBack(Connection db, long fraudCase, String amount) throws Exception {
        long victim;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO fraud_victim (fraud_case_id, position, name) VALUES (?, 0, '受害人') "
                + "RETURNING id")) {
            insert.setLong(1, fraudCase);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                victim = rs.getLong(1);
            }
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO fund_return (fraud_case_id, victim_id, amount, returned_at, "
                + "recorded_by) VALUES (?, ?, ?, now(), 'test')")) {
            insert.setLong(1, fraudCase);
            insert.setLong(2, victim);
            insert.setBigDecimal(3, new BigDecimal(amount));
            insert.executeUpdate();
        }
    }

    static void step(Connection db, long fraudCase, String to) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO case_transition (fraud_case_id, action, from_status, to_status, "
                + "actor, occurred_at) VALUES (?, 'TEST', 'REPORTED', ?, 'test', now())")) {
            insert.setLong(1, fraudCase);
            insert.setString(2, to);
            insert.executeUpdate();
        }
    }
}
