package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Early-warning leads: deadlines, outcomes, the case a lead turns into, CSV import all-or-nothing. */
class WarningLeadIT extends DeployedApplication {

    private Api admin;
    private String stationCode;
    private Api officer;

    @BeforeEach
    void aStationWithAnOfficer() {
        admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        stationCode = admin.get("stations/" + station).json().getString("code");
        officer = Api.as(Fixtures.account(admin, station, "OFFICER"), Fixtures.PASSWORD);
    }

    @Test
    void anUrgentLeadIsDueInThirtyMinutesAndOverdueAfter() {
        OffsetDateTime anHourAgo = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
        JsonObject lead = officer.post("warning-leads", lead(randomPhone(), "URGENT", anHourAgo)).json();
        assertThat(Duration.between(OffsetDateTime.parse(lead.getString("receivedAt")), OffsetDateTime.parse(lead.getString("deadline"))))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(lead.getBoolean("overdue")).isTrue();
        assertThat(lead.getString("phone")).contains("****");
        assertThat(officer.get("warning-leads?overdue=true").json().getJsonArray("rows").stream()
                .map(v -> ((JsonObject) v).getJsonNumber("id").longValue())).contains(lead.getJsonNumber("id").longValue());

        JsonObject normal = officer.post("warning-leads", lead(randomPhone(), "NORMAL", null)).json();
        assertThat(normal.getBoolean("overdue")).isFalse();
    }

    @Test
    void alreadyDefraudedOpensALinkedCaseAndTheOutcomeIsRecordedOnce() {
        long id = officer.post("warning-leads", lead(randomPhone(), "URGENT", null)).id();
        Api.Reply withoutType = officer.post("warning-leads/" + id + "/outcome", Json.createObjectBuilder()
                .add("outcome", "ALREADY_DEFRAUDED").add("contactMethod", "CALL").build());
        assertThat(withoutType.status()).isEqualTo(400);
        assertThat(withoutType.json().getString("field")).isEqualTo("fraudType");

        JsonObject handled = officer.post("warning-leads/" + id + "/outcome", Json.createObjectBuilder()
                .add("outcome", "ALREADY_DEFRAUDED").add("contactMethod", "VISIT").add("note", "已转账两笔，立即报案")
                .add("fraudType", "ORDER_BRUSHING").build()).json();
        assertThat(handled.getString("status")).isEqualTo("ALREADY_DEFRAUDED");
        assertThat(handled.getString("caseNumber")).startsWith(stationCode + "-");
        JsonObject opened = officer.get("fraud-cases/" + handled.getJsonNumber("fraudCaseId").longValue()).json();
        assertThat(opened.getString("narrative")).isEqualTo("已转账两笔，立即报案");

        Api.Reply again = officer.post("warning-leads/" + id + "/outcome", Json.createObjectBuilder()
                .add("outcome", "DISSUADED").add("contactMethod", "CALL").build());
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void aLaterCaseOfTheSamePhoneIsLinkedToTheLead() {
        String phone = randomPhone();
        long leadId = officer.post("warning-leads", lead(phone, "NORMAL",
                OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(1).truncatedTo(ChronoUnit.SECONDS))).id();
        String caseNumber = officer.post("fraud-cases", Json.createObjectBuilder().add("fraudType", "FAKE_LOAN")
                .add("reportedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("narrative", "预警后仍被骗")
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "丙").add("phone", "+86 " + phone)))
                .build()).json().getString("caseNumber");
        assertThat(officer.get("warning-leads/" + leadId).json().getString("caseNumber")).isEqualTo(caseNumber);
    }

    @Test
    void aCsvWithOneBadRowImportsNothingAndNamesTheRow() throws Exception {
        String good = stationCode + "," + randomPhone() + ",张三,ANTI_FRAUD_CENTER,URGENT,2026-11-27T10:00:00+08:00";
        String bad = stationCode + ",not-a-phone,李四,HOTLINE_96110,SOON,2026-11-27T10:05:00+08:00";
        String header = "station_code,phone,name,source,urgency,received_at";
        HttpResponse<String> refused = csv(header + "\n" + good + "\n" + bad + "\n");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonObject body = Json.createReader(new java.io.StringReader(refused.body())).readObject();
        assertThat(body.getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
                .containsExactlyInAnyOrder("rows[3].phone", "rows[3].urgency");
        assertThat(officer.get("warning-leads").json().getJsonNumber("total").longValue()).isZero();

        HttpResponse<String> accepted = csv(header + "\n" + good + "\n");
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("\"imported\":1");
        assertThat(officer.get("warning-leads").json().getJsonNumber("total").longValue()).isEqualTo(1);
    }

    @Test
    void quotedFieldsAreReadAsInASpreadsheetAndMoreRowsThanTheCapAreRefusedAsAWhole() throws Exception {
        String header = "station_code,phone,name,source,urgency,received_at";
        HttpResponse<String> quoted = csv("\uFEFF" + header + "\r\n" + stationCode + "," + randomPhone()
                + ",\"王, \"\"老王\"\"\",HOTLINE_96110,NORMAL,\r\n\r\n");
        assertThat(quoted.statusCode()).as(quoted.body()).isEqualTo(200);
        assertThat(quoted.body()).contains("\"imported\":1");
        assertThat(officer.get("warning-leads").json().getJsonArray("rows").getJsonObject(0).getString("personName"))
                .isEqualTo("王, \"老王\"");

        StringBuilder tooMany = new StringBuilder(header).append('\n');
        for (int i = 0; i <= 10_000; i++) {
            tooMany.append(stationCode).append(',').append(randomPhone()).append(",,HOTLINE_96110,NORMAL,\n");
        }
        HttpResponse<String> refused = csv(tooMany.toString());
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonObject body = Json.createReader(new java.io.StringReader(refused.body())).readObject();
        assertThat(body.getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field"))).containsExactly("file");
        assertThat(officer.get("warning-leads").json().getJsonNumber("total").longValue()).isEqualTo(1);
    }

    private HttpResponse<String> csv(String content) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestEnv.baseUrl() + "api/v1/warning-leads/import"))
                .header("Authorization", "Bearer " + officer.token()).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(content)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject lead(String phone, String urgency, OffsetDateTime receivedAt) {
        var b = Json.createObjectBuilder().add("phone", phone).add("personName", "王某").add("source", "ANTI_FRAUD_CENTER")
                .add("urgency", urgency);
        if (receivedAt != null) {
            b.add("receivedAt", receivedAt.toString());
        }
        return b.build();
    }

    private static String randomPhone() {
        return "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
