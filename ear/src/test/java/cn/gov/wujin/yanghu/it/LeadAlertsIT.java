package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Urgent warning leads reach the people who must act, in the lead's own transaction: officer1
 * and head1 of 湖塘 (HT) at once, not officer2 of 牛塘 (NT); a volunteer on duty in the lead's
 * community is asked to go to the door and answers (the answer shows on the lead), one on duty
 * in another community hears nothing and may not answer; a lead that is not stored tells nobody;
 * the heads hear again after 10 minutes without outcome, the bureau at the deadline. What was
 * told is read from the notification table.
 */
class LeadAlertsIT extends DeployedApplication {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private Api admin;
    private Api officer1;
    private long hutang;

    @BeforeEach
    void hutang() throws SQLException {
        admin = Api.demo("admin");
        officer1 = Api.demo("officer1");
        hutang = TestEnv.number("SELECT id FROM station WHERE code = 'HT'");
    }

    @Test
    void anUrgentLeadReachesTheStationAndTheVolunteersOnDutyInItsCommunityWhoAnswerOnTheLead() throws Exception {
        long here = Fixtures.community(admin, hutang);
        long there = Fixtures.community(admin, hutang);
        String nearby = onDutyIn(here);
        String elsewhere = onDutyIn(there);
        Api volunteer = Api.as(nearby, Fixtures.PASSWORD);
        Api stranger = Api.as(elsewhere, Fixtures.PASSWORD);

        String phone = phone();
        Api.Reply created = officer1.post("warning-leads", lead(phone, "URGENT", null).add("personName", "张三丰")
                .add("community", here).add("address", "人民路8号3单元502").build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long lead = created.id();
        assertThat(created.json().getJsonNumber("communityId").longValue()).isEqualTo(here);
        assertThat(created.json().getString("address")).isEqualTo("人民路8号3单元502");
        JsonArray asked = created.json().getJsonArray("help");
        assertThat(asked).hasSize(1);
        assertThat(asked.getJsonObject(0).getString("member")).isEqualTo("测试 " + nearby);
        assertThat(asked.getJsonObject(0).get("answer")).as("not answered yet").isIn(null, JsonValue.NULL);

        List<Told> urgent = told("/fraud/leads.xhtml?lead=" + lead, "LEAD_URGENT");
        assertThat(urgent).extracting(Told::username).contains("officer1", "head1").doesNotContain("officer2", nearby, elsewhere);
        String masked = phone.substring(0, 3) + "****" + phone.substring(7);
        assertThat(urgent.get(0).args()).startsWith("[\"张**\",\"" + masked + "\"").endsWith(",\"湖塘派出所\"]").doesNotContain(phone);

        List<Told> help = told("/patrol/help.xhtml?lead=" + lead, "LEAD_HELP_REQUESTED");
        assertThat(help).extracting(Told::username).containsExactly(nearby);
        assertThat(help.get(0).args()).startsWith("[\"测试社区").contains("人民路8号3单元502", "\"张**\"").doesNotContain(phone, masked);

        // what the member sees: where and whom, the surname only, never the phone
        Api.Reply request = volunteer.get("warning-leads/" + lead + "/help-request");
        assertThat(request.status()).as(request.body()).isEqualTo(200);
        assertThat(request.json().getString("person")).isEqualTo("张**");
        assertThat(request.json().getString("address")).isEqualTo("人民路8号3单元502");
        assertThat(request.json().getBoolean("open")).isTrue();
        assertThat(request.body()).doesNotContain(phone, masked, "三丰");

        // nobody else: another community's volunteer cannot see it (404), staff may not answer (403)
        assertThat(stranger.get("warning-leads/" + lead + "/help-request").status()).isEqualTo(404);
        assertThat(stranger.post("warning-leads/" + lead + "/help", answer("GOING", null)).status()).isEqualTo(404);
        assertThat(officer1.post("warning-leads/" + lead + "/help", answer("GOING", null)).status()).isEqualTo(403);
        Api.Reply unanswered = volunteer.inEnglish().post("warning-leads/" + lead + "/help", JsonValue.EMPTY_JSON_OBJECT);
        assertThat(unanswered.status()).isEqualTo(400);
        assertThat(unanswered.json().getString("field")).isEqualTo("answer");

        // on the phone, from the notification's link: where, whom, three big buttons
        try (Browser mobile = Browser.open(390, 844)) {
            mobile.go("patrol/help.xhtml?lead=" + lead).logIn(nearby, Fixtures.PASSWORD).waitForText("#person", "张**");
            assertThat(mobile.text("#where")).contains("测试社区").contains("人民路8号3单元502");
            assertThat(mobile.text("#help")).doesNotContain(phone).doesNotContain(masked);
            mobile.click(".yh-help-GOING").waitForText("#help\\:messages", "已回复");
            assertThat(mobile.text("#myAnswer")).isEqualTo("我去");
            assertThat(mobile.overflowsSideways()).isFalse();
            mobile.screenshot("lead-help-request-phone-zh");
        }
        assertThat(volunteer.get("warning-leads/" + lead + "/help-request").json().getString("answer")).isEqualTo("GOING");
        JsonObject done = volunteer.post("warning-leads/" + lead + "/help", answer("DISSUADED", "已当面劝阻，老人已挂断电话")).json();
        assertThat(done.getString("answer")).isEqualTo("DISSUADED");

        // the answer on the lead, for the officer: who, what, when
        JsonObject answered = officer1.get("warning-leads/" + lead).json().getJsonArray("help").getJsonObject(0);
        assertThat(answered.getString("member")).isEqualTo("测试 " + nearby);
        assertThat(answered.getString("answer")).isEqualTo("DISSUADED");
        assertThat(answered.getString("note")).isEqualTo("已当面劝阻，老人已挂断电话");
        assertThat(answered.getString("answeredAt")).isNotBlank();
        String board = PageSession.signIn("officer1", TestEnv.DEMO_PASSWORD).get("fraud/leads.xhtml?lead=" + lead).body();
        assertThat(board).contains("测试 " + nearby, "已劝阻", "已当面劝阻", "人民路8号3单元502");
        List<Told> answers = told("/fraud/leads.xhtml?lead=" + lead, "LEAD_HELP_ANSWERED");
        assertThat(answers).extracting(Told::username).contains("officer1").doesNotContain("officer2", "head1", nearby);
        assertThat(answers.stream().filter(t -> t.username().equals("officer1"))).as("one per answer").hasSize(2);
        assertThat(answers).extracting(Told::args).contains("[\"测试 " + nearby + "\",\"#help.DISSUADED\",\"张**\"]");
        long helpId = answered.getJsonNumber("id").longValue();
        assertThat(TestEnv.number("SELECT count(*) FROM audit_entry WHERE entity_type = 'LeadHelp' AND entity_id = ? AND action = 'UPDATE' "
                + "AND actor = ?", String.valueOf(helpId), nearby)).as("each answer in the trail").isEqualTo(2);

        // an outcome closes the request
        assertThat(officer1.post("warning-leads/" + lead + "/outcome", Json.createObjectBuilder().add("outcome", "DISSUADED")
                .add("contactMethod", "VISIT").build()).status()).isEqualTo(200);
        Api.Reply late = volunteer.post("warning-leads/" + lead + "/help", answer("NOBODY_HOME", null));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().getString("message")).contains("DISSUADED");
        JsonObject closed = volunteer.get("warning-leads/" + lead + "/help-request").json();
        assertThat(closed.getBoolean("open")).isFalse();
        assertThat(closed.getString("outcome")).isEqualTo("DISSUADED");
        assertThat(closed.getString("answer")).isEqualTo("DISSUADED");

        assertThat(told(null, "LEAD_HELP_REQUESTED").stream().filter(t -> t.username().equals(elsewhere))).isEmpty();
    }

    @Test
    void aCommunityMustBeTheLeadsStationsAndANormalLeadTellsNobody() throws Exception {
        long otherStations = Fixtures.community(admin, Fixtures.station(admin));
        Api.Reply refused = officer1.inEnglish().post("warning-leads", lead(phone(), "URGENT", null).add("community", otherStations).build());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("field")).isEqualTo("community");
        assertThat(refused.json().getString("message")).contains("does not belong");

        long normal = officer1.post("warning-leads", lead(phone(), "NORMAL", null).build()).id();
        assertThat(told("/fraud/leads.xhtml?lead=" + normal, null)).isEmpty();
        handled(normal);
    }

    @Test
    void anImportThatFailsOnALaterRowTakesBackTheLeadsItStoredAndTheirNotifications() throws Exception {
        String phone = phone();
        long leadsBefore = TestEnv.number("SELECT last_value FROM warning_lead_id_seq");
        long notifiedBefore = TestEnv.number("SELECT coalesce(max(id), 0) FROM notification");
        String csv = "station_code,phone,name,source,urgency,received_at,community_code,address\n"
                + "HT," + phone + ",王某,ANTI_FRAUD_CENTER,URGENT,,HT-01,人民路8号\n"
                + "HT,not-a-phone,李某,ANTI_FRAUD_CENTER,URGENT,,,\n";
        Api.Reply refused = officer1.postText("warning-leads/import", csv, "text/csv; charset=UTF-8");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().getString("field")).isEqualTo("rows[3].phone");

        assertThat(TestEnv.number("SELECT last_value FROM warning_lead_id_seq")).as("the first row was inserted").isGreaterThan(leadsBefore);
        assertThat(TestEnv.number("SELECT count(*) FROM warning_lead WHERE phone = ?", phone)).as("and rolled back").isZero();
        assertThat(TestEnv.number("SELECT count(*) FROM notification WHERE id > ? AND args LIKE ?", notifiedBefore,
                "%" + phone.substring(0, 3) + "****" + phone.substring(7) + "%")).as("nobody told").isZero();

        Api.Reply imported = officer1.postText("warning-leads/import", csv.substring(0, csv.lastIndexOf("HT,not")), "text/csv; charset=UTF-8");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        long lead = TestEnv.number("SELECT id FROM warning_lead WHERE phone = ?", phone);
        assertThat(officer1.get("warning-leads/" + lead).json().getString("address")).isEqualTo("人民路8号");
        assertThat(told("/fraud/leads.xhtml?lead=" + lead, "LEAD_URGENT")).extracting(Told::username).contains("officer1", "head1");
        handled(lead);
    }

    @Test
    void withoutOutcomeTheHeadsHearAgainAfterTenMinutesAndTheBureauAtTheDeadlineEachOnce() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(BEIJING).truncatedTo(ChronoUnit.SECONDS);
        long fresh = officer1.post("warning-leads", lead(phone(), "URGENT", now.minusMinutes(5)).build()).id();
        long escalated = officer1.post("warning-leads", lead(phone(), "URGENT", now.minusMinutes(11)).build()).id();
        long overdue = officer1.post("warning-leads", lead(phone(), "URGENT", now.minusMinutes(31)).build()).id();
        assertThat(admin.post("warning-leads/escalation", null).status()).isEqualTo(200);
        // the minute rule may have come first: either way each person is told once
        assertThat(admin.post("warning-leads/escalation", null).status()).isEqualTo(200);
        assertThat(officer1.post("warning-leads/escalation", null).status()).isEqualTo(403);

        assertThat(told("/fraud/leads.xhtml?lead=" + fresh, "LEAD_ESCALATED")).isEmpty();
        List<Told> heads = told("/fraud/leads.xhtml?lead=" + escalated, "LEAD_ESCALATED");
        assertThat(heads).extracting(Told::username).contains("head1").doesNotContain("officer1", "supervisor1").doesNotHaveDuplicates();
        assertThat(heads).extracting(Told::onceKey).containsOnly("lead-escalated:" + escalated);
        assertThat(told("/fraud/leads.xhtml?lead=" + escalated, "LEAD_OVERDUE")).isEmpty();
        assertThat(told("/fraud/leads.xhtml?lead=" + overdue, "LEAD_ESCALATED")).extracting(Told::username).contains("head1");
        List<Told> bureau = told("/fraud/leads.xhtml?lead=" + overdue, "LEAD_OVERDUE");
        assertThat(bureau).extracting(Told::username).contains("supervisor1").doesNotContain("head1", "officer1").doesNotHaveDuplicates();
        List.of(fresh, escalated, overdue).forEach(this::handled);
    }

    // ---- helpers

    /** Off the station's board (HT's, which other tests read) and out of the minute rule's way. */
    private void handled(long lead) {
        expect(officer1.post("warning-leads/" + lead + "/outcome", Json.createObjectBuilder().add("outcome", "UNREACHABLE").build()), 200);
    }

    /** A new volunteer of HT, member of a new group of the community, checked in to a shift starting in 10 minutes. */
    private String onDutyIn(long community) {
        String username = Fixtures.account(admin, hutang, "VOLUNTEER");
        Api volunteer = Api.as(username, Fixtures.PASSWORD);
        long group = expect(officer1.post("patrol-groups", Json.createObjectBuilder().add("name", "预警协助巡防队" + TestEnv.unique())
                .add("communityId", community).build()), 201).getJsonNumber("id").longValue();
        long application = expect(volunteer.post("patrol-groups/" + group + "/applications", JsonValue.EMPTY_JSON_OBJECT), 201)
                .getJsonNumber("id").longValue();
        expect(officer1.post("patrol-groups/applications/" + application + "/decision", Json.createObjectBuilder().add("approve", true)
                .build()), 200);
        OffsetDateTime start = OffsetDateTime.now(BEIJING).plusMinutes(10).truncatedTo(ChronoUnit.SECONDS);
        long shift = expect(officer1.post("shifts", Json.createObjectBuilder().add("groupId", group).add("area", "人民路沿线")
                .add("startsAt", start.format(TestEnv.ISO_TIME)).add("endsAt", start.plusHours(2).format(TestEnv.ISO_TIME)).add("needed", 1).build()), 201)
                .getJsonNumber("id").longValue();
        expect(volunteer.put("shifts/" + shift + "/signup", JsonValue.EMPTY_JSON_OBJECT, Api.freshKey()), 201);
        expect(volunteer.post("shifts/" + shift + "/check-in", JsonValue.EMPTY_JSON_OBJECT, Api.freshKey()), 201);
        return username;
    }

    private record Told(String username, String kind, String args, String onceKey) {
    }

    /** The notifications with that link (any when null) and kind (any when null), oldest first. */
    private static List<Told> told(String link, String kind) throws SQLException {
        List<Told> rows = new ArrayList<>();
        try (Connection db = TestEnv.database(); PreparedStatement q = db.prepareStatement("SELECT a.username, n.kind, n.args, n.once_key "
                + "FROM notification n JOIN account a ON a.id = n.account_id WHERE (CAST(? AS varchar) IS NULL OR n.link = ?) "
                + "AND (CAST(? AS varchar) IS NULL OR n.kind = ?) ORDER BY n.id")) {
            q.setString(1, link);
            q.setString(2, link);
            q.setString(3, kind);
            q.setString(4, kind);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Told(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return rows;
    }

    private static JsonObjectBuilder lead(String phone, String urgency, OffsetDateTime receivedAt) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("phone", phone).add("personName", "王某").add("source", "ANTI_FRAUD_CENTER")
                .add("urgency", urgency);
        return receivedAt == null ? b : b.add("receivedAt", receivedAt.format(TestEnv.ISO_TIME));
    }

    private static JsonObject answer(String answer, String note) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("answer", answer);
        return (note == null ? b : b.add("note", note)).build();
    }

    private static JsonObject expect(Api.Reply reply, int status) {
        assertThat(reply.status()).as("fixture not made: %s", reply.body()).isEqualTo(status);
        return reply.json();
    }

    private static String phone() {
        return "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
