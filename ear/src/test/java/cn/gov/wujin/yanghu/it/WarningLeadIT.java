package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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

/**
 * Early-warning leads: deadlines, outcomes, the case a lead turns into (registered through the
 * intake, all or nothing), CSV import all-or-nothing.
 */
class WarningLeadIT extends DeployedApplication {

    private Api admin;
    private long station;
    private String stationCode;
    private String officerName;
    private Api officer;

    @BeforeEach
    void aStationWithAnOfficer() {
        admin = Api.demo("admin");
        station = Fixtures.station(admin);
        stationCode = admin.get("stations/" + station).json().getString("code");
        officerName = Fixtures.account(admin, station, "OFFICER");
        officer = Api.as(officerName, Fixtures.PASSWORD);
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
        Api.Reply withoutCase = officer.post("warning-leads/" + id + "/outcome", Json.createObjectBuilder()
                .add("outcome", "ALREADY_DEFRAUDED").add("contactMethod", "CALL").build());
        assertThat(withoutCase.status()).isEqualTo(400);
        assertThat(withoutCase.json().getString("field")).isEqualTo("case");
        assertThat(officer.get("warning-leads/" + id).json().getString("status")).isEqualTo("OPEN");

        JsonObject handled = officer.post("warning-leads/" + id + "/outcome", Json.createObjectBuilder()
                .add("outcome", "ALREADY_DEFRAUDED").add("contactMethod", "VISIT").add("note", "已转账两笔，立即报案")
                .add("case", report("ORDER_BRUSHING", "已转账两笔，立即报案", victim("王某", null))).build()).json();
        assertThat(handled.getString("status")).isEqualTo("ALREADY_DEFRAUDED");
        assertThat(handled.getString("caseNumber")).startsWith(stationCode + "-");
        JsonObject opened = officer.get("fraud-cases/" + handled.getJsonNumber("fraudCaseId").longValue()).json();
        assertThat(opened.getString("narrative")).isEqualTo("已转账两笔，立即报案");

        Api.Reply again = officer.post("warning-leads/" + id + "/outcome", Json.createObjectBuilder()
                .add("outcome", "DISSUADED").add("contactMethod", "CALL").build());
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void alreadyDefraudedWithInvalidCaseFieldsNamesEachFieldAndStoresNothing() throws Exception {
        long id = officer.post("warning-leads", lead(randomPhone(), "URGENT", null)).id();
        JsonObject broken = report("NO_SUCH_TYPE", "报案经过", victim("王某", "12"))
                .add("reportedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(1).truncatedTo(ChronoUnit.SECONDS).format(TestEnv.ISO_TIME))
                .add("transfers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("time", "2026-11-20T10:15:00+08:00")
                        .add("amount", "-5").add("channel", "BANK_CARD")))
                .add("identifiers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "QQ").add("value", "012")))
                .build();
        Api.Reply refused = officer.inEnglish().post("warning-leads/" + id + "/outcome", Json.createObjectBuilder()
                .add("outcome", "ALREADY_DEFRAUDED").add("contactMethod", "CALL").add("case", broken).build());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
                .containsExactlyInAnyOrder("case.fraudType", "case.reportedAt", "case.victims[0].phone", "case.transfers[0].amount",
                        "case.identifiers[0].value");
        assertThat(refused.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("message")))
                .allMatch(m -> !m.isBlank());

        // the form's own constraints are named the same way
        Api.Reply unnamed = officer.post("warning-leads/" + id + "/outcome", Json.createObjectBuilder()
                .add("outcome", "ALREADY_DEFRAUDED").add("contactMethod", "CALL")
                .add("case", report("ORDER_BRUSHING", "报案经过", victim(" ", null))).build());
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
                .contains("case.victims[0].name");

        JsonObject lead = officer.get("warning-leads/" + id).json();
        assertThat(lead.getString("status")).isEqualTo("OPEN");
        assertThat(lead.containsKey("fraudCaseId") && !lead.isNull("fraudCaseId")).isFalse();
        assertThat(TestEnv.number("SELECT count(*) FROM fraud_case WHERE station_id = ?", station)).isZero();
        assertThat(TestEnv.number("SELECT count(*) FROM audit_entry WHERE entity_type = 'WarningLead' AND entity_id = ? "
                + "AND action = 'UPDATE'", String.valueOf(id))).isZero();
    }

    @Test
    void alreadyDefraudedRegistersTheCaseThroughTheIntakeWithItsOfficerNumberAndTrail() throws Exception {
        String phone = randomPhone();
        long id = officer.post("warning-leads", lead(phone, "URGENT", null)).id();
        JsonObject handled = officer.post("warning-leads/" + id + "/outcome", Json.createObjectBuilder()
                .add("outcome", "ALREADY_DEFRAUDED").add("contactMethod", "CALL").add("note", "本人确认已转账")
                .add("case", report("FAKE_CUSTOMER_SERVICE", "自称快递客服，以理赔为由诱导转账。", victim("王某某", "+86 " + phone))
                        .add("transfers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("time", "2026-11-20T10:15:00+08:00").add("amount", "5000.00").add("channel", "ALIPAY")
                                .add("toAccount", "pay-refund@fake.example"))))
                .build()).json();
        assertThat(handled.getString("status")).isEqualTo("ALREADY_DEFRAUDED");
        assertThat(handled.getString("contactMethod")).isEqualTo("CALL");
        assertThat(handled.getString("outcomeNote")).isEqualTo("本人确认已转账");
        long caseId = handled.getJsonNumber("fraudCaseId").longValue();

        JsonObject opened = officer.get("fraud-cases/" + caseId + "?full=true").json();
        assertThat(opened.getString("caseNumber")).matches(stationCode + "-\\d{4}-\\d{6}").isEqualTo(handled.getString("caseNumber"));
        assertThat(opened.getString("assignedOfficer")).isEqualTo(officerName);
        assertThat(opened.getString("status")).isEqualTo("REPORTED");
        assertThat(opened.getJsonArray("victims").getJsonObject(0).getString("name")).isEqualTo("王某某");
        assertThat(opened.getJsonArray("victims").getJsonObject(0).getString("phone")).isEqualTo(phone);
        assertThat(opened.getString("totalLoss")).isEqualTo("5000.00");
        assertThat(opened.getJsonArray("tips")).isEmpty();

        assertThat(TestEnv.number("SELECT count(*) FROM audit_entry WHERE actor = ? AND action = 'CREATE' AND entity_type = 'FraudCase' "
                + "AND entity_id = ?", officerName, String.valueOf(caseId))).isEqualTo(1);
        assertThat(TestEnv.number("SELECT count(*) FROM audit_entry WHERE actor = ? AND action = 'UPDATE' AND entity_type = 'WarningLead' "
                + "AND entity_id = ?", officerName, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void aVictimPhoneSentAsTheLeadShowsItMaskedIsTheLeadsPhone() {
        String phone = randomPhone();
        long id = officer.post("warning-leads", lead(phone, "NORMAL", null)).id();
        String shown = officer.get("warning-leads/" + id).json().getString("phone");
        assertThat(shown).contains("****");
        long caseId = officer.post("warning-leads/" + id + "/outcome", Json.createObjectBuilder()
                .add("outcome", "ALREADY_DEFRAUDED").add("contactMethod", "VISIT")
                .add("case", report("FAKE_LOAN", "申请贷款被要求交保证金", victim("王某", shown))).build())
                .json().getJsonNumber("fraudCaseId").longValue();
        assertThat(officer.get("fraud-cases/" + caseId + "?full=true").json().getJsonArray("victims").getJsonObject(0)
                .getString("phone")).isEqualTo(phone);
    }

    @Test
    void aLaterCaseOfTheSamePhoneIsLinkedToTheLead() {
        String phone = randomPhone();
        long leadId = officer.post("warning-leads", lead(phone, "NORMAL",
                OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(1).truncatedTo(ChronoUnit.SECONDS))).id();
        String caseNumber = officer.post("fraud-cases", Json.createObjectBuilder().add("fraudType", "FAKE_LOAN")
                .add("reportedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).format(TestEnv.ISO_TIME))
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
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestEnv.baseUrl() + "api/v1/warning-leads/import"))
                .header("Authorization", "Bearer " + officer.token()).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(content)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        ApiContract.check(request, ApiContract.Body.of(content), response, ApiContract.Body.of(response.body()));
        return response;
    }

    private static JsonObject lead(String phone, String urgency, OffsetDateTime receivedAt) {
        var b = Json.createObjectBuilder().add("phone", phone).add("personName", "王某").add("source", "ANTI_FRAUD_CENTER")
                .add("urgency", urgency);
        if (receivedAt != null) {
            b.add("receivedAt", receivedAt.format(TestEnv.ISO_TIME)); // with its seconds even at :00 (toString drops them)
        }
        return b.build();
    }

    /** A report as the intake takes it, for the outcome's {@code case}. */
    private static JsonObjectBuilder report(String fraudType, String narrative, JsonObjectBuilder victim) {
        return Json.createObjectBuilder().add("fraudType", fraudType)
                .add("reportedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).format(TestEnv.ISO_TIME))
                .add("narrative", narrative).add("victims", Json.createArrayBuilder().add(victim));
    }

    private static JsonObjectBuilder victim(String name, String phone) {
        JsonObjectBuilder victim = Json.createObjectBuilder().add("name", name);
        return phone == null ? victim : victim.add("phone", phone);
    }

    private static String randomPhone() {
        return "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
