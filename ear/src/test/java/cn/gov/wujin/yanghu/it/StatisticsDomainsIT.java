package cn.gov.wujin.yanghu.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warning, patrol and liaison figures over a small known data set of a new station, every
 * figure exact, with the month boundary in Beijing time; and the monthly report built from them.
 */
class StatisticsDomainsIT extends DeployedApplication {

    private static final String MARCH = "from=2026-03-01&to=2026-03-31";

    private Api admin;
    private long station;
    private String code;
    private Api head;
    private long officer;
    private long v1;
    private long v2;

    @BeforeEach
    void aNewStation() throws Exception {
        Api bureauAdmin = Api.demo("admin");
        useStation(bureauAdmin, Fixtures.station(bureauAdmin));
        head = Api.as(Fixtures.account(admin, station, "SUPERVISOR"), Fixtures.PASSWORD);
    }

    /** The station the data set is written to, with an officer and two volunteers (the dashboard's browser test shares it). */
    void useStation(Api admin, long station) throws Exception {
        this.admin = admin;
        this.station = station;
        code = (String) TestEnv.column("SELECT code FROM station WHERE id = ?", station).get(0);
        officer = accountId(Fixtures.account(admin, station, "OFFICER"));
        v1 = accountId(Fixtures.account(admin, station, "VOLUNTEER"));
        v2 = accountId(Fixtures.account(admin, station, "VOLUNTEER"));
    }

    @Test
    void warningFiguresCountTheLeadsOfThePeriodByBeijingMonth() throws Exception {
        try (Connection db = TestEnv.database()) {
            long fraudCase = StatisticsIT.fraudCase(db, station, "ORDER_BRUSHING", "REPORTED", "2026-04-10T10:00:00+08:00");
            // March (its last Beijing minute): dissuaded in time, yet defrauded later (the case is linked to the lead)
            lead(db, "2026-03-31T23:59:00+08:00", 120, "DISSUADED", 60, fraudCase);
            // April: dissuaded late, already defrauded in time, unreachable in time, still open; May: outside
            lead(db, "2026-04-01T00:00:00+08:00", 60, "DISSUADED", 180, null);
            lead(db, "2026-04-02T09:00:00+08:00", 60, "ALREADY_DEFRAUDED", 30, null);
            lead(db, "2026-04-03T09:00:00+08:00", 60, "UNREACHABLE", 59, null);
            lead(db, "2026-04-04T09:00:00+08:00", 60, "OPEN", null, null);
            lead(db, "2026-05-01T00:00:00+08:00", 60, "DISSUADED", 10, null);
        }
        JsonObject months = head.get("stats/warnings?from=2026-03-01&to=2026-04-30&groupBy=month").json();
        JsonArray rows = months.getJsonArray("rows");
        assertThat(rows).extracting(r -> ((JsonObject) r).getString("key")).containsExactly("2026-03", "2026-04");
        assertThat(warning(rows.getJsonObject(0))).containsExactly(1L, 1L, 1L, 0L, 0L, 0L, 1L, "1.0000", "1.0000", "1.0000");
        assertThat(warning(rows.getJsonObject(1))).containsExactly(4L, 2L, 1L, 1L, 1L, 1L, 0L, "0.5000", "0.2500", "0.0000");
        assertThat(warning(months.getJsonObject("total"))).containsExactly(5L, 3L, 2L, 1L, 1L, 1L, 1L, "0.6000", "0.4000", "0.5000");

        JsonObject byStation = head.get("stats/warnings?" + MARCH + "&groupBy=station").json();
        assertThat(byStation.getJsonArray("rows").getJsonObject(0).getString("key")).isEqualTo(code);
        assertThat(head.get("stats/warnings?" + MARCH + "&groupBy=type").status()).as("warnings have no fraud type").isEqualTo(400);
        JsonObject none = head.get("stats/warnings?from=2025-01-01&to=2025-01-31&groupBy=month").json();
        assertThat(none.getJsonArray("rows")).isEmpty();
        assertThat(none.getJsonObject("total").getJsonNumber("leads").longValue()).isZero();
        assertThat(none.getJsonObject("total").get("dissuasionRate")).as("no rate without leads").isIn(null, jakarta.json.JsonValue.NULL);
    }

    @Test
    void patrolFiguresCountHeldShiftsHoursPeopleAndTips() throws Exception {
        patrolMonth();
        JsonObject report = head.get("stats/patrol?" + MARCH + "&groupBy=group").json();
        JsonArray rows = report.getJsonArray("rows");
        assertThat(rows).extracting(r -> ((JsonObject) r).getString("key"))
                .containsExactlyInAnyOrder(code + " · -", code + " · 甲组", code + " · 乙组");
        assertThat(patrol(keyed(rows, code + " · -"))).as("tips sent outside any group").containsExactly(0L, "0.0", 0L, 1L, 1L);
        assertThat(patrol(keyed(rows, code + " · 甲组"))).containsExactly(1L, "3.8", 2L, 2L, 1L);
        assertThat(patrol(keyed(rows, code + " · 乙组"))).containsExactly(1L, "3.0", 1L, 1L, 0L);
        // the volunteer in both groups is one active volunteer of the station
        assertThat(patrol(report.getJsonObject("total"))).containsExactly(2L, "6.8", 2L, 4L, 2L);
        assertThat(report.getJsonObject("total").getString("actionRate")).isEqualTo("0.5000");

        assertThat(report.getJsonArray("tipsByCategory")).extracting(c -> ((JsonObject) c).getString("category") + "="
                + ((JsonObject) c).getInt("tips") + "/" + ((JsonObject) c).getInt("tipsActed"))
                .containsExactly("SAFETY_HAZARD=2/1", "DISPUTE=1/0", "FRAUD_LEAD=1/1");
        JsonArray top = report.getJsonArray("topVolunteers");
        assertThat(top).hasSize(2);
        assertThat(top.getJsonObject(0).getJsonNumber("points").bigDecimalValue()).isEqualByComparingTo("10");
        assertThat(top.getJsonObject(1).getJsonNumber("points").bigDecimalValue()).isEqualByComparingTo("5");

        JsonObject april = head.get("stats/patrol?from=2026-04-01&to=2026-04-30&groupBy=month").json();
        assertThat(patrol(april.getJsonObject("total"))).as("the shift of April 2 and the tip of April 1")
                .containsExactly(1L, "1.0", 1L, 1L, 0L);
        assertThat(head.get("stats/patrol?" + MARCH + "&groupBy=type").status()).isEqualTo(400);
    }

    /** The monthly tally of check-ins (V42) against the check-ins themselves, in one snapshot: the rows that differ. */
    private static final String CHECK_IN_TALLY_DIFFERS = "WITH counted AS (SELECT bureau_month(s.starts_at) AS month, s.station_id, s.group_id, "
            + "x.member_id, count(*) AS n, sum(floor(greatest(0, date_part('epoch', least(x.checked_out_at, s.ends_at) "
            + "- greatest(x.checked_in_at, s.starts_at))) / 360)::int) AS tenths, count(x.on_site) AS located, "
            + "count(*) FILTER (WHERE x.on_site) AS on_site FROM shift_signup x JOIN shift s ON s.id = x.shift_id "
            + "WHERE x.cancelled_at IS NULL AND x.checked_in_at IS NOT NULL AND NOT s.cancelled GROUP BY 1, 2, 3, 4), "
            + "tally AS (SELECT month, station_id, group_id, member_id, check_ins::bigint, tenths, located::bigint, on_site::bigint "
            + "FROM check_in_monthly WHERE check_ins <> 0 OR tenths <> 0 OR located <> 0 OR on_site <> 0) "
            + "SELECT count(*) FROM ((TABLE counted EXCEPT TABLE tally) UNION ALL (TABLE tally EXCEPT TABLE counted)) x";

    /** Shifts held, hours and people of the station's head for a period. */
    private List<Object> held(String period) {
        return List.of(patrol(head.get("stats/patrol?" + period + "&groupBy=station").json().getJsonObject("total"))).subList(0, 3);
    }

    @Test
    void patrolFiguresFromTheMonthlyTallyEqualThoseFromTheCheckInsAfterEveryChange() throws Exception {
        patrolMonth();
        // the whole of March from the tally; March 10 to 31, no whole month, from the check-ins: the same
        assertThat(held(MARCH)).containsExactly(2L, "6.8", 2L).isEqualTo(held("from=2026-03-10&to=2026-03-31"));
        // the end of March from the check-ins, the whole of April from the tally
        assertThat(held("from=2026-03-15&to=2026-04-30")).containsExactly(2L, "4.0", 2L);
        assertThat(TestEnv.number(CHECK_IN_TALLY_DIFFERS)).isZero();

        // the shift of March 10 moved to February: March keeps the last evening's shift alone
        assertThat(TestEnv.update("UPDATE shift SET starts_at = starts_at - interval '10 days', ends_at = ends_at - interval '10 days' "
                + "WHERE station_id = ? AND starts_at = '2026-03-10 09:00+08'", station)).isEqualTo(1);
        assertThat(held(MARCH)).containsExactly(1L, "3.0", 1L);
        // held in February by its two volunteers, whose check-ins stayed on March 10, outside its new window: no hours
        assertThat(held("from=2026-02-01&to=2026-02-28")).containsExactly(1L, "0.0", 2L);
        // its volunteer checked out two hours early
        assertThat(TestEnv.update("UPDATE shift_signup x SET checked_out_at = '2026-03-31 23:00+08' FROM shift s "
                + "WHERE s.id = x.shift_id AND s.station_id = ? AND s.starts_at = '2026-03-31 22:00+08'", station)).isEqualTo(1);
        assertThat(held(MARCH)).containsExactly(1L, "1.0", 1L);
        // April's only check-in cancelled; March's last shift cancelled
        TestEnv.update("UPDATE shift_signup x SET cancelled_at = now() FROM shift s WHERE s.id = x.shift_id AND s.station_id = ? "
                + "AND s.starts_at = '2026-04-02 09:00+08'", station);
        assertThat(held("from=2026-04-01&to=2026-04-30")).containsExactly(0L, "0.0", 0L);
        TestEnv.update("UPDATE shift SET cancelled = true WHERE station_id = ? AND starts_at = '2026-03-31 22:00+08'", station);
        assertThat(held(MARCH)).containsExactly(0L, "0.0", 0L);
        assertThat(TestEnv.number(CHECK_IN_TALLY_DIFFERS)).isZero();
    }

    @Test
    void tipFiguresFollowTriageAndHandoverAndSurviveTheFoldingOfPastDays() throws Exception {
        long other = Fixtures.station(admin);
        String otherCode = (String) TestEnv.column("SELECT code FROM station WHERE id = ?", other).get(0);
        long first;
        long moved;
        // two database sessions, as two instances or pooled connections would write
        try (Connection one = TestEnv.database(); Connection two = TestEnv.database()) {
            first = tip(one, null, "DISPUTE", "NEW", "2026-03-03T10:00:00+08:00");
            tip(two, null, "DISPUTE", "NEW", "2026-03-03T11:00:00+08:00");
            moved = tip(two, null, "OTHER", "NEW", "2026-03-04T11:00:00+08:00");
        }
        assertThat(patrol(head.get("stats/patrol?" + MARCH + "&groupBy=station").json().getJsonObject("total")))
                .containsExactly(0L, "0.0", 0L, 3L, 0L);
        try (Connection db = TestEnv.database()) {
            db.createStatement().executeUpdate("UPDATE tip SET status = 'RESOLVED' WHERE id = " + first);
            db.createStatement().executeUpdate("UPDATE tip SET station_id = " + other + ", handed_from_station_id = " + station
                    + " WHERE id = " + moved);
        }
        JsonObject after = head.get("stats/patrol?" + MARCH + "&groupBy=station").json();
        assertThat(patrol(after.getJsonObject("total"))).as("one resolved, one handed over").containsExactly(0L, "0.0", 0L, 2L, 1L);
        assertThat(after.getJsonArray("tipsByCategory")).extracting(c -> ((JsonObject) c).getString("category")).containsExactly("DISPUTE");
        JsonObject receiving = Api.demo("supervisor1").get("stats/patrol?" + MARCH + "&groupBy=station&station=" + otherCode).json();
        assertThat(patrol(receiving.getJsonObject("total"))).containsExactly(0L, "0.0", 0L, 1L, 0L);

        assertThat(head.post("stats/tip-days/compaction", null).status()).isEqualTo(403);
        assertThat(admin.post("stats/tip-days/compaction", null).status()).isEqualTo(200);
        assertThat(TestEnv.number("SELECT count(*) FROM tip_daily WHERE station_id IN (?, ?) AND slot <> 0", station, other))
                .as("past days are folded into slot 0").isZero();
        assertThat(TestEnv.number("SELECT sum(tips) FROM tip_daily WHERE station_id = ? AND day = DATE '2026-03-03'", station)).isEqualTo(2);
        assertThat(patrol(head.get("stats/patrol?" + MARCH + "&groupBy=station").json().getJsonObject("total")))
                .as("the same figures after folding").containsExactly(0L, "0.0", 0L, 2L, 1L);
    }

    @Test
    void liaisonFiguresStandAsAtTheEndOfThePeriod() throws Exception {
        liaisonMonth();
        JsonObject march = head.get("stats/liaison?" + MARCH).json();
        assertThat(march.getJsonArray("rows")).hasSize(1);
        JsonObject l = march.getJsonArray("rows").getJsonObject(0);
        assertThat(l.getString("key")).isEqualTo(code);
        assertThat(liaison(l)).containsExactly(3L, 1L, "0.3333", 2L, 2L, "0.67", 3L, 1L, 1L, 2L, 1L, 2L, "3.00");
        assertThat(liaison(march.getJsonObject("total"))).containsExactly(3L, 1L, "0.3333", 2L, 2L, "0.67", 3L, 1L, 1L, 2L, 1L, 2L, "3.00");

        // in February the enterprise's liaison still served, and the March project did not exist yet
        JsonObject february = head.get("stats/liaison?from=2026-02-01&to=2026-02-28").json().getJsonObject("total");
        assertThat(february.getJsonNumber("projects").longValue()).isEqualTo(2);
        assertThat(february.getJsonNumber("covered").longValue()).isEqualTo(2);
        assertThat(february.getJsonNumber("visits").longValue()).isEqualTo(1);
    }

    @Test
    void stationHeadsSeeTheirStationAndOtherRolesNothing() throws Exception {
        patrolMonth();
        long other = Fixtures.station(admin);
        String otherCode = (String) TestEnv.column("SELECT code FROM station WHERE id = ?", other).get(0);
        assertThat(head.get("stats/patrol?" + MARCH + "&groupBy=station&station=" + otherCode).status()).isEqualTo(400);
        assertThat(head.get("stats/liaison?" + MARCH + "&station=" + otherCode).status()).isEqualTo(400);
        Api otherHead = Api.as(Fixtures.account(admin, other, "SUPERVISOR"), Fixtures.PASSWORD);
        assertThat(otherHead.get("stats/patrol?" + MARCH + "&groupBy=station").json().getJsonArray("rows"))
                .as("the other station's head sees none of this station's work").isEmpty();
        JsonObject bureau = Api.demo("supervisor1").get("stats/patrol?" + MARCH + "&groupBy=station&station=" + code).json();
        assertThat(patrol(bureau.getJsonObject("total"))).containsExactly(2L, "6.8", 2L, 4L, 2L);
        JsonArray all = Api.demo("supervisor1").get("stats/patrol?" + MARCH + "&groupBy=station").json().getJsonArray("rows");
        assertThat(all).extracting(r -> ((JsonObject) r).getString("key")).contains(code);
        for (String path : List.of("stats/patrol?" + MARCH + "&groupBy=station", "stats/liaison?" + MARCH,
                "stats/warnings?" + MARCH + "&groupBy=month", "stats/monthly-report?month=2026-03")) {
            assertThat(Api.demo("officer1").download(path).statusCode()).as(path).isEqualTo(403);
            assertThat(Api.demo("liaison1").download(path).statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void theMonthlyReportHasASheetPerDomainWithTheSameFigures() throws Exception {
        patrolMonth();
        liaisonMonth();
        try (Connection db = TestEnv.database()) {
            long a = StatisticsIT.fraudCase(db, station, "ORDER_BRUSHING", "REPORTED", "2026-03-31T23:59:00+08:00");
            StatisticsIT.transfer(db, a, "1234.56");
        }
        HttpResponse<byte[]> xlsx = head.download("stats/monthly-report?month=2026-03&format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("yanghu-monthly-report-2026-03.xlsx");
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
                    .containsExactly("电信网络诈骗", "预警劝阻", "阳湖N警", "企业联络");
            List<List<String>> fraud = cells(book.getSheetAt(0));
            assertThat(fraud.get(1).get(0)).contains("2026-03-01").contains("2026-03-31").contains("测试派出所" + code);
            assertThat(row(fraud, "刷单返利")).startsWith("刷单返利", "1", "0", "0");
            assertThat(row(fraud, "刷单返利").get(5)).as("a number cell, shown grouped").isEqualTo("1,234.56");
            List<List<String>> patrol = cells(book.getSheetAt(2));
            assertThat(row(patrol, code)).containsExactly(code, "2", "6.8", "2", "4", "2", "50.0%");
            assertThat(row(patrol, code + " · 甲组")).containsExactly(code + " · 甲组", "1", "3.8", "2", "2", "1", "50.0%");
            List<List<String>> liaison = cells(book.getSheetAt(3));
            assertThat(row(liaison, code).subList(0, 8)).containsExactly(code, "3", "1", "33.3%", "2", "2", "0.67", "3");
        }
        HttpResponse<byte[]> pdf = head.download("stats/monthly-report?month=2026-03&format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        try (var reader = new com.lowagie.text.pdf.PdfReader(pdf.body())) {
            // the first page: the month's key figures and the charts, then the tables; the patrol section's one name
            var text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            assertThat(text.getTextFromPage(1)).contains("本月要点").contains("1,234.56").contains("6.8").contains("近 12 个月按月趋势")
                    .contains("2026-03").contains("刷单返利").doesNotContain("本月没有记录");
            StringBuilder rest = new StringBuilder();
            for (int page = 2; page <= reader.getNumberOfPages(); page++) {
                rest.append(text.getTextFromPage(page));
            }
            assertThat(rest.toString()).contains("阳湖N警").doesNotContain("群防群治").contains("1,234.56");
        }
        // without a month: the latest month with records of the station (the tip sent on April 1)
        HttpResponse<byte[]> latest = head.download("stats/monthly-report?format=pdf");
        assertThat(latest.statusCode()).isEqualTo(200);
        assertThat(latest.headers().firstValue("Content-Disposition").orElse("")).contains("yanghu-monthly-report-2026-04.pdf");

        HttpResponse<byte[]> future = head.inEnglish().download("stats/monthly-report?month=2099-01");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(json(future).getString("field")).isEqualTo("month");
        assertThat(json(future).getString("message")).contains("current month");
        assertThat(json(head.download("stats/monthly-report?month=2026-3x")).getString("field")).isEqualTo("month");
        assertThat(json(head.download("stats/monthly-report?month=2026-03&format=doc")).getString("field")).isEqualTo("format");
    }

    /** Group 甲组 (v1, v2, a guard without account) and 乙组 (v1): five shifts, five tips, three awards. */
    void patrolMonth() throws Exception {
        try (Connection db = TestEnv.database()) {
            long a = group(db, "甲组");
            long b = group(db, "乙组");
            long a1 = member(db, a, v1);
            long a2 = member(db, a, v2);
            long guard = member(db, a, null);
            long b1 = member(db, b, v1);
            // held: v1 09:00–12:30 counts up to the shift's end (3.0 h), v2 09:10–10:00 (0.8 h), the guard never came
            long s1 = shift(db, a, "2026-03-10T09:00:00+08:00", "2026-03-10T12:00:00+08:00", false);
            signup(db, s1, a1, "2026-03-10T09:00:00+08:00", "2026-03-10T12:30:00+08:00");
            signup(db, s1, a2, "2026-03-10T09:10:00+08:00", "2026-03-10T10:00:00+08:00");
            signup(db, s1, guard, null, null);
            // held, starting on the last Beijing evening of March: 3.0 h
            long s2 = shift(db, b, "2026-03-31T22:00:00+08:00", "2026-04-01T01:00:00+08:00", false);
            signup(db, s2, b1, "2026-03-31T22:00:00+08:00", "2026-04-01T01:00:00+08:00");
            // cancelled, and one nobody checked in to: not held
            long s3 = shift(db, a, "2026-03-20T09:00:00+08:00", "2026-03-20T11:00:00+08:00", true);
            signup(db, s3, a1, "2026-03-20T09:00:00+08:00", "2026-03-20T11:00:00+08:00");
            long s4 = shift(db, a, "2026-03-21T09:00:00+08:00", "2026-03-21T11:00:00+08:00", false);
            signup(db, s4, a2, null, null);
            // April
            long s5 = shift(db, a, "2026-04-02T09:00:00+08:00", "2026-04-02T10:00:00+08:00", false);
            signup(db, s5, a2, "2026-04-02T09:00:00+08:00", "2026-04-02T10:00:00+08:00");

            tip(db, a, "SAFETY_HAZARD", "RESOLVED", "2026-03-05T10:00:00+08:00");
            tip(db, a, "SAFETY_HAZARD", "NEW", "2026-03-06T10:00:00+08:00");
            tip(db, null, "FRAUD_LEAD", "CASE_OPENED", "2026-03-07T10:00:00+08:00");
            tip(db, b, "DISPUTE", "DISMISSED", "2026-03-31T23:59:00+08:00");
            tip(db, a, "OTHER", "NEW", "2026-04-01T00:00:00+08:00");

            award(db, v1, a, "10", "2026-03-10T12:30:00+08:00");
            award(db, v2, a, "5", "2026-03-10T10:00:00+08:00");
            award(db, v1, a, "100", "2026-04-02T10:00:00+08:00");
        }
    }

    /** Three projects by the end of March (one covered), one registered later; visits and requests around March. */
    void liaisonMonth() throws Exception {
        try (Connection db = TestEnv.database()) {
            long e1 = enterprise(db);
            long e2 = enterprise(db);
            long p1 = project(db, e1, "一号项目", "2026-01-10T10:00:00+08:00");
            long p2 = project(db, e2, "二号项目", "2026-01-10T10:00:00+08:00");
            project(db, e1, "三号项目", "2026-03-10T10:00:00+08:00");
            project(db, e1, "四号项目", "2026-04-05T10:00:00+08:00");
            assign(db, p1, null, "2026-02-01T09:00:00+08:00", null);
            assign(db, null, e2, "2026-02-01T09:00:00+08:00", "2026-03-15T09:00:00+08:00");
            visit(db, p1, "2026-03-05");
            visit(db, p1, "2026-03-20");
            visit(db, p1, "2026-04-01");
            visit(db, p2, "2026-02-10");
            // received in March: closed in time (4 stars), resolved late, still in progress past its deadline
            request(db, e1, p1, "2026-03-02T10:00:00+08:00", "2026-03-09T10:00:00+08:00", "CLOSED", "2026-03-08T10:00:00+08:00",
                    "2026-03-10T10:00:00+08:00", 4);
            request(db, e1, p1, "2026-03-15T10:00:00+08:00", "2026-03-20T10:00:00+08:00", "RESOLVED", "2026-03-25T10:00:00+08:00",
                    null, null);
            request(db, e2, p2, "2026-03-31T23:00:00+08:00", "2026-04-05T23:00:00+08:00", "IN_PROGRESS", null, null, null);
            // received in February, rated (2 stars) in March; received in April
            request(db, e2, p2, "2026-02-20T10:00:00+08:00", "2026-02-27T10:00:00+08:00", "CLOSED", "2026-02-26T10:00:00+08:00",
                    "2026-03-03T10:00:00+08:00", 2);
            request(db, e1, p1, "2026-04-01T00:00:00+08:00", "2026-04-08T00:00:00+08:00", "RECEIVED", null, null, null);
        }
    }

    private static Object[] warning(JsonObject w) {
        return new Object[] {w.getJsonNumber("leads").longValue(), w.getJsonNumber("handledInTime").longValue(),
                w.getJsonNumber("dissuaded").longValue(), w.getJsonNumber("alreadyDefrauded").longValue(),
                w.getJsonNumber("unreachable").longValue(), w.getJsonNumber("open").longValue(),
                w.getJsonNumber("defraudedAfterWarning").longValue(), w.getString("inTimeRate"), w.getString("dissuasionRate"),
                w.getString("defraudedAfterWarningRate")};
    }

    private static Object[] patrol(JsonObject p) {
        return new Object[] {p.getJsonNumber("shifts").longValue(), p.getString("volunteerHours"),
                p.getJsonNumber("activeVolunteers").longValue(), p.getJsonNumber("tips").longValue(), p.getJsonNumber("tipsActed").longValue()};
    }

    private static Object[] liaison(JsonObject l) {
        return new Object[] {l.getJsonNumber("projects").longValue(), l.getJsonNumber("covered").longValue(), l.getString("coverageRate"),
                l.getJsonNumber("noRecentVisit").longValue(), l.getJsonNumber("visits").longValue(), l.getString("visitsPerProjectMonth"),
                l.getJsonNumber("requests").longValue(), l.getJsonNumber("open").longValue(), l.getJsonNumber("overdue").longValue(),
                l.getJsonNumber("resolved").longValue(), l.getJsonNumber("resolvedInTime").longValue(), l.getJsonNumber("rated").longValue(),
                l.getString("averageSatisfaction")};
    }

    private static JsonObject keyed(JsonArray rows, String key) {
        return rows.stream().map(JsonObject.class::cast).filter(r -> r.getString("key").equals(key)).findFirst().orElseThrow();
    }

    private static JsonObject json(HttpResponse<byte[]> reply) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new ByteArrayInputStream(reply.body()))) {
            return reader.readObject();
        }
    }

    static List<List<String>> cells(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(format.formatCellValue(cell)));
            rows.add(cells);
        }
        return rows;
    }

    static List<String> row(List<List<String>> rows, String first) {
        return rows.stream().filter(r -> !r.isEmpty() && r.get(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in " + rows));
    }

    private long accountId(String username) throws Exception {
        return TestEnv.number("SELECT id FROM account WHERE username = ?", username);
    }

    private void lead(Connection db, String receivedAt, int deadlineMinutes, String status, Integer outcomeMinutes, Long fraudCase)
            throws Exception {
        Timestamp received = at(receivedAt);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO warning_lead (station_id, phone, source, urgency, received_at, "
                + "deadline, status, outcome_at, fraud_case_id, created_by) VALUES (?, '13800001111', 'ANTI_FRAUD_CENTER', 'URGENT', ?, "
                + "?::timestamptz + make_interval(mins => ?), ?, ?::timestamptz + make_interval(mins => ?), ?, 'test')")) {
            insert.setLong(1, station);
            insert.setTimestamp(2, received);
            insert.setTimestamp(3, received);
            insert.setInt(4, deadlineMinutes);
            insert.setString(5, status);
            insert.setTimestamp(6, outcomeMinutes == null ? null : received);
            insert.setInt(7, outcomeMinutes == null ? 0 : outcomeMinutes);
            insert.setObject(8, fraudCase);
            insert.executeUpdate();
        }
    }

    private long group(Connection db, String name) throws Exception {
        return insert(db, "INSERT INTO patrol_group (station_id, name, leading_officer_id) VALUES (?, ?, ?) RETURNING id", station, name, officer);
    }

    private long member(Connection db, long group, Long account) throws Exception {
        return insert(db, "INSERT INTO group_member (group_id, account_id, name, kind, joined_on) VALUES (?, ?, '队员', ?, DATE '2026-01-01') "
                + "RETURNING id", group, account, account == null ? "SECURITY_GUARD" : "VOLUNTEER");
    }

    private long shift(Connection db, long group, String start, String end, boolean cancelled) throws Exception {
        return insert(db, "INSERT INTO shift (group_id, station_id, area, starts_at, ends_at, needed, cancelled, created_by) "
                + "VALUES (?, ?, '湖塘街道', ?, ?, 3, ?, 'test') RETURNING id", group, station, at(start), at(end), cancelled);
    }

    private void signup(Connection db, long shift, long member, String in, String out) throws Exception {
        insert(db, "INSERT INTO shift_signup (shift_id, member_id, signed_up_at, checked_in_at, checked_out_at) "
                + "VALUES (?, ?, TIMESTAMPTZ '2026-01-01 00:00+08', ?, ?) RETURNING id", shift, member, at(in), at(out));
    }

    private long tip(Connection db, Long group, String category, String status, String sentAt) throws Exception {
        String key = TestEnv.unique();
        return insert(db, "INSERT INTO tip (station_id, group_id, submitter_account_id, idempotency_key, request_hash, tracking_code, category, "
                + "occurred_at, place, description, status, submitted_at) VALUES (?, ?, ?, ?, 'h', ?, ?, ?, '湖塘', '统计测试', ?, ?) RETURNING id",
                station, group, v1, key, "T" + key, category, at(sentAt),
                status, at(sentAt));
    }

    private void award(Connection db, long account, long group, String points, String awardedAt) throws Exception {
        insert(db, "INSERT INTO points_award (account_id, group_id, station_id, rule_code, points, reason, source_type, source_id, "
                + "awarded_at, awarded_by) VALUES (?, ?, ?, 'PUBLICITY_EVENT', ?::numeric, 'test', 'TEST', nextval('points_award_id_seq'), ?, 'test') "
                + "RETURNING id", account, group, station, points, at(awardedAt));
    }

    private long enterprise(Connection db) throws Exception {
        String credit = "91320412" + TestEnv.uniqueLetters(10).toUpperCase();
        return insert(db, "INSERT INTO enterprise (station_id, name, credit_code, sector, created_at) VALUES (?, ?, ?, 'MANUFACTURING', now()) "
                + "RETURNING id", station, "统计测试企业" + credit, credit);
    }

    private long project(Connection db, long enterprise, String name, String createdAt) throws Exception {
        return insert(db, "INSERT INTO project (enterprise_id, station_id, name, created_at) VALUES (?, ?, ?, ?) RETURNING id",
                enterprise, station, name, at(createdAt));
    }

    private void assign(Connection db, Long project, Long enterprise, String start, String end) throws Exception {
        insert(db, "INSERT INTO liaison_assignment (project_id, enterprise_id, station_id, officer_id, started_at, assigned_by, ended_at) "
                + "VALUES (?, ?, ?, ?, ?, 'test', ?) RETURNING id", project, enterprise, station, officer, at(start), at(end));
    }

    private void visit(Connection db, long project, String day) throws Exception {
        insert(db, "INSERT INTO visit (project_id, station_id, officer_id, visited_on, people_met, topics, recorded_at) "
                + "VALUES (?, ?, ?, ?, '经理', '走访', now()) RETURNING id", project, station, officer, Date.valueOf(day));
    }

    private void request(Connection db, long enterprise, long project, String received, String deadline, String status, String resolved,
                         String closed, Integer rating) throws Exception {
        insert(db, "INSERT INTO enterprise_request (enterprise_id, project_id, station_id, category, description, received_at, deadline_at, "
                + "owner_id, status, resolved_at, closed_at, rating) VALUES (?, ?, ?, 'OTHER', '统计测试', ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                enterprise, project, station, at(received), at(deadline), officer, status, at(resolved), at(closed), rating);
    }

    private static Timestamp at(String instant) {
        return instant == null ? null : Timestamp.from(OffsetDateTime.parse(instant).toInstant());
    }

    private static long insert(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
