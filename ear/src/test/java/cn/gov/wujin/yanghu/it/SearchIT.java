package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one search box: Chinese found character by character as a phrase, phones however typed,
 * and a record of another station never shown or counted.
 */
class SearchIT extends DeployedApplication {

    private Api admin;
    private Api officerA;
    private Api officerB;
    private Api volunteerA;
    private Api volunteerB;
    /** A word only this test's records hold, so the counts are the test's own. */
    private String word;

    @BeforeEach
    void twoStationsWithAnOfficerAndAVolunteerEach() {
        admin = Api.demo("admin");
        long stationA = Fixtures.station(admin);
        long stationB = Fixtures.station(admin);
        officerA = Api.as(Fixtures.account(admin, stationA, "OFFICER"), Fixtures.PASSWORD);
        officerB = Api.as(Fixtures.account(admin, stationB, "OFFICER"), Fixtures.PASSWORD);
        volunteerA = Api.as(Fixtures.account(admin, stationA, "VOLUNTEER"), Fixtures.PASSWORD);
        volunteerB = Api.as(Fixtures.account(admin, stationB, "VOLUNTEER"), Fixtures.PASSWORD);
        word = "zx" + TestEnv.uniqueLetters(8).toLowerCase();
    }

    static String query(String q) {
        return "search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static long tip(Api volunteer, String description) {
        Api.Reply sent = volunteer.post("tips", Json.createObjectBuilder().add("category", "FRAUD_LEAD")
                .add("occurredAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(20).withNano(0).format(TestEnv.ISO_TIME))
                .add("place", "湖塘镇人民路").add("description", description).build(), "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(sent.status()).isEqualTo(201);
        return sent.id();
    }

    @Test
    void aForeignStationsTipIsNeverShownOrCounted() {
        long tipA = tip(volunteerA, "有人在养老院门口推销" + word + "保健品，自称能领养老金");
        long tipB = tip(volunteerB, "养老 " + word + " 另一个派出所的线索");

        JsonObject a = officerA.get(query("养老 " + word)).json();
        assertThat(a.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(a.getJsonObject("counts").getInt("TIP")).isEqualTo(1);
        JsonObject row = a.getJsonArray("rows").getJsonObject(0);
        assertThat(row.getString("kind")).isEqualTo("TIP");
        assertThat(row.getJsonNumber("id").longValue()).isEqualTo(tipA);
        assertThat(row.getString("snippet")).contains("<mark>养老</mark>院").contains("<mark>" + word + "</mark>");
        assertThat(row.getString("page")).isEqualTo("/patrol/officer/tips.xhtml");

        JsonObject b = officerB.get(query(word + " 养老")).json();
        assertThat(b.getJsonArray("rows").getValuesAs(JsonObject.class)).extracting(r -> r.getJsonNumber("id").longValue())
                .containsExactly(tipB);
        assertThat(b.getJsonNumber("total").longValue()).isEqualTo(1);

        // the bureau sees both stations; a phrase is characters next to each other in order
        assertThat(Api.demo("supervisor1").get(query("养老 " + word)).json().getJsonNumber("total").longValue()).isEqualTo(2);
        assertThat(Api.demo("supervisor1").get(query("老养 " + word)).json().getJsonNumber("total").longValue()).isZero();
        assertThat(Api.demo("supervisor1").get(query("养老院 " + word)).json().getJsonNumber("total").longValue()).isEqualTo(1);
        // kinds the caller does not ask for, or may not open, are left out
        assertThat(officerA.get(query(word) + "&kinds=CASE,LEAD").json().getJsonNumber("total").longValue()).isZero();
        assertThat(officerA.get(query(word) + "&kinds=CASE,LEAD").json().getJsonObject("counts").keySet())
                .containsExactlyInAnyOrder("CASE", "LEAD");
        assertThat(Api.demo("liaison1").get(query(word)).json().getJsonObject("counts").keySet())
                .doesNotContain("CASE", "TIP", "LEAD");
        assertThat(volunteerA.get(query(word)).status()).isEqualTo(403);
    }

    @Test
    void aPhoneIsFoundHoweverTypedAndShownMasked() throws Exception {
        String tail = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String typed = "139 " + tail.substring(0, 4) + " " + tail.substring(4);
        JsonObject report = Json.createObjectBuilder(FraudCaseIT.report("+86 171 " + tail).build())
                .add("narrative", "礼嘉的老人接到电话 " + typed + "，对方自称公安，要求把钱转入“安全账户”。").build();
        Api.Reply created = officerA.post("fraud-cases", report);
        assertThat(created.status()).isEqualTo(201);
        String number = created.json().getString("caseNumber");
        long caseId = TestEnv.number("SELECT id FROM fraud_case WHERE case_number = ?", number);
        // the answer names the row the insert wrote, though its trigger wrote sightings with ids of their own
        assertThat(created.json().getJsonNumber("id").longValue()).isEqualTo(caseId);

        for (String q : List.of("+86-139-" + tail.substring(0, 4) + "-" + tail.substring(4), "139" + tail, "0086 139" + tail)) {
            JsonObject found = officerA.get(query(q) + "&kinds=CASE").json();
            assertThat(found.getJsonNumber("total").longValue()).as(q).isEqualTo(1);
            JsonObject row = found.getJsonArray("rows").getJsonObject(0);
            assertThat(row.getString("title")).isEqualTo(number);
            assertThat(row.getString("snippet")).contains("<mark>139 **** " + tail.substring(4) + "</mark>").doesNotContain(tail.substring(0, 4) + " ");
            assertThat(row.getJsonNumber("id").longValue()).isEqualTo(caseId);
            assertThat(row.getString("page")).isEqualTo("/fraud/case.xhtml?id=" + caseId);
        }
        // by its number, typed in lower case; a two-character word with the phone, ordered by relevance
        assertThat(officerA.get(query(number.toLowerCase()) + "&kinds=CASE").json().getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(officerA.get(query("礼嘉 139" + tail) + "&order=RELEVANCE").json().getJsonNumber("total").longValue()).isEqualTo(1);
        // another station's officer finds nothing of it
        assertThat(officerB.get(query("139" + tail)).json().getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void badQueriesNameTheParameter() {
        for (String q : List.of("search?q=", query("，。！"), query("x".repeat(101)))) {
            Api.Reply refused = officerA.get(q);
            assertThat(refused.status()).as(q).isEqualTo(400);
            assertThat(refused.json().getString("field")).isEqualTo("q");
        }
        assertThat(officerA.get(query("养老") + "&kinds=CASE,NOPE").json().getString("field")).isEqualTo("kinds");
        assertThat(officerA.get(query("养老") + "&order=OLDEST").json().getString("field")).isEqualTo("order");
    }

    @Test
    void aTipNamingACasesPhoneIsSeenOnBothAndCountedOnlyUntilDismissed() throws Exception {
        String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Api.Reply created = officerA.post("fraud-cases", FraudCaseIT.report("+86 " + phone).build());
        assertThat(created.status()).isEqualTo(201);
        long caseId = created.id();
        long tipA = tip(volunteerA, "有人冒充客服打来电话 " + phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7)
                + "，让老人下载“安全防护”APP");
        long tipB = tip(volunteerB, "电话" + phone + "也打给了这里的老人");
        String sighting = "identifiers/sighting?type=PHONE&value=" + phone;

        JsonObject seenA = officerA.get(sighting).json();
        assertThat(seenA.getJsonNumber("cases").longValue()).isEqualTo(1);
        assertThat(seenA.getJsonNumber("tips").longValue()).isEqualTo(2); // every station's, counted without naming
        assertThat(seenA.getJsonArray("records").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("kind") + "#" + r.getJsonNumber("id").longValue())
                .containsExactlyInAnyOrder("CASE#" + caseId, "TIP#" + tipA); // the case on the tip, the tip on the case
        JsonObject seenB = officerB.get(sighting).json();
        assertThat(seenB.getJsonArray("records").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("kind") + "#" + r.getJsonNumber("id").longValue()).containsExactly("TIP#" + tipB);

        // the app the tip names is indexed too, as the database and the Java twin extract it
        assertThat(TestEnv.number("SELECT count(*) FROM identifier_sighting WHERE kind = 'TIP' AND record_id = ? AND type = 'APP' "
                + "AND value = '安全防护'", tipA)).isEqualTo(1);
        assertThat(TestEnv.number("SELECT count(*) FROM extract_identifiers('订单号 2013812345678999，身份证 110105194912310029，"
                + "邮箱 someone@qq.com')")).isZero();

        // officer B may not dismiss station A's sighting (404, as missing); officer A dismisses it with a reason
        long sightingA = TestEnv.number("SELECT id FROM identifier_sighting WHERE kind = 'TIP' AND record_id = ? AND type = 'PHONE'", tipA);
        String dismissal = "identifiers/sightings/" + sightingA + "/dismissal";
        assertThat(officerB.post(dismissal, Json.createObjectBuilder().add("reason", "不是").build()).status()).isEqualTo(404);
        assertThat(officerA.post(dismissal, Json.createObjectBuilder().add("reason", " ").build()).json().getString("field"))
                .isEqualTo("reason");
        assertThat(officerA.post(dismissal, Json.createObjectBuilder().add("reason", "报警人本人的号码").build()).status()).isEqualTo(204);
        assertThat(officerA.post(dismissal, Json.createObjectBuilder().add("reason", "再来一次").build()).status()).isEqualTo(409);
        JsonObject after = officerA.get(sighting).json();
        assertThat(after.getJsonNumber("tips").longValue()).isEqualTo(1);
        assertThat(after.getJsonArray("records").getValuesAs(JsonObject.class)).extracting(r -> r.getString("kind")).containsExactly("CASE");
    }
}
