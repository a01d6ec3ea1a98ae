package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** One record of a person: a repeat victim, a possible secondary fraud, and the station's repeat and elderly figures. */
class PersonIT extends DeployedApplication {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** A valid ID-card number nobody else's test uses, of someone born on that day. */
    static String idCard(String birthDate) {
        String first17 = "320412" + birthDate + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK[sum % 11];
    }

    private static long report(Api officer, String fraudType, String reportedAt, String idNumber, String phone) {
        Api.Reply created = officer.post("fraud-cases", Json.createObjectBuilder()
                .add("fraudType", fraudType).add("reportedAt", reportedAt).add("narrative", "受害人来所报案。")
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "王某").add("idNumber", idNumber)
                        .add("phone", phone))).build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }

    @Test
    void aVictimWhoComesBackIsARepeatVictimAndARecoveryCaseASecondaryFraud() throws Exception {
        Api admin = Api.demo("admin");
        long stationA = Fixtures.station(admin);
        long stationB = Fixtures.station(admin);
        String officerAName = Fixtures.account(admin, stationA, "OFFICER");
        Api officerA = Api.as(officerAName, Fixtures.PASSWORD);
        Api headA = Api.as(Fixtures.account(admin, stationA, "SUPERVISOR"), Fixtures.PASSWORD);
        Api officerB = Api.as(Fixtures.account(admin, stationB, "OFFICER"), Fixtures.PASSWORD);
        String elderly = idCard("19500301");
        String young = idCard("19900615");
        String phone = "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));

        assertThat(officerA.post("warning-leads", Json.createObjectBuilder().add("phone", phone).add("personName", "王某")
                .add("source", "HOTLINE_96110").add("urgency", "NORMAL").add("receivedAt", "2026-02-02T10:00:00+08:00").build())
                .status()).isEqualTo(201);
        long first = report(officerA, "ELDERLY_CARE", "2026-03-10T09:30:00+08:00", elderly, phone);
        long again = report(officerA, "FAKE_RECOVERY", "2026-11-20T15:00:00+08:00", elderly, phone);
        report(officerA, "ORDER_BRUSHING", "2026-11-21T15:00:00+08:00", young, "136" + phone.substring(3));

        JsonObject person = officerA.get("persons?idNumber=" + elderly).json();
        assertThat(person.getJsonArray("cases").getValuesAs(JsonObject.class)).extracting(c -> c.getJsonNumber("id").longValue())
                .containsExactly(again, first);
        assertThat(person.getBoolean("repeatVictim")).isTrue();
        assertThat(person.getBoolean("secondaryFraudRisk")).isTrue();
        assertThat(person.getJsonArray("leads")).hasSize(1);
        assertThat(officerA.get("persons?phone=" + phone.substring(0, 3) + "%20" + phone.substring(3)).json().getJsonArray("cases")).hasSize(2);
        assertThat(TestEnv.number("SELECT count(*) FROM audit_entry WHERE action = 'VIEW_PERSONAL_DATA' AND entity_type = 'Person' "
                + "AND entity_id = ?", person.getString("id"))).isEqualTo(1);

        // another station sees that the person has cases and warnings, by number, station and date only
        JsonObject fromB = officerB.get("persons?idNumber=" + elderly).json();
        assertThat(fromB.getJsonArray("cases").getValuesAs(JsonObject.class)).allSatisfy(c -> {
            assertThat(c.getBoolean("visible")).isFalse();
            assertThat(c.getString("reportedAt")).isNotBlank();
            assertThat(c.containsKey("fraudType")).isFalse();
            assertThat(c.containsKey("status")).isFalse();
        });
        assertThat(fromB.getJsonArray("leads").getValuesAs(JsonObject.class)).singleElement().satisfies(l -> {
            assertThat(l.getBoolean("visible")).isFalse();
            assertThat(l.getString("receivedAt")).startsWith("2026-02-02");
            assertThat(l.containsKey("status")).isFalse();
        });
        assertThat(officerA.get("persons?idNumber=" + elderly + "&phone=" + phone).json().getString("field")).isEqualTo("phone");
        assertThat(officerA.get("persons?idNumber=320412195003010000").json().getString("field")).isEqualTo("idNumber");

        // the case page shows the victim's earlier case and the warning, a repeat victim and the prompt to warn
        String page = PageSession.signIn(officerAName, Fixtures.PASSWORD).get("fraud/case.xhtml?id=" + again).body();
        assertThat(page).contains("受害人的其他案件和预警").contains("重复被害人").contains("二次诈骗").contains("曾被预警劝阻")
                .contains(officerA.get("fraud-cases/" + first).json().getString("caseNumber"));

        // the station's figures: March one elderly victim; November two victims, one repeat, one elderly
        JsonArray figures = headA.get("persons/figures?from=2026-01-01&to=2026-12-31").array();
        assertThat(figures.getValuesAs(JsonObject.class)).extracting(f -> f.getString("month") + " " + f.getInt("victims") + " "
                + f.getInt("repeatVictims") + " " + f.getInt("elderlyVictims")).containsExactly("2026-03 1 0 1", "2026-11 2 1 1");
        // the monthly report: the station's repeat and elderly victims, and the footnote that defines them
        String code = figures.getJsonObject(1).getString("stationCode");
        java.net.http.HttpResponse<byte[]> xlsx = headA.download("stats/monthly-report?month=2026-11&format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (org.apache.poi.ss.usermodel.Workbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.body()))) {
            java.util.List<java.util.List<String>> fraud = StatisticsDomainsIT.cells(book.getSheetAt(0));
            java.util.List<String> firsts = fraud.stream().map(r -> r.isEmpty() ? "" : r.get(0)).toList();
            int title = firsts.indexOf("重复被害人与老年被害人");
            assertThat(title).isPositive();
            assertThat(StatisticsDomainsIT.row(fraud.subList(title, fraud.size()), code)).containsExactly(code, "2", "1", "1");
            assertThat(fraud.stream().map(r -> r.isEmpty() ? "" : r.get(0)).filter(c -> c.startsWith("注："))).singleElement()
                    .asString().contains("12 个月").contains("60 周岁");
        }
        java.net.http.HttpResponse<byte[]> pdf = headA.inEnglish().download("stats/monthly-report?month=2026-11&format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var reader = new com.lowagie.text.pdf.PdfReader(pdf.body())) {
            var text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                all.append(text.getTextFromPage(p));
            }
            assertThat(all.toString()).contains("Repeat and elderly victims").contains("Note: victims");
        }
        assertThat(officerA.get("persons/figures?from=2026-01-01&to=2026-12-31").status()).isEqualTo(403);
        assertThat(headA.get("persons/figures?from=2026-01-01&to=2029-12-31").json().getString("field")).isEqualTo("to");
    }

    /**
     * The figures are counted from per-victim repeat gaps kept by the database (victim_daily): after a backdated case, a
     * moved report time, a corrected ID-card number, a case moved to another station, a deleted case and a deleted victim
     * they are still what the definition says, for the current repeat period and after an administrator changes it.
     */
    @Test
    void victimFiguresStayExactWhenCasesAreBackdatedCorrectedOrDeletedAndThePeriodChanges() throws Exception {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        long other = Fixtures.station(admin);
        Api head = Api.as(Fixtures.account(admin, station, "SUPERVISOR"), Fixtures.PASSWORD);
        String old = idCard("19480229");
        String young = idCard("19920731");
        String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        try (Connection db = TestEnv.database()) {
            long january = insertCase(db, station, "2026-01-15T10:00:00+08:00", old, null);
            long june = insertCase(db, station, "2026-06-10T10:00:00+08:00", old, null);
            // at the end of a month: "a month before 30 April 10:00" is 30 March 10:00, so the March case counts
            insertCase(db, station, "2026-03-31T23:30:00+08:00", null, phone);
            insertCase(db, station, "2026-04-30T10:00:00+08:00", null, phone);
            long july = insertCase(db, station, "2026-07-01T09:00:00+08:00", young, "13900000000");
            assertThat(figures(head)).containsExactly("2026-01 1 0 1", "2026-03 1 0 0", "2026-04 1 1 0", "2026-06 1 1 1", "2026-07 1 0 0");
            assertExact(db, head, station);

            // a backdated case (reported now, happened last December) makes the July victim a repeat victim
            insertCase(db, station, "2025-12-20T08:00:00+08:00", young, null);
            // and one between two others: June's earlier case is now March's
            long march = insertCase(db, station, "2026-03-01T00:00:00+08:00", old, null);
            assertExact(db, head, station);
            execute(db, "UPDATE fraud_case SET reported_at = reported_at - interval '6 months' WHERE id = ?", january);
            assertExact(db, head, station);

            // a corrected ID-card number: the July victim was the elderly person, not the young one
            execute(db, "UPDATE fraud_victim SET id_card_number = ? WHERE fraud_case_id = ?", old, july);
            assertThat(figures(head)).contains("2026-07 1 1 1");
            assertExact(db, head, station);

            // a case moved to another station, a deleted case, a deleted victim
            execute(db, "UPDATE fraud_case SET station_id = ? WHERE id = ?", other, march);
            assertExact(db, head, station);
            execute(db, "DELETE FROM fraud_case WHERE id = ?", june);
            assertExact(db, head, station);
            execute(db, "DELETE FROM fraud_victim WHERE fraud_case_id = ?", march);
            assertExact(db, head, station);

            // another repeat period: the same counts answer it, exactly
            try {
                for (int months : new int[]{1, 2, 7, 60}) {
                    execute(db, "UPDATE search_setting SET repeat_months = ?, version = version + 1 WHERE id = 1", months);
                    assertExact(db, head, station);
                }
                execute(db, "UPDATE search_setting SET repeat_months = ?, version = version + 1 WHERE id = 1", 1);
                // one month: only the phone's April case (a month after 31 March 23:30, by the calendar) is a repeat
                assertThat(figures(head)).contains("2026-04 1 1 0").contains("2026-07 1 0 1");
            } finally {
                execute(db, "UPDATE search_setting SET repeat_months = 12, version = version + 1 WHERE id = 1", null);
            }
        }
    }

    private static List<String> figures(Api head) {
        return head.get("persons/figures?from=2025-01-01&to=2026-12-31").array().getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("month") + " " + f.getInt("victims") + " " + f.getInt("repeatVictims") + " " + f.getInt("elderlyVictims"))
                .toList();
    }

    /** The API's figures are what the definition counts from the cases themselves (a look-back per victim, Beijing time). */
    private static void assertExact(Connection db, Api head, long station) throws Exception {
        List<String> expected = new ArrayList<>();
        try (Statement zone = db.createStatement()) {
            zone.execute("SET TIME ZONE 'Asia/Shanghai'");
        }
        try (PreparedStatement q = db.prepareStatement("SELECT to_char(c.reported_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, "
                + "count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM fraud_victim o JOIN fraud_case oc ON oc.id = o.fraud_case_id "
                + "WHERE oc.reported_at < c.reported_at AND oc.reported_at >= c.reported_at - make_interval(months => "
                + "(SELECT repeat_months FROM search_setting)) AND ((v.id_card_number IS NOT NULL AND o.id_card_number = v.id_card_number) "
                + "OR (v.id_card_number IS NULL AND v.phone IS NOT NULL AND o.id_card_number IS NULL AND o.phone = v.phone)))), "
                + "count(*) FILTER (WHERE v.id_card_number ~ '^[0-9]{6}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])' "
                + "AND substr(v.id_card_number, 7, 8) <= to_char((c.reported_at AT TIME ZONE 'Asia/Shanghai') - interval '60 years', 'YYYYMMDD')) "
                + "FROM fraud_victim v JOIN fraud_case c ON c.id = v.fraud_case_id WHERE c.station_id = ? "
                + "AND c.reported_at >= '2025-01-01T00:00:00+08:00' AND c.reported_at < '2027-01-01T00:00:00+08:00' GROUP BY 1 ORDER BY 1")) {
            q.setLong(1, station);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    expected.add(rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3) + " " + rs.getLong(4));
                }
            }
        }
        assertThat(figures(head)).isEqualTo(expected);
    }

    private static long insertCase(Connection db, long station, String reportedAt, String idNumber, String phone) throws Exception {
        long id;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO fraud_case (case_number, station_id, fraud_type, status, "
                + "reported_at, narrative, created_by) VALUES (?, ?, 'OTHER', 'REPORTED', ?, '受害人来所报案。', 'test') RETURNING id")) {
            insert.setString(1, "VF-" + TestEnv.unique());
            insert.setLong(2, station);
            insert.setTimestamp(3, Timestamp.from(OffsetDateTime.parse(reportedAt).toInstant()));
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO fraud_victim (fraud_case_id, position, name, id_card_number, "
                + "phone) VALUES (?, 1, '王某', ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, idNumber);
            insert.setString(3, phone);
            insert.executeUpdate();
        }
        return id;
    }

    private static void execute(Connection db, String sql, Object value, Object... more) throws Exception {
        try (PreparedStatement update = db.prepareStatement(sql)) {
            if (value != null) {
                update.setObject(1, value);
            }
            for (int i = 0; i < more.length; i++) {
                update.setObject(i + 2, more[i]);
            }
            update.executeUpdate();
        }
    }
}
