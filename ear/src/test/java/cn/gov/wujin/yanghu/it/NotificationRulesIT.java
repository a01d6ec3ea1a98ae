package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The rules that tell people what needs them, end to end: a change through the API, and the rows
 * it leaves in {@code notification} (who, what kind, with which arguments and link). Timed rules
 * are also checked when a record is recorded or changed, which is what these tests use: no
 * waiting for the minute timer, which runs the same query over every record.
 */
class NotificationRulesIT extends DeployedApplication {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    /** One row of the notification table. */
    record Notice(long account, String kind, List<String> args, String link, String onceKey) {
    }

    @Test
    void aTipsStatusChangeReachesItsTipsterAndNobodyElse() throws Exception {
        Api volunteer = Api.demo("volunteer1");
        Api officer = Api.demo("officer1");
        JsonObject sent = volunteer.post("tips", tip("SAFETY_HAZARD", "小区消防通道被杂物堵塞"), "Idempotency-Key", UUID.randomUUID().toString())
                .json();
        String code = sent.getString("trackingCode");
        assertThat(noticesAbout(code)).as("nothing before the triage").isEmpty();

        Api.Reply dismissed = officer.post("tips/" + sent.getJsonNumber("id").longValue() + "/triage", Json.createObjectBuilder()
                .add("action", "DISMISS").add("note", "已由物业处理").build());
        assertThat(dismissed.status()).as(dismissed.body()).isEqualTo(200);
        assertThat(noticesAbout(code)).containsExactly(new Notice(LockoutIT.accountId("volunteer1"), "TIP_STATUS_CHANGED",
                List.of(code, "#tipStatus.DISMISSED"), "/patrol/my-tips.xhtml", "tip:" + sent.getJsonNumber("id").longValue() + ":DISMISSED"));

        // an anonymous tipster has no account to tell: the tracking page shows the status
        sql("DELETE FROM rate_limit_window WHERE bucket LIKE 'anonymous-tip:%'");
        Api.Reply anonymous = Api.anonymous().post("public/tips", Json.createObjectBuilder(tip("SAFETY_HAZARD", "桥下电线裸露"))
                .add("stationCode", "HT").build(), "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(anonymous.status()).as(anonymous.body()).isIn(200, 201);
        assertThat(officer.post("tips/" + anonymous.id() + "/triage", Json.createObjectBuilder().add("action", "RESOLVE")
                .add("note", "已通知供电所").build()).status()).isEqualTo(200);
        assertThat(noticesAbout(anonymous.json().getString("trackingCode"))).isEmpty();
    }

    @Test
    void aShiftsMembersHearOfItsMoveAndCancellationAndOnlyThoseNotSignedUpAreCalledForCover() throws Exception {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        Api officer = Api.as(Fixtures.account(admin, station, "OFFICER"), Fixtures.PASSWORD);
        String groupName = "通知巡防队" + TestEnv.unique();
        long group = officer.post("patrol-groups", Json.createObjectBuilder().add("name", groupName).build()).id();
        List<Long> members = new ArrayList<>();
        List<Api> phones = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String name = Fixtures.account(admin, station, "VOLUNTEER");
            Api volunteer = Api.as(name, Fixtures.PASSWORD);
            long application = volunteer.post("patrol-groups/" + group + "/applications", Json.createObjectBuilder().build()).id();
            assertThat(officer.post("patrol-groups/applications/" + application + "/decision", Json.createObjectBuilder()
                    .add("approve", true).build()).status()).isEqualTo(200);
            members.add(LockoutIT.accountId(name));
            phones.add(volunteer);
        }
        long outsider = LockoutIT.accountId(Fixtures.account(admin, station, "VOLUNTEER"));
        long a = members.get(0);
        long b = members.get(1);
        long c = members.get(2);

        // three days ahead: no reminder, no call for cover yet
        OffsetDateTime planned = OffsetDateTime.now().plusDays(3);
        JsonObject shift = officer.post("shifts", shift(group, "人民路沿线", planned, 3)).json();
        long id = shift.getJsonNumber("id").longValue();
        for (Api signsUp : phones.subList(0, 2)) {
            assertThat(signsUp.put("shifts/" + id + "/signup", Json.createObjectBuilder().build(), Api.freshKey()).status()).isEqualTo(201);
        }
        assertThat(notices(members, outsider)).isEmpty();
        // who signs up after a reminder's moment chose the shift knowing it: these two signed up days ago
        sql("UPDATE shift_signup SET signed_up_at = now() - interval '2 days' WHERE shift_id = ?", id);

        // moved to 20 hours ahead, two of three signed up: the move and the day-before reminder to the two, the call to the third
        OffsetDateTime moved = OffsetDateTime.now().plusHours(20);
        Api.Reply done = officer.put("shifts/" + id + "?version=" + shift.getJsonNumber("version").longValue(),
                shift(group, "花园街—淹城路", moved, 3));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        String start = time(moved.toString());
        List<Notice> told = notices(members, outsider);
        assertThat(told).filteredOn(n -> n.kind().equals("SHIFT_MOVED")).extracting(Notice::account).containsExactlyInAnyOrder(a, b);
        assertThat(told).filteredOn(n -> n.kind().equals("SHIFT_TOMORROW")).extracting(Notice::account).containsExactlyInAnyOrder(a, b);
        assertThat(told).filteredOn(n -> n.kind().equals("SHIFT_COVER_NEEDED")).singleElement().satisfies(n -> {
            assertThat(n.account()).isEqualTo(c);
            assertThat(n.args()).containsExactly(groupName, start, "花园街—淹城路", "1");
        });
        assertThat(told).hasSize(5).allSatisfy(n -> assertThat(n.link()).isEqualTo("/patrol/shifts.xhtml"))
                .noneMatch(n -> n.account() == outsider);
        assertThat(told).filteredOn(n -> n.kind().equals("SHIFT_MOVED"))
                .allSatisfy(n -> assertThat(n.args()).containsExactly(groupName, start, "花园街—淹城路"));

        long version = done.json().getJsonNumber("version").longValue();
        assertThat(officer.delete("shifts/" + id + "?version=" + version).status()).isEqualTo(200);
        assertThat(notices(members, outsider)).filteredOn(n -> n.kind().equals("SHIFT_CANCELLED")).extracting(Notice::account)
                .containsExactlyInAnyOrder(a, b);
        assertThat(notices(members, outsider)).hasSize(7);
    }

    @Test
    void aLockoutReachesTheAdministrators() throws Exception {
        Api admin = Api.demo("admin");
        String user = Fixtures.account(admin, Fixtures.station(admin), "OFFICER");
        for (int i = 1; i <= 5; i++) {
            assertThat(Api.anonymous().post("auth/token", Json.createObjectBuilder().add("username", user)
                    .add("password", "wrong-password-" + i).build()).status()).isEqualTo(401);
        }
        List<Notice> told = query("SELECT account_id, kind, args, link, once_key FROM notification WHERE kind = 'ACCOUNT_LOCKED' "
                + "AND once_key LIKE ?", "account-locked:" + LockoutIT.accountId(user) + ":%");
        List<Object> admins = TestEnv.column("SELECT a.id FROM account a JOIN account_role r ON r.account_id = a.id "
                + "WHERE a.active AND r.role = 'ADMIN'");
        assertThat(told).extracting(Notice::account).containsExactlyInAnyOrderElementsOf(admins.stream()
                .map(v -> ((Number) v).longValue()).toList()).contains(LockoutIT.accountId("admin"));
        assertThat(told).allSatisfy(n -> {
            assertThat(n.args()).startsWith(user, "测试 " + user);
            assertThat(n.link()).isEqualTo("/admin/accounts.xhtml");
        });
    }

    @Test
    void aStopPaymentEndingSoonOrEndedReachesTheCasesOfficerOnly() throws Exception {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        String officerName = Fixtures.account(admin, station, "OFFICER");
        Api officer = Api.as(officerName, Fixtures.PASSWORD);
        Api colleague = Api.as(Fixtures.account(admin, station, "OFFICER"), Fixtures.PASSWORD);
        String twoDaysAgo = beijing(OffsetDateTime.now().minusHours(52));
        Api.Reply created = officer.post("fraud-cases", Json.createObjectBuilder().add("fraudType", "IMPERSONATING_AUTHORITIES")
                .add("reportedAt", twoDaysAgo).add("narrative", "冒充公检法要求转账到安全账户")
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "甲"))).build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long caseId = created.id();
        String caseNumber = created.json().getString("caseNumber");

        // requested 43 hours ago (entered late, by a colleague): 5 hours left, the case's officer hears it at once
        JsonObject ending = stopPayment(colleague, caseId, uniqueAccount("3333"), beijing(OffsetDateTime.now().minusHours(43)));
        List<Notice> told = query("SELECT account_id, kind, args, link, once_key FROM notification WHERE once_key LIKE ?",
                "stop-payment-%:" + ending.getJsonNumber("id").longValue() + ":%");
        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.account()).isEqualTo(LockoutIT.accountId(officerName));
            assertThat(n.kind()).isEqualTo("STOP_PAYMENT_ENDING");
            assertThat(n.args()).containsExactly(caseNumber, "某银行", "************3333", time(ending.getString("windowEndsAt")));
            assertThat(n.link()).isEqualTo("/fraud/case.xhtml?id=" + caseId);
        });
        // a kind that goes by SMS: the message waits in the outbox, in the same transaction, masked as the notification
        assertThat(TestEnv.column("SELECT text FROM sms_outbox WHERE account_id = ? AND kind = 'STOP_PAYMENT_ENDING'",
                LockoutIT.accountId(officerName))).singleElement().asString()
                .startsWith("【阳湖警务】止付即将到期：" + caseNumber).contains("************3333").doesNotContain("2222 3333");

        // requested 50 hours ago and never answered: its window ended without a freeze
        JsonObject ended = stopPayment(colleague, caseId, uniqueAccount("6666"), beijing(OffsetDateTime.now().minusHours(50)));
        assertThat(query("SELECT account_id, kind, args, link, once_key FROM notification WHERE once_key LIKE ?",
                "stop-payment-%:" + ended.getJsonNumber("id").longValue() + ":%"))
                .extracting(Notice::account, Notice::kind).containsExactly(tuple(
                        LockoutIT.accountId(officerName), "STOP_PAYMENT_ENDED"));

        // requested now: 48 hours ahead, nothing to tell
        JsonObject fresh = stopPayment(officer, caseId, uniqueAccount("9999"), null);
        assertThat(query("SELECT account_id, kind, args, link, once_key FROM notification WHERE once_key LIKE ?",
                "stop-payment-%:" + fresh.getJsonNumber("id").longValue() + ":%")).isEmpty();
    }

    @Test
    void anEscalatedRequestReachesItsLiaisonAndTheStationsHeads() throws Exception {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        String headName = Fixtures.account(admin, station, "SUPERVISOR");
        Api head = Api.as(headName, Fixtures.PASSWORD);
        String liaisonName = Fixtures.account(admin, station, "LIAISON");
        Api.Reply enterprise = head.post("enterprises", Json.createObjectBuilder().add("name", "通知测试有限公司" + TestEnv.unique())
                .add("creditCode", LiaisonIT.creditCode()).add("sector", "MANUFACTURING").build());
        assertThat(enterprise.status()).as(enterprise.body()).isEqualTo(201);
        Api.Reply late = head.post("enterprise-requests", Json.createObjectBuilder().add("enterpriseId", enterprise.id())
                .add("category", "DISPUTE_HELP").add("description", "工人讨薪堵门，请求协助调处").add("owner", liaisonName)
                .add("receivedAt", beijing(OffsetDateTime.now().minusDays(20))).build());
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        assertThat(admin.post("enterprise-requests/escalation", null).status()).isEqualTo(200);

        List<Notice> told = query("SELECT account_id, kind, args, link, once_key FROM notification WHERE once_key IN (?, ?)",
                "request-overdue:" + late.id(), "request-escalated:" + late.id());
        assertThat(told).extracting(Notice::account, Notice::kind).containsExactlyInAnyOrder(
                tuple(LockoutIT.accountId(liaisonName), "REQUEST_OVERDUE"),
                tuple(LockoutIT.accountId(headName), "REQUEST_ESCALATED"));
        assertThat(told).allSatisfy(n -> {
            assertThat(n.args().get(1)).isEqualTo("工人讨薪堵门，请求协助调处");
            assertThat(n.link()).isEqualTo("/liaison/requests.xhtml?overdue=true");
        });
    }

    // ---- helpers

    /** A 16-digit account of this test only, ending in {@code last4}: an account may be stopped twice in all, across tests too. */
    private static String uniqueAccount(String last4) {
        return "6222 " + String.format("%04d %04d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000),
                java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000)) + " " + last4;
    }

    private static JsonObject stopPayment(Api who, long caseId, String account, String requestedAt) {
        var body = Json.createObjectBuilder().add("bank", "某银行").add("account", account).add("amountRequested", "10000.00");
        if (requestedAt != null) {
            body.add("requestedAt", requestedAt);
        }
        Api.Reply reply = who.post("fraud-cases/" + caseId + "/stop-payments", body.build());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        String compact = account.replace(" ", "");
        return reply.json().getJsonObject("money").getJsonArray("stopPayments").stream().map(v -> (JsonObject) v)
                .filter(s -> s.getString("account").equals(compact)).findFirst().orElseThrow();
    }

    private static JsonObject shift(long group, String area, OffsetDateTime start, int needed) {
        return Json.createObjectBuilder().add("groupId", group).add("area", area).add("startsAt", beijing(start))
                .add("endsAt", beijing(start.plusHours(2))).add("needed", needed).build();
    }

    private static JsonObject tip(String category, String description) {
        return Json.createObjectBuilder().add("category", category).add("occurredAt", beijing(OffsetDateTime.now().minusMinutes(20)))
                .add("place", "湖塘镇人民路与长虹路路口").add("description", description).build();
    }

    private static String beijing(OffsetDateTime t) {
        return t.withOffsetSameInstant(BEIJING).truncatedTo(ChronoUnit.SECONDS).format(TestEnv.ISO_TIME);
    }

    private static void sql(String statement, Object... parameters) throws Exception {
        try (Connection db = TestEnv.database(); PreparedStatement s = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    /** A time as the texts show it ("12-06 19:30", Beijing). */
    private static String time(String isoInstant) {
        return OffsetDateTime.parse(isoInstant).withOffsetSameInstant(BEIJING).format(DateTimeFormatter.ofPattern("MM-dd HH:mm"));
    }

    private static List<Notice> noticesAbout(String trackingCode) throws Exception {
        return query("SELECT account_id, kind, args, link, once_key FROM notification WHERE kind = 'TIP_STATUS_CHANGED' "
                + "AND args LIKE ?", "[\"" + trackingCode + "\",%");
    }

    private static List<Notice> notices(List<Long> members, long outsider) throws Exception {
        List<Long> everyone = new ArrayList<>(members);
        everyone.add(outsider);
        return query("SELECT account_id, kind, args, link, once_key FROM notification WHERE account_id = ANY (string_to_array(?, ',')::bigint[]) "
                + "ORDER BY id", String.join(",", everyone.stream().map(String::valueOf).toList()));
    }

    private static List<Notice> query(String sql, Object... parameters) throws Exception {
        List<Notice> notices = new ArrayList<>();
        try (Connection db = TestEnv.database(); PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    try (var reader = Json.createReader(new StringReader(rs.getString("args")))) {
                        notices.add(new Notice(rs.getLong("account_id"), rs.getString("kind"),
                                reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                                rs.getString("link"), rs.getString("once_key")));
                    }
                }
            }
        }
        return notices;
    }
}
