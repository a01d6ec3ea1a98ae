package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

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
}
