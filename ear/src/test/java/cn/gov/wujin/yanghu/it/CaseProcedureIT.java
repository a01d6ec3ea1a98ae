package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The procedure after not filing, through the REST API: reconsideration in and out of its time
 * (the clock moved by setting the serving and the steps in the past), upheld, reviewed at the
 * bureau and reversed; the filing review extended twice, then refused; re-opening on new facts;
 * papers served; the public progress lookup and its limit.
 */
class CaseProcedureIT extends DeployedApplication {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private Api officer;
    private Api head;
    private Api bureau;
    private String phone;

    @BeforeEach
    void aStationWithStaff() {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        officer = Api.as(Fixtures.account(admin, station, "OFFICER"), Fixtures.PASSWORD);
        head = Api.as(Fixtures.account(admin, station, "SUPERVISOR"), Fixtures.PASSWORD);
        bureau = Api.demo("supervisor1");
        phone = "139" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    @Test
    void reconsiderationInItsTimeOnlyThenUpheldReviewedAndReversedAtTheBureau() throws Exception {
        long c = notFiled();
        // the notice served: recorded, and shown on the case
        Api.Reply served = officer.post("fraud-cases/" + c + "/services", Json.createObjectBuilder().add("document", "NOT_FILING_NOTICE")
                .add("method", "IN_PERSON").add("servedTo", "张某（报案人本人）").build());
        assertThat(served.status()).as(served.body()).isEqualTo(201);
        JsonObject service = served.json().getJsonArray("services").getJsonObject(0);
        assertThat(service.getString("document")).isEqualTo("NOT_FILING_NOTICE");
        assertThat(service.getString("method")).isEqualTo("IN_PERSON");
        assertThat(service.getString("servedTo")).isEqualTo("张某（报案人本人）");
        // a paper the case has not made yet; a serving in the future
        assertThat(officer.post("fraud-cases/" + c + "/services", Json.createObjectBuilder().add("document", "REVIEW_DECISION")
                .add("method", "POST").add("servedTo", "张某").build()).status()).isEqualTo(409);
        assertThat(officer.post("fraud-cases/" + c + "/services", Json.createObjectBuilder().add("document", "NOT_FILING_NOTICE")
                .add("method", "POST").add("servedTo", "张某").add("servedAt", Instant.now().plus(Duration.ofDays(1)).atZone(BEIJING)
                        .toOffsetDateTime().toString()).build()).status()).isEqualTo(400);

        // ten days ago not filed, served eight days ago: the 7 days are over
        sql("UPDATE case_transition SET occurred_at = occurred_at - interval '10 days' WHERE fraud_case_id = ?", c);
        sql("UPDATE notice_service SET served_at = now() - interval '8 days' WHERE fraud_case_id = ?", c);
        Api.Reply late = officer.post("fraud-cases/" + c + "/transitions", action("RECONSIDER", null));
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        String endedOn = LocalDate.now(BEIJING).minusDays(1).toString();
        assertThat(late.body()).contains(endedOn);
        assertThat(officer.get("fraud-cases/" + c).json().getString("status")).isEqualTo("NOT_FILED");

        // served six days ago: in time
        sql("UPDATE notice_service SET served_at = now() - interval '6 days' WHERE fraud_case_id = ?", c);
        JsonObject reconsidering = step(officer, c, "RECONSIDER", null);
        assertThat(reconsidering.getString("status")).isEqualTo("RECONSIDERING");
        assertThat(Instant.parse(reconsidering.getString("dueAt"))).isBetween(Instant.now().plus(Duration.ofDays(29)),
                Instant.now().plus(Duration.ofDays(31)));
        assertThat(officer.post("fraud-cases/" + c + "/transitions", action("UPHOLD", "维持")).status()).isEqualTo(403);
        assertThat(head.post("fraud-cases/" + c + "/transitions", action("UPHOLD", null)).status()).isEqualTo(400);
        assertThat(step(head, c, "UPHOLD", "经复议，仍不符合立案条件").getString("status")).isEqualTo("NOT_FILED");
        // asked once: a second reconsideration is not possible
        assertThat(officer.post("fraud-cases/" + c + "/transitions", action("RECONSIDER", null)).status()).isEqualTo(409);

        assertThat(step(officer, c, "REQUEST_REVIEW", "报案人向分局申请复核").getString("status")).isEqualTo("REVIEWING");
        // the station's head may not decide a review: the bureau's supervisor does
        Api.Reply byHead = head.post("fraud-cases/" + c + "/transitions", action("REVIEW_REVERSE", null));
        assertThat(byHead.status()).as(byHead.body()).isEqualTo(403);
        JsonObject filed = step(bureau, c, "REVIEW_REVERSE", "经复核，应予立案");
        assertThat(filed.getString("status")).isEqualTo("FILED");
        List<String> actions = new ArrayList<>();
        filed.getJsonArray("transitions").forEach(t -> actions.add(t.asJsonObject().getString("action")));
        assertThat(actions).containsExactly("ACCEPT", "NOT_FILE", "RECONSIDER", "UPHOLD", "REQUEST_REVIEW", "REVIEW_REVERSE");
    }

    @Test
    void theFilingReviewIsExtendedTwiceThenRefusedAndNewFactsReopenANotFiledCase() throws Exception {
        long c = accepted();
        Instant acceptedAt = Instant.parse(officer.get("fraud-cases/" + c).json().getJsonArray("transitions").getJsonObject(0)
                .getString("at"));
        assertThat(officer.post("fraud-cases/" + c + "/transitions", action("EXTEND_REVIEW", "案情复杂")).status()).isEqualTo(403);
        assertThat(Instant.parse(step(head, c, "EXTEND_REVIEW", "案情复杂，需调取银行流水").getString("dueAt")))
                .isEqualTo(acceptedAt.plus(Duration.ofDays(30)));
        JsonObject twice = step(head, c, "EXTEND_REVIEW", "仍需调查");
        assertThat(twice.getString("status")).isEqualTo("ACCEPTED");
        assertThat(Instant.parse(twice.getString("dueAt"))).isEqualTo(acceptedAt.plus(Duration.ofDays(60)));
        Api.Reply third = head.post("fraud-cases/" + c + "/transitions", action("EXTEND_REVIEW", "再次延长"));
        assertThat(third.status()).as(third.body()).isEqualTo(409);

        long notFiled = notFiled();
        JsonObject reopened = step(head, notFiled, "REOPEN", "报案人提供了新的转账记录");
        assertThat(reopened.getString("status")).isEqualTo("ACCEPTED");
        assertThat(Instant.parse(reopened.getString("dueAt"))).isBetween(Instant.now().plus(Duration.ofDays(2)),
                Instant.now().plus(Duration.ofDays(4)));
    }

    @Test
    void thePublicSeesTheStatusAndTheDayOnlyWithTheRightPhone() throws Exception {
        TipIT.waitIfTheRateWindowEndsSoon();
        sql("DELETE FROM rate_limit_window WHERE bucket LIKE 'public-case:%'");
        long c = notFiled();
        String code = officer.get("fraud-cases/" + c).json().getString("receiptCode");
        Api anonymous = Api.anonymous();

        Api.Reply found = anonymous.get("public/cases/" + code.toLowerCase() + "?phoneLast4=" + phone.substring(7));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        JsonObject progress = found.json();
        assertThat(progress.keySet()).containsExactlyInAnyOrder("status", "statusZh", "statusEn", "lastStepOn");
        assertThat(progress.getString("status")).isEqualTo("NOT_FILED");
        assertThat(progress.getString("statusZh")).isEqualTo("不予立案");
        assertThat(progress.getString("statusEn")).isEqualTo("Not filed");
        assertThat(progress.getString("lastStepOn")).isEqualTo(LocalDate.now(BEIJING).toString());

        Api.Reply wrongPhone = anonymous.get("public/cases/" + code + "?phoneLast4=" + wrong(phone.substring(7)));
        Api.Reply unknown = anonymous.get("public/cases/" + (code.startsWith("A") ? "B" : "A") + code.substring(1) + "?phoneLast4="
                + phone.substring(7));
        Api.Reply noPhone = anonymous.get("public/cases/" + code);
        assertThat(wrongPhone.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(noPhone.status()).isEqualTo(404);
        assertThat(wrongPhone.body()).isEqualTo(unknown.body()).isEqualTo(noPhone.body());

        // three lookups so far counted (the one without a phone is not): seven more pass, the eleventh is refused
        int passed = 0;
        int status = 0;
        for (int i = 0; i < 10 && status != 429; i++) {
            status = anonymous.get("public/cases/" + code + "?phoneLast4=" + phone.substring(7)).status();
            passed += status == 200 ? 1 : 0;
        }
        assertThat(status).isEqualTo(429);
        assertThat(passed).isEqualTo(7);
        sql("DELETE FROM rate_limit_window WHERE bucket LIKE 'public-case:%'");
    }

    private static String wrong(String last4) {
        return String.format("%04d", (Integer.parseInt(last4) + 1) % 10_000);
    }

    private long accepted() {
        Api.Reply reported = officer.post("fraud-cases", FraudCaseIT.report("+86 171 " + ThreadLocalRandom.current().nextInt(1000_0000, 9999_9999))
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "张某").add("phone", phone)))
                .build());
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        long c = reported.id();
        step(officer, c, "ACCEPT", null);
        return c;
    }

    private long notFiled() {
        long c = accepted();
        step(head, c, "NOT_FILE", "不属于刑事案件");
        return c;
    }

    private static JsonObject step(Api who, long c, String action, String reason) {
        Api.Reply reply = who.post("fraud-cases/" + c + "/transitions", action(action, reason));
        assertThat(reply.status()).as(action + " " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonObject action(String action, String reason) {
        var body = Json.createObjectBuilder().add("action", action);
        if (reason != null) {
            body.add("reason", reason);
        }
        return body.build();
    }

    private static void sql(String statement, Object... parameters) throws SQLException {
        try (Connection db = TestEnv.database(); PreparedStatement s = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }
}
