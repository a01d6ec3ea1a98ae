package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Tips from phones and the public: stored exactly once under retries, scoped, triaged, rewarded. */
class TipIT extends DeployedApplication {

    private Api admin;
    private long station;
    private String stationCode;
    private Api volunteer;
    private String volunteerName;
    private Api officer;

    @BeforeEach
    void aStationWithAVolunteerAndAnOfficer() {
        admin = Api.demo("admin");
        station = Fixtures.station(admin);
        stationCode = admin.get("stations/" + station).json().getString("code");
        volunteerName = Fixtures.account(admin, station, "VOLUNTEER");
        volunteer = Api.as(volunteerName, Fixtures.PASSWORD);
        officer = Api.as(Fixtures.account(admin, station, "OFFICER"), Fixtures.PASSWORD);
    }

    private static JsonObjectBuilder tip(String category, String description) {
        return Json.createObjectBuilder().add("category", category)
                .add("occurredAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(20).withNano(0).format(TestEnv.ISO_TIME))
                .add("place", "湖塘镇人民路与长虹路路口").add("latitude", 31.7133).add("longitude", 119.9567)
                .add("description", description);
    }

    private static Api.Reply send(Api who, String path, JsonObject body, String key) {
        return who.post(path, body, "Idempotency-Key", key);
    }

    @Test
    void concurrentRetriesWithOneKeyStoreTheTipExactlyOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        JsonObject body = tip("SUSPICIOUS_VEHICLE", "一辆无牌面包车在小区门口反复停留").build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                replies.add(pool.submit((Callable<Api.Reply>) () -> send(volunteer, "tips", body, key)));
            }
            List<Integer> statuses = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                statuses.add(reply.get().status());
                ids.add(reply.get().id());
            }
            assertThat(statuses).containsOnly(201, 200).filteredOn(s -> s == 201).hasSize(1);
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(TestEnv.number("SELECT count(*) FROM tip WHERE idempotency_key = ?", key)).isEqualTo(1);
        assertThat(TestEnv.number("SELECT count(*) FROM audit_entry WHERE entity_type = 'Tip' AND action = 'CREATE' AND entity_id = ?",
                String.valueOf(TestEnv.number("SELECT id FROM tip WHERE idempotency_key = ?", key)))).isEqualTo(1);

        Api.Reply otherBody = send(volunteer, "tips", tip("SUSPICIOUS_VEHICLE", "另一件事").build(), key);
        assertThat(otherBody.status()).isEqualTo(409);
        assertThat(otherBody.json().getString("message")).contains("Idempotency-Key");
    }

    /** Tips sent at the same moment are written together (one commit): each sender still gets its own tip, once, audited. */
    @Test
    void manyPhonesAtOnceEachGetTheirOwnTip() throws Exception {
        int phones = 24;
        List<String> names = new ArrayList<>();
        List<Api> senders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            names.add(Fixtures.account(admin, station, "VOLUNTEER"));
            senders.add(Api.as(names.get(i), Fixtures.PASSWORD));
        }
        ExecutorService pool = Executors.newFixedThreadPool(phones);
        List<String> keys = new ArrayList<>();
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < phones; i++) {
                String key = UUID.randomUUID().toString();
                Api sender = senders.get(i % senders.size());
                JsonObject body = tip("SAFETY_HAZARD", "第" + i + "处路灯不亮").build();
                keys.add(key);
                replies.add(pool.submit((Callable<Api.Reply>) () -> send(sender, "tips", body, key)));
            }
            for (int i = 0; i < phones; i++) {
                Api.Reply reply = replies.get(i).get();
                assertThat(reply.status()).isEqualTo(201);
                assertThat(TestEnv.number("SELECT id FROM tip WHERE idempotency_key = ?", keys.get(i))).isEqualTo(reply.id());
                assertThat(TestEnv.column("SELECT description FROM tip WHERE id = ?", reply.id())).containsExactly("第" + i + "处路灯不亮");
                assertThat(TestEnv.column("SELECT actor FROM audit_entry WHERE entity_type = 'Tip' AND action = 'CREATE' AND entity_id = ?",
                        String.valueOf(reply.id()))).containsExactly(names.get(i % names.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badTipsNameTheirFieldsAndStoreNothing() throws Exception {
        long before = TestEnv.number("SELECT count(*) FROM tip WHERE station_id = ?", station);
        Api.Reply noKey = volunteer.post("tips", tip("DISPUTE", "邻里纠纷").build());
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.json().getString("field")).isEqualTo("Idempotency-Key");

        JsonObject bad = tip("UFO", " ").add("occurredAt", OffsetDateTime.now().plusDays(1).toString())
                .addNull("longitude").build();
        Api.Reply reply = send(volunteer.inEnglish(), "tips", bad, UUID.randomUUID().toString());
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
                .contains("description");
        Api.Reply semantic = send(volunteer.inEnglish(), "tips", tip("UFO", "看到不明物体").add("occurredAt",
                OffsetDateTime.now().plusDays(1).toString()).addNull("longitude").build(), UUID.randomUUID().toString());
        assertThat(semantic.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
                .containsExactlyInAnyOrder("category", "occurredAt", "longitude");
        assertThat(TestEnv.number("SELECT count(*) FROM tip WHERE station_id = ?", station)).isEqualTo(before);
    }

    @Test
    void aTipIsSeenByItsTipsterAndItsStationOnly() {
        long id = send(volunteer, "tips", tip("SAFETY_HAZARD", "小区消防通道被杂物堵塞").build(), UUID.randomUUID().toString()).id();
        Api otherVolunteer = Api.as(Fixtures.account(admin, station, "VOLUNTEER"), Fixtures.PASSWORD);
        Api elsewhere = Api.as(Fixtures.account(admin, Fixtures.station(admin), "OFFICER"), Fixtures.PASSWORD);

        assertThat(volunteer.get("tips/" + id).json().getString("status")).isEqualTo("NEW");
        assertThat(officer.get("tips/" + id).status()).isEqualTo(200);
        assertThat(otherVolunteer.get("tips/" + id).status()).isEqualTo(404);
        assertThat(elsewhere.get("tips/" + id).status()).isEqualTo(404);
        assertThat(volunteer.get("tips/mine").json().getJsonArray("rows")).hasSize(1);
        assertThat(otherVolunteer.get("tips").status()).isEqualTo(403);
        assertThat(officer.get("tips?status=NEW").json().getJsonNumber("total").longValue()).isEqualTo(1);
    }

    @Test
    void officersDismissResolveOrHandOverAndTipsThatLedToActionEarnPointsOnce() throws Exception {
        long dismissed = send(volunteer, "tips", tip("OTHER", "路灯不亮").build(), UUID.randomUUID().toString()).id();
        Api.Reply noReason = officer.post("tips/" + dismissed + "/triage", Json.createObjectBuilder().add("action", "DISMISS").build());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().getString("field")).isEqualTo("note");
        Api.Reply longReason = officer.post("tips/" + dismissed + "/triage", Json.createObjectBuilder().add("action", "DISMISS")
                .add("note", "重".repeat(1001)).build());
        assertThat(longReason.status()).as("a note longer than its column is refused, not a 500").isEqualTo(400);
        assertThat(longReason.json().getString("field")).isEqualTo("note");
        assertThat(volunteer.post("tips/" + dismissed + "/triage", Json.createObjectBuilder().add("action", "DISMISS")
                .add("note", "x").build()).status()).isEqualTo(403);
        assertThat(officer.post("tips/" + dismissed + "/triage", Json.createObjectBuilder().add("action", "DISMISS")
                .add("note", "属市政报修，已告知12345").build()).json().getString("status")).isEqualTo("DISMISSED");
        assertThat(officer.post("tips/" + dismissed + "/triage", Json.createObjectBuilder().add("action", "RESOLVE")
                .add("note", "again").build()).status()).isEqualTo(409);

        long resolved = send(volunteer, "tips", tip("DISPUTE", "菜场摊位纠纷").build(), UUID.randomUUID().toString()).id();
        assertThat(officer.post("tips/" + resolved + "/triage", Json.createObjectBuilder().add("action", "RESOLVE")
                .add("note", "到场调解完毕").build()).status()).isEqualTo(200);
        assertThat(TestEnv.number("SELECT count(*) FROM points_award a JOIN account u ON u.id = a.account_id "
                + "WHERE u.username = ? AND a.rule_code = 'TIP_ACTED_ON' AND a.points = 10.0", volunteerName)).isEqualTo(1);

        long other = Fixtures.station(admin);
        String otherCode = admin.get("stations/" + other).json().getString("code");
        Api otherOfficer = Api.as(Fixtures.account(admin, other, "OFFICER"), Fixtures.PASSWORD);
        long handed = send(volunteer, "tips", tip("SUSPICIOUS_PERSON", "有人挨家挨户推销“保健品”").build(), UUID.randomUUID().toString()).id();
        JsonObject moved = officer.post("tips/" + handed + "/triage", Json.createObjectBuilder().add("action", "HAND_OVER")
                .add("stationCode", otherCode).add("note", "发生地属邻所辖区").build()).json();
        assertThat(moved.getString("status")).isEqualTo("NEW");
        assertThat(moved.getString("handedFromStation")).isEqualTo(stationCode);
        assertThat(officer.get("tips/" + handed).status()).isEqualTo(404);
        assertThat(otherOfficer.get("tips/" + handed).json().getString("stationCode")).isEqualTo(otherCode);
        assertThat(volunteer.get("tips/" + handed).status()).isEqualTo(200);
    }

    @Test
    void aFraudLeadBecomesACaseLinkedBothWays() throws Exception {
        long id = send(volunteer, "tips", tip("FRAUD_LEAD", "邻居老人称接到“公安”电话要求转账到安全账户").build(),
                UUID.randomUUID().toString()).id();
        Api.Reply registered = officer.post("fraud-cases", Json.createObjectBuilder().add("tipId", id)
                .add("fraudType", "IMPERSONATING_AUTHORITIES").add("reportedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).format(TestEnv.ISO_TIME))
                .add("narrative", "志愿者线索：老人接到冒充公安电话").add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "吴某")))
                .build());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long caseId = registered.id();
        assertThat(registered.json().getJsonArray("tips").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(id);
        JsonObject tip = volunteer.get("tips/" + id).json();
        assertThat(tip.getString("status")).isEqualTo("CASE_OPENED");
        assertThat(tip.getJsonNumber("fraudCaseId").longValue()).isEqualTo(caseId);
        assertThat(TestEnv.number("SELECT count(*) FROM points_award WHERE source_type = 'TIP' AND source_id = ?", id)).isEqualTo(1);

        long notFraud = send(volunteer, "tips", tip("DISPUTE", "争吵").build(), UUID.randomUUID().toString()).id();
        Api.Reply refused = officer.post("fraud-cases", Json.createObjectBuilder().add("tipId", notFraud)
                .add("fraudType", "OTHER").add("reportedAt", "2026-11-20T10:00:00+08:00").add("narrative", "x")
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "某"))).build());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("field")).isEqualTo("tipId");
        assertThat(TestEnv.number("SELECT count(*) FROM fraud_case WHERE narrative = 'x' AND station_id = ?", station)).isZero();
    }

    @Test
    void aCaseFromATipTheOfficerMayNotUseIsRefusedAndStoresNothing() throws Exception {
        long other = Fixtures.station(admin);
        Api otherVolunteer = Api.as(Fixtures.account(admin, other, "VOLUNTEER"), Fixtures.PASSWORD);
        long foreign = send(otherVolunteer, "tips", tip("FRAUD_LEAD", "邻所辖区的冒充客服线索").build(), UUID.randomUUID().toString()).id();
        String narrative = "不应登记-" + UUID.randomUUID();
        for (long tipId : new long[]{foreign, Long.MAX_VALUE}) {
            Api.Reply refused = officer.post("fraud-cases", caseFromTip(tipId, narrative));
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().getString("field")).isEqualTo("tipId");
        }
        assertThat(otherVolunteer.get("tips/" + foreign).json().getString("status")).isEqualTo("NEW");

        long lead = send(volunteer, "tips", tip("FRAUD_LEAD", "老人称接到“银行客服”电话要求开通屏幕共享").build(),
                UUID.randomUUID().toString()).id();
        Api.Reply first = officer.post("fraud-cases", caseFromTip(lead, "志愿者线索：冒充客服"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Api.Reply second = officer.post("fraud-cases", caseFromTip(lead, narrative));
        assertThat(second.status()).as("a tip that already led to a case leads to no other").isEqualTo(409);
        assertThat(TestEnv.number("SELECT count(*) FROM fraud_case WHERE narrative = ?", narrative)).isZero();
        assertThat(TestEnv.number("SELECT fraud_case_id FROM tip WHERE id = ?", lead)).isEqualTo(first.id());
        assertThat(TestEnv.number("SELECT count(*) FROM points_award WHERE source_type = 'TIP' AND source_id = ?", lead)).isEqualTo(1);
    }

    private static JsonObject caseFromTip(long tipId, String narrative) {
        return Json.createObjectBuilder().add("tipId", tipId).add("fraudType", "FAKE_CUSTOMER_SERVICE")
                .add("reportedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).format(TestEnv.ISO_TIME)).add("narrative", narrative)
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "钱某"))).build();
    }

    @Test
    void theAnonymousPublicIsLimitedPerAddressAndTracksOnlyTheStatus() throws Exception {
        waitIfTheRateWindowEndsSoon();
        try (var c = TestEnv.database(); var s = c.prepareStatement("DELETE FROM rate_limit_window WHERE bucket LIKE 'anonymous-tip:%'")) {
            s.executeUpdate();
        }
        Api anonymous = Api.anonymous();
        JsonObject body = tip("SAFETY_HAZARD", "桥下电线裸露").add("stationCode", stationCode).build();
        String key = UUID.randomUUID().toString();
        Api.Reply first = send(anonymous, "public/tips", body, key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String code = first.json().getString("trackingCode");
        assertThat(send(anonymous, "public/tips", body, key).json().getString("trackingCode")).isEqualTo(code);

        JsonObject tracked = anonymous.get("public/tips/" + code.toLowerCase()).json();
        assertThat(tracked.getString("status")).isEqualTo("NEW");
        assertThat(tracked.keySet()).containsExactlyInAnyOrder("trackingCode", "status", "submittedAt");
        assertThat(anonymous.get("public/tips/NOSUCH-CODE").status()).isEqualTo(404);
        assertThat(anonymous.get("tips/" + first.id()).status()).isEqualTo(401);
        assertThat(TestEnv.number("SELECT count(*) FROM tip WHERE tracking_code = ? AND submitter_account_id IS NULL", code)).isEqualTo(1);
        assertThat(TestEnv.number("SELECT count(*) FROM audit_entry WHERE entity_type = 'Tip' AND entity_id = ? AND actor = 'anonymous' "
                + "AND client_address IS NULL", String.valueOf(first.id()))).as("an anonymous tip keeps no address").isEqualTo(1);

        for (int i = 2; i <= 5; i++) {
            assertThat(send(anonymous, "public/tips", body, UUID.randomUUID().toString()).status()).isEqualTo(201);
        }
        Api.Reply limited = send(anonymous, "public/tips", body, UUID.randomUUID().toString());
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().getString("message")).contains("110");
        assertThat(send(anonymous, "public/tips", body, key).status()).isEqualTo(200); // a retry still gets its answer
    }

    @Test
    void anAnonymousTipWithoutAStationGoesByItsPlaceElseToTheBureauWhichAssignsIt() throws Exception {
        waitIfTheRateWindowEndsSoon();
        try (var c = TestEnv.database(); var s = c.prepareStatement("DELETE FROM rate_limit_window WHERE bucket LIKE 'anonymous-tip:%'")) {
            s.executeUpdate();
        }
        Api anonymous = Api.anonymous();
        String community = (String) TestEnv.column("SELECT name_zh FROM community WHERE id = ?", Fixtures.community(admin, station)).get(0);
        // "I don't know" (no stationCode): the place names a community of the station
        // (without a position: a position decides first, by the boundaries; GeoIT)
        Api.Reply placed = send(anonymous, "public/tips", tip("SAFETY_HAZARD", "路灯不亮").add("place", community + "东门")
                        .remove("latitude").remove("longitude").build(),
                UUID.randomUUID().toString());
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(officer.get("tips/" + placed.id()).json().getString("stationCode")).isEqualTo(stationCode);

        // a place that names no station: the bureau's queue, which no station sees
        String place = "一条没有名字的小路" + TestEnv.unique();
        Api.Reply unplaced = send(anonymous, "public/tips", tip("DISPUTE", "两人争吵").add("place", place).remove("latitude")
                .remove("longitude").build(), UUID.randomUUID().toString());
        assertThat(unplaced.status()).as(unplaced.body()).isEqualTo(201);
        long id = unplaced.id();
        assertThat(TestEnv.number("SELECT count(*) FROM tip WHERE id = ? AND station_id IS NULL", id)).isEqualTo(1);
        assertThat(officer.get("tips/" + id).status()).isEqualTo(404);
        assertThat(Api.demo("head1").get("tips/" + id).status()).as("a station head is no bureau").isEqualTo(404);
        assertThat(officer.get("tips?status=NEW&unassigned=true").json().getJsonNumber("total").longValue()).isZero();
        Api bureau = Api.demo("supervisor1");
        JsonObject queued = bureau.get("tips?status=NEW&unassigned=true&size=200").json();
        assertThat(queued.getJsonArray("rows").stream().map(r -> ((JsonObject) r).getJsonNumber("id").longValue())).contains(id);
        assertThat(bureau.get("tips/" + id).isNull("stationCode")).isTrue();

        // the bureau assigns it: it lands in the station's queue as new, and the trail says who did it
        Api.Reply handing = bureau.post("tips/" + id + "/triage", Json.createObjectBuilder().add("action", "ASSIGN")
                .add("stationCode", stationCode).add("note", "发生地在该所辖区").build());
        assertThat(handing.status()).as(handing.body()).isEqualTo(200);
        JsonObject assigned = officer.get("tips/" + id).json();
        assertThat(assigned.getString("stationCode")).isEqualTo(stationCode);
        assertThat(assigned.getString("status")).isEqualTo("NEW");
        assertThat(bureau.post("tips/" + id + "/triage", Json.createObjectBuilder().add("action", "ASSIGN").add("stationCode", "HT").build())
                .status()).as("assigned already").isEqualTo(409);
        assertThat(TestEnv.number("SELECT count(*) FROM audit_entry WHERE entity_type = 'Tip' AND entity_id = ? AND actor = 'supervisor1' "
                + "AND action = 'UPDATE' AND station_id = ?", String.valueOf(id), station)).isEqualTo(1);
    }

    /** The limit counts in 10-minute windows; a window ending mid-test would reset the count. */
    static void waitIfTheRateWindowEndsSoon() throws InterruptedException {
        long intoWindow = Instant.now().getEpochSecond() % 600;
        if (intoWindow > 585) {
            Thread.sleep((601 - intoWindow) * 1000);
        }
    }

    /** The smallest valid PNG: one transparent pixel. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Test
    void aPhotoIsAcceptedOnlyWhenItsBytesAreAnImageAndOnlyItsReadersSeeIt() throws Exception {
        long id = send(volunteer, "tips", tip("SAFETY_HAZARD", "广告牌松动").build(), UUID.randomUUID().toString()).id();
        Api.Reply fake = volunteer.inEnglish().putBytes("tips/" + id + "/photo", "<svg onload=alert(1)>".getBytes(), "image/png");
        assertThat(fake.status()).isEqualTo(400);
        assertThat(fake.json().getString("field")).isEqualTo("photo");
        Api.Reply huge = volunteer.putBytes("tips/" + id + "/photo", new byte[6 * 1024 * 1024], "image/jpeg");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(TestEnv.number("SELECT count(*) FROM tip_photo WHERE tip_id = ?", id)).isZero();

        assertThat(volunteer.putBytes("tips/" + id + "/photo", PNG, "application/octet-stream").status()).isEqualTo(200);
        assertThat(volunteer.get("tips/" + id).json().getBoolean("hasPhoto")).isTrue();
        var photo = officer.download("tips/" + id + "/photo");
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
        assertThat(photo.body()).isEqualTo(PNG);
        Api stranger = Api.as(Fixtures.account(admin, station, "VOLUNTEER"), Fixtures.PASSWORD);
        assertThat(stranger.download("tips/" + id + "/photo").statusCode()).isEqualTo(404);
        assertThat(stranger.putBytes("tips/" + id + "/photo", PNG, "image/png").status()).isEqualTo(404);
    }
}
