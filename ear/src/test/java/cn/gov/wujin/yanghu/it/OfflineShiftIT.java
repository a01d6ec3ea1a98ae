package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phone app's steps on a shift (issue 23): every check-in, check-out, log and sign-up carries
 * an Idempotency-Key, done once however often it is sent; a check-in or check-out kept on the
 * phone while offline keeps the phone's time when it arrives within the tolerance.
 */
class OfflineShiftIT extends DeployedApplication {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private Api admin;
    private long station;
    private Api officer;
    private String volunteerName;
    private Api volunteer;
    private long group;

    @BeforeEach
    void aGroupWithAMember() {
        admin = Api.demo("admin");
        station = Fixtures.station(admin);
        officer = Api.as(Fixtures.account(admin, station, "OFFICER"), Fixtures.PASSWORD);
        volunteerName = Fixtures.account(admin, station, "VOLUNTEER");
        volunteer = Api.as(volunteerName, Fixtures.PASSWORD).inEnglish();
        Api.Reply created = officer.post("patrol-groups", Json.createObjectBuilder().add("name", "离线巡防队" + TestEnv.unique()).build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        group = created.id();
        join(volunteer);
    }

    @Test
    void eachStepIsDoneOnceUnderItsKeyAndAnotherBodyUnderTheKeyIsRefused() throws Exception {
        long shift = shift();
        long other = shift();
        String signUpKey = key();
        long trailBefore = trail();

        // sign-up: the key is required, then 201, a replay 200 with nothing new, another shift or step under it 409
        assertRefusedWithoutKey("PUT", "shifts/" + shift + "/signup", null);
        Api.Reply malformed = volunteer.put("shifts/" + shift + "/signup", JsonValue.EMPTY_JSON_OBJECT, "Idempotency-Key", "short");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().getString("field")).isEqualTo("Idempotency-Key");
        Api.Reply first = volunteer.put("shifts/" + shift + "/signup", JsonValue.EMPTY_JSON_OBJECT, "Idempotency-Key", signUpKey);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().getJsonObject("mine").getBoolean("active")).isTrue();
        long afterFirst = trail();
        Api.Reply replay = volunteer.exchange("PUT", "shifts/" + shift + "/signup", null, "Idempotency-Key", signUpKey);
        assertThat(replay.status()).as("no body and {} are the same sign-up").isEqualTo(200);
        assertThat(replay.json().getJsonObject("mine").getBoolean("active")).isTrue();
        assertThat(trail()).as("a replay writes no audit row").isEqualTo(afterFirst);
        assertThat(afterFirst - trailBefore).as("the sign-up's own rows").isEqualTo(2);
        Api.Reply elsewhere = volunteer.put("shifts/" + other + "/signup", JsonValue.EMPTY_JSON_OBJECT, "Idempotency-Key", signUpKey);
        assertThat(elsewhere.status()).isEqualTo(409);
        assertThat(elsewhere.json().getString("message")).contains("Idempotency-Key");
        assertThat(TestEnv.number("SELECT count(*) FROM shift_signup WHERE shift_id = ?", other)).isZero();
        // keys are per account: another member's same key is their own
        String partnerName = Fixtures.account(admin, station, "VOLUNTEER");
        Api partner = Api.as(partnerName, Fixtures.PASSWORD);
        join(partner);
        assertThat(partner.put("shifts/" + shift + "/signup", JsonValue.EMPTY_JSON_OBJECT, "Idempotency-Key", signUpKey).status())
                .isEqualTo(201);
        assertThat(TestEnv.number("SELECT count(*) FROM shift_signup WHERE shift_id = ?", shift)).isEqualTo(2);

        started(shift, 60, 120);
        // check-in
        String checkInKey = key();
        assertRefusedWithoutKey("POST", "shifts/" + shift + "/check-in", "{}");
        JsonObject position = Json.createObjectBuilder().add("latitude", 31.7046).add("longitude", 119.9412).add("accuracy", 25).build();
        long beforeIn = trail();
        Api.Reply in = volunteer.post("shifts/" + shift + "/check-in", position, "Idempotency-Key", checkInKey);
        assertThat(in.status()).as(in.body()).isEqualTo(201);
        String checkedInAt = in.json().getJsonObject("mine").getString("checkedInAt");
        assertThat(in.json().getJsonObject("mine").containsKey("sentLate")).isFalse();
        Api.Reply inAgain = volunteer.post("shifts/" + shift + "/check-in", Json.createObjectBuilder().add("accuracy", 25.0)
                .add("longitude", 119.94120).add("latitude", 31.7046).build(), "Idempotency-Key", checkInKey);
        assertThat(inAgain.status()).as("the same values in another order and notation").isEqualTo(200);
        assertThat(inAgain.json().getJsonObject("mine").getString("checkedInAt")).isEqualTo(checkedInAt);
        assertThat(volunteer.post("shifts/" + shift + "/check-in", Json.createObjectBuilder().add("latitude", 31.8).add("longitude", 119.9)
                .build(), "Idempotency-Key", checkInKey).status()).isEqualTo(409);
        assertThat(volunteer.put("shifts/" + shift + "/log", Json.createObjectBuilder().add("routeNotes", "x").build(),
                "Idempotency-Key", checkInKey).status()).as("the key of another step").isEqualTo(409);
        assertThat(trail() - beforeIn).as("one row for the check-in").isEqualTo(1);

        // the patrol log
        String logKey = key();
        JsonObject log = Json.createObjectBuilder().add("routeNotes", "人民路—长虹路").add("findings", "菜场东门消防通道堵塞").build();
        assertRefusedWithoutKey("PUT", "shifts/" + shift + "/log", log.toString());
        assertThat(volunteer.put("shifts/" + shift + "/log", log, "Idempotency-Key", logKey).status()).isEqualTo(201);
        long afterLog = trail();
        Api.Reply logAgain = volunteer.put("shifts/" + shift + "/log", Json.createObjectBuilder().add("routeNotes", " 人民路—长虹路 ")
                .add("findings", "菜场东门消防通道堵塞").build(), "Idempotency-Key", logKey);
        assertThat(logAgain.status()).as("the same text, stripped").isEqualTo(200);
        Api.Reply otherLog = volunteer.put("shifts/" + shift + "/log", Json.createObjectBuilder().add("routeNotes", "花园街").build(),
                "Idempotency-Key", logKey);
        assertThat(otherLog.status()).isEqualTo(409);
        assertThat(trail()).isEqualTo(afterLog);
        assertThat(TestEnv.column("SELECT route_notes FROM shift_signup s JOIN group_member m ON m.id = s.member_id "
                + "JOIN account a ON a.id = m.account_id WHERE s.shift_id = ? AND a.username = ?", shift, volunteerName))
                .containsExactly("人民路—长虹路");

        // check-out, with or without a body
        String checkOutKey = key();
        assertRefusedWithoutKey("POST", "shifts/" + shift + "/check-out", null);
        Api.Reply out = volunteer.exchange("POST", "shifts/" + shift + "/check-out", null, "Idempotency-Key", checkOutKey);
        assertThat(out.status()).as(out.body()).isEqualTo(201);
        long afterOut = trail();
        assertThat(volunteer.post("shifts/" + shift + "/check-out", JsonValue.EMPTY_JSON_OBJECT, "Idempotency-Key", checkOutKey).status())
                .isEqualTo(200);
        assertThat(volunteer.post("shifts/" + shift + "/check-out", Json.createObjectBuilder()
                .add("deviceTime", OffsetDateTime.now(BEIJING).minusMinutes(10).toString()).build(), "Idempotency-Key", checkOutKey).status())
                .isEqualTo(409);
        assertThat(trail()).isEqualTo(afterOut);
        assertThat(TestEnv.number("SELECT count(*) FROM shift_step_key k JOIN account a ON a.id = k.account_id WHERE a.username = ?",
                volunteerName)).as("one key per step done; refused sends store none").isEqualTo(4);
    }

    @Test
    void twoSendsOfOneKeyAtOnceDoTheStepOnce() throws Exception {
        long shift = shift();
        String key = key();
        CountDownLatch ready = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> sends = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
                ready.countDown();
                try {
                    ready.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return volunteer.put("shifts/" + shift + "/signup", JsonValue.EMPTY_JSON_OBJECT, "Idempotency-Key", key).status();
            }, pool)).toList();
            assertThat(sends.stream().map(CompletableFuture::join).toList()).containsExactlyInAnyOrder(201, 200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(TestEnv.number("SELECT count(*) FROM shift_signup WHERE shift_id = ?", shift)).isEqualTo(1);
        assertThat(TestEnv.number("SELECT count(*) FROM audit_entry WHERE entity_type = 'ShiftSignup' AND action = 'CREATE' AND entity_id = "
                + "(SELECT id::text FROM shift_signup WHERE shift_id = ?)", shift)).isEqualTo(1);
    }

    @Test
    void anOfflineCheckInKeepsThePhonesTimeWithinTheToleranceAndIsRefusedOtherwise() throws Exception {
        long shift = shift();
        signUp(shift);
        started(shift, 240, 60); // began 4 hours ago, ends in an hour
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        Api.Reply future = checkIn(shift, now.plus(10, ChronoUnit.MINUTES));
        assertThat(future.status()).isEqualTo(409);
        assertThat(future.json().getString("message")).contains("ahead of the server");
        Api.Reply beforeWindow = checkIn(shift, now.minus(280, ChronoUnit.MINUTES));
        assertThat(beforeWindow.status()).isEqualTo(409);
        assertThat(beforeWindow.json().getString("message")).contains("outside the check-in window");

        // the tolerance: changed by ADMIN (audited), it holds at once
        JsonObject setting = admin.get("offline-settings").json();
        assertThat(setting.getInt("toleranceHours")).isEqualTo(12);
        assertThat(officer.put("offline-settings", Json.createObjectBuilder().add("toleranceHours", 2).add("version",
                setting.getJsonNumber("version").longValue()).build()).status()).isEqualTo(403);
        Api.Reply tooLong = admin.put("offline-settings", Json.createObjectBuilder().add("toleranceHours", 73).add("version",
                setting.getJsonNumber("version").longValue()).build());
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().getString("field")).isEqualTo("toleranceHours");
        long trailBefore = TestEnv.number("SELECT coalesce(max(id), 0) FROM audit_entry");
        Api.Reply shorter = admin.put("offline-settings", Json.createObjectBuilder().add("toleranceHours", 2).add("version",
                setting.getJsonNumber("version").longValue()).build());
        try {
            assertThat(shorter.status()).as(shorter.body()).isEqualTo(200);
            assertThat(TestEnv.column("SELECT summary FROM audit_entry WHERE id > ? AND entity_type = 'OfflineSetting' AND action = 'UPDATE'",
                    trailBefore)).singleElement().asString().contains("2 h");
            Api.Reply tooLate = checkIn(shift, now.minus(3, ChronoUnit.HOURS));
            assertThat(tooLate.status()).isEqualTo(409);
            assertThat(tooLate.json().getString("message")).contains("more than 2 hours", "too late to send");
        } finally {
            JsonObject back = admin.put("offline-settings", Json.createObjectBuilder().add("toleranceHours", setting.getInt("toleranceHours"))
                    .add("version", shorter.json().getJsonNumber("version").longValue()).build()).json();
            assertThat(back.getInt("toleranceHours")).isEqualTo(setting.getInt("toleranceHours"));
        }

        // 3 hours ago, inside the window: stored at the phone's time, sent late; the hours count from it
        Instant tapped = now.minus(3, ChronoUnit.HOURS);
        Api.Reply in = checkIn(shift, tapped);
        assertThat(in.status()).as(in.body()).isEqualTo(201);
        JsonObject mine = in.json().getJsonObject("mine");
        assertThat(Instant.parse(mine.getString("checkedInAt"))).isEqualTo(tapped);
        assertThat(mine.getBoolean("sentLate")).isTrue();
        Api.Reply out = volunteer.post("shifts/" + shift + "/check-out", Json.createObjectBuilder()
                .add("deviceTime", OffsetDateTime.ofInstant(tapped.plus(150, ChronoUnit.MINUTES), BEIJING).toString()).build(), Api.freshKey());
        assertThat(out.status()).as(out.body()).isEqualTo(201);
        assertThat(out.json().getJsonObject("mine").getJsonNumber("hours").doubleValue()).isEqualTo(2.5);
        assertThat(TestEnv.number("SELECT count(*) FROM points_award a JOIN shift_signup s ON s.id = a.source_id "
                + "WHERE a.source_type = 'SHIFT_SIGNUP' AND a.rule_code = 'SHIFT_HOUR' AND s.shift_id = ?", shift)).as("points once").isEqualTo(1);
        JsonObject seen = officer.get("shifts/" + shift).json().getJsonArray("signups").getJsonObject(0);
        assertThat(seen.getBoolean("sentLate")).isTrue();

        // past the default tolerance of 12 hours
        long early = shift();
        signUp(early);
        started(early, 14 * 60, 60);
        Api.Reply stale = checkIn(early, now.minus(13, ChronoUnit.HOURS));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().getString("message")).contains("more than 12 hours");

        // cancelled while the phone was offline
        long called = shift();
        signUp(called);
        long version = officer.get("shifts/" + called).json().getJsonNumber("version").longValue();
        assertThat(officer.delete("shifts/" + called + "?version=" + version).status()).isEqualTo(200);
        started(called, 30, 90);
        Api.Reply cancelled = checkIn(called, now.minus(10, ChronoUnit.MINUTES));
        assertThat(cancelled.status()).isEqualTo(409);
        assertThat(cancelled.json().getString("message")).contains("cancelled");

        // a volunteer of another station cannot act on the shift: it does not exist for them
        String strangerName = Fixtures.account(admin, Fixtures.station(admin), "VOLUNTEER");
        Api stranger = Api.as(strangerName, Fixtures.PASSWORD);
        assertThat(stranger.post("shifts/" + shift + "/check-in", JsonValue.EMPTY_JSON_OBJECT, Api.freshKey()).status()).isEqualTo(404);
        assertThat(stranger.put("shifts/" + shift + "/signup", JsonValue.EMPTY_JSON_OBJECT, Api.freshKey()).status()).isEqualTo(404);
        assertThat(TestEnv.number("SELECT count(*) FROM shift_step_key k JOIN account a ON a.id = k.account_id WHERE a.username = ?",
                strangerName)).isZero();
        assertThat(TestEnv.number("SELECT count(*) FROM shift_step_key k JOIN account a ON a.id = k.account_id "
                + "WHERE a.username = ? AND k.step = 'CHECK_IN'", volunteerName)).as("refused check-ins store no key").isEqualTo(1);
    }

    // ---- helpers

    private Api.Reply checkIn(long shift, Instant deviceTime) {
        return volunteer.post("shifts/" + shift + "/check-in", Json.createObjectBuilder()
                .add("deviceTime", OffsetDateTime.ofInstant(deviceTime, BEIJING).toString()).build(), Api.freshKey());
    }

    private void assertRefusedWithoutKey(String method, String path, String body) {
        Api.Reply refused = volunteer.exchange(method, path, body);
        assertThat(refused.status()).as(method + " " + path).isEqualTo(400);
        assertThat(refused.json().getString("field")).isEqualTo("Idempotency-Key");
    }

    private void join(Api who) {
        long application = who.post("patrol-groups/" + group + "/applications", Json.createObjectBuilder().build()).id();
        assertThat(officer.post("patrol-groups/applications/" + application + "/decision",
                Json.createObjectBuilder().add("approve", true).build()).status()).isEqualTo(200);
    }

    /** A shift of the group three hours ahead. */
    private long shift() {
        OffsetDateTime start = OffsetDateTime.now(BEIJING).plusHours(3).truncatedTo(ChronoUnit.SECONDS);
        Api.Reply planned = officer.post("shifts", Json.createObjectBuilder().add("groupId", group).add("area", "人民路沿线")
                .add("startsAt", start.format(TestEnv.ISO_TIME)).add("endsAt", start.plusHours(2).format(TestEnv.ISO_TIME)).add("needed", 3).build());
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        return planned.id();
    }

    private void signUp(long shift) {
        JsonStructure none = JsonValue.EMPTY_JSON_OBJECT;
        assertThat(volunteer.put("shifts/" + shift + "/signup", none, Api.freshKey()).status()).isEqualTo(201);
    }

    /** Time passes: the shift began {@code minutesAgo} and ends in {@code minutesLeft}. */
    private static void started(long shift, int minutesAgo, int minutesLeft) throws Exception {
        try (var c = TestEnv.database(); var s = c.prepareStatement("UPDATE shift SET starts_at = now() - make_interval(mins => ?), "
                + "ends_at = now() + make_interval(mins => ?) WHERE id = ?")) {
            s.setInt(1, minutesAgo);
            s.setInt(2, minutesLeft);
            s.setLong(3, shift);
            s.executeUpdate();
        }
    }

    /** The volunteer's rows of the audit trail (the minute jobs write theirs meanwhile). */
    private long trail() throws Exception {
        return TestEnv.number("SELECT count(*) FROM audit_entry WHERE actor = ?", volunteerName);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
