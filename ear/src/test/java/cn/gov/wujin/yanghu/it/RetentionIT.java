package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention schedule on records whose dates the test moves back: each kind past its term is
 * purged or anonymised by a run, one audit row per batch with its count; records within their
 * term, cases and the audit trail stay; the counts of anonymised tips stay.
 */
class RetentionIT extends DeployedApplication {

    @Test
    void aRunPurgesOrAnonymisesWhatIsPastItsTermAndNothingElse() throws Exception {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        String stationCode = admin.get("stations/" + station).json().getString("code");
        Api officer = Api.as(Fixtures.account(admin, station, "OFFICER"), Fixtures.PASSWORD);
        String volunteerName = Fixtures.account(admin, station, "VOLUNTEER");
        Api volunteer = Api.as(volunteerName, Fixtures.PASSWORD);
        long volunteerId = LockoutIT.accountId(volunteerName);

        // an anonymous tip with a photo, submitted 400 days ago; a fresh one with a photo
        TipIT.waitIfTheRateWindowEndsSoon();
        sql("DELETE FROM rate_limit_window WHERE bucket LIKE 'anonymous-tip:%'");
        long oldAnonymous = anonymousTip(stationCode);
        long newAnonymous = anonymousTip(stationCode);
        for (long tip : new long[]{oldAnonymous, newAnonymous}) {
            sql("INSERT INTO tip_photo (tip_id, content_type, size_bytes, content, uploaded_at) VALUES (?, 'image/png', 4, '\\x89504e47', now())",
                    tip);
            sql("UPDATE tip SET photo_type = 'image/png' WHERE id = ?", tip);
        }
        sql("UPDATE tip SET submitted_at = submitted_at - interval '400 days' WHERE id = ?", oldAnonymous);

        // a member's tip dismissed four years ago, one dismissed today
        long oldDismissed = memberTip(volunteer, "车库里有人发传单，留下电话 13800001234");
        long newDismissed = memberTip(volunteer, "楼道堆放杂物");
        for (long tip : new long[]{oldDismissed, newDismissed}) {
            Api.Reply triaged = officer.post("tips/" + tip + "/triage", Json.createObjectBuilder().add("action", "DISMISS").add("note", "已核实，无需处理").build());
            assertThat(triaged.status()).as(triaged.body()).isEqualTo(200);
        }
        sql("UPDATE tip SET triaged_at = triaged_at - interval '4 years' WHERE id = ?", oldDismissed);
        long tipsCounted = TestEnv.number("SELECT coalesce(sum(tips), 0) FROM tip_daily WHERE station_id = ?", station);
        long tipAuditRows = TestEnv.number("SELECT count(*) FROM audit_entry WHERE entity_type = 'Tip' AND entity_id = ?", String.valueOf(oldDismissed));

        // a notification of 200 days and one of today; a token expired two days ago; a sent SMS of 200 days; an old job failure
        long oldNotification = TestEnv.number("INSERT INTO notification (account_id, kind, created_at) VALUES (?, 'TIP_TRIAGED', now() - interval '200 days') RETURNING id", volunteerId);
        long newNotification = TestEnv.number("INSERT INTO notification (account_id, kind) VALUES (?, 'TIP_TRIAGED') RETURNING id", volunteerId);
        Api expiring = Api.as(volunteerName, Fixtures.PASSWORD);
        long token = TestEnv.number("SELECT id FROM api_token WHERE account_id = ? ORDER BY id DESC LIMIT 1", volunteerId);
        sql("UPDATE api_token SET expires_at = now() - interval '2 days', created_at = now() - interval '3 days' WHERE id = ?", token);
        assertThat(expiring.get("me").status()).isEqualTo(401);
        long oldSms = TestEnv.number("INSERT INTO sms_outbox (account_id, phone, kind, text, status, created_at, sent_at) "
                + "VALUES (?, '13800001234', 'TIP_TRIAGED', '测试', 'SENT', now() - interval '200 days', now() - interval '200 days') RETURNING id", volunteerId);
        long newSms = TestEnv.number("INSERT INTO sms_outbox (account_id, phone, kind, text, status, sent_at) "
                + "VALUES (?, '13800001234', 'TIP_TRIAGED', '测试', 'SENT', now()) RETURNING id", volunteerId);
        long oldFailure = TestEnv.number("INSERT INTO job_failure (job, slot, instance, failed_at, error) "
                + "VALUES ('retention-it', now(), 'server', now() - interval '40 days', 'x') RETURNING id");
        long anyShift = TestEnv.number("SELECT min(id) FROM shift");
        long oldStepKey = TestEnv.number("INSERT INTO shift_step_key (account_id, idempotency_key, shift_id, step, request_hash, created_at) "
                + "VALUES (?, 'retention-old-" + TestEnv.unique() + "', " + anyShift + ", 'SIGN_UP', 'x', now() - interval '31 days') RETURNING id",
                volunteerId);
        long newStepKey = TestEnv.number("INSERT INTO shift_step_key (account_id, idempotency_key, shift_id, step, request_hash) "
                + "VALUES (?, 'retention-new-" + TestEnv.unique() + "', " + anyShift + ", 'SIGN_UP', 'x') RETURNING id", volunteerId);

        long oldTrack = TestEnv.number("INSERT INTO shift_track_point (signup_id, latitude, longitude, received_at) "
                + "SELECT id, 31.7, 119.95, now() - interval '31 days' FROM shift_signup ORDER BY id LIMIT 1 RETURNING id");
        long newTrack = TestEnv.number("INSERT INTO shift_track_point (signup_id, latitude, longitude, received_at) "
                + "SELECT id, 31.7, 119.95, now() - interval '29 days' FROM shift_signup ORDER BY id LIMIT 1 RETURNING id");

        Map<String, Long> due = admin.get("admin/retention").array().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(r -> r.getString("kind"), r -> r.getJsonNumber("due").longValue()));
        assertThat(due).containsOnlyKeys("TIP_PHOTO", "CLOSED_TIP", "NOTIFICATION", "API_TOKEN", "SMS_SENT", "JOB_FAILURE", "SHIFT_STEP_KEY",
                "PATROL_TRACK");
        assertThat(due.values()).allMatch(n -> n >= 1);

        long trailBefore = TestEnv.number("SELECT max(id) FROM audit_entry");
        Api.Reply run = admin.post("admin/retention/run", null);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        Map<String, Integer> handled = run.array().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(r -> r.getString("kind"), r -> r.getInt("handled")));
        assertThat(handled.values()).allMatch(n -> n >= 1);

        assertThat(TestEnv.number("SELECT count(*) FROM tip_photo WHERE tip_id = ?", oldAnonymous)).isZero();
        assertThat(TestEnv.number("SELECT count(*) FROM tip WHERE id = ? AND photo_type IS NULL", oldAnonymous)).as("the tip stays").isEqualTo(1);
        assertThat(TestEnv.number("SELECT count(*) FROM tip_photo WHERE tip_id = ?", newAnonymous)).isEqualTo(1);
        assertThat(TestEnv.column("SELECT description || '|' || place || '|' || coalesce(triage_note, '') || '|' || (anonymised_at IS NOT NULL) "
                + "FROM tip WHERE id = ?", oldDismissed)).containsExactly("-|-||true");
        assertThat(TestEnv.column("SELECT status FROM tip WHERE id = ?", oldDismissed)).containsExactly("DISMISSED");
        assertThat(TestEnv.number("SELECT count(*) FROM tip WHERE id = ? AND anonymised_at IS NULL AND description = '楼道堆放杂物'", newDismissed))
                .isEqualTo(1);
        assertThat(TestEnv.number("SELECT coalesce(sum(tips), 0) FROM tip_daily WHERE station_id = ?", station))
                .as("the counts stay").isEqualTo(tipsCounted);
        assertThat(TestEnv.number("SELECT count(*) FROM audit_entry WHERE entity_type = 'Tip' AND entity_id = ?", String.valueOf(oldDismissed)))
                .as("the trail is never touched").isEqualTo(tipAuditRows);
        assertThat(TestEnv.number("SELECT count(*) FROM notification WHERE id IN (?, ?)", oldNotification, newNotification)).isEqualTo(1);
        assertThat(TestEnv.number("SELECT count(*) FROM notification WHERE id = ?", newNotification)).isEqualTo(1);
        assertThat(TestEnv.number("SELECT count(*) FROM api_token WHERE id = ?", token)).isZero();
        assertThat(volunteer.get("me").status()).as("a live token stays").isEqualTo(200);
        assertThat(TestEnv.number("SELECT count(*) FROM sms_outbox WHERE id IN (?, ?)", oldSms, newSms)).isEqualTo(1);
        assertThat(TestEnv.number("SELECT count(*) FROM sms_outbox WHERE id = ?", newSms)).isEqualTo(1);
        assertThat(TestEnv.number("SELECT count(*) FROM job_failure WHERE id = ?", oldFailure)).isZero();
        assertThat(TestEnv.number("SELECT count(*) FROM shift_step_key WHERE id IN (?, ?)", oldStepKey, newStepKey)).isEqualTo(1);
        assertThat(TestEnv.number("SELECT count(*) FROM shift_step_key WHERE id = ?", newStepKey)).isEqualTo(1);
        assertThat(TestEnv.number("SELECT count(*) FROM shift_track_point WHERE id IN (?, ?)", oldTrack, newTrack))
                .as("a track kept 30 days").isEqualTo(1);
        assertThat(TestEnv.number("SELECT count(*) FROM shift_track_point WHERE id = ?", newTrack)).isEqualTo(1);

        // one row per batch, in the caller's name, with the count; nothing else in the trail from the run
        assertThat(TestEnv.column("SELECT entity_id FROM audit_entry WHERE id > ? AND action = 'RETENTION_PURGED' AND actor = 'admin' ORDER BY id",
                trailBefore)).containsExactly("TIP_PHOTO", "CLOSED_TIP", "NOTIFICATION", "API_TOKEN", "SMS_SENT", "JOB_FAILURE",
                "SHIFT_STEP_KEY", "PATROL_TRACK");
        assertThat(TestEnv.column("SELECT summary FROM audit_entry WHERE id > ? AND action = 'RETENTION_PURGED' AND entity_id = 'CLOSED_TIP'",
                trailBefore)).singleElement().asString().contains(handled.get("CLOSED_TIP") + " anonymised");
        assertThat(TestEnv.number("SELECT count(*) FROM audit_entry WHERE id > ? AND action <> 'RETENTION_PURGED' AND actor = 'admin'", trailBefore))
                .isZero();
        Api.Reply again = admin.post("admin/retention/run", null);
        assertThat(again.array().stream().map(JsonValue::asJsonObject).filter(r -> r.getString("kind").equals("CLOSED_TIP"))
                .findFirst().orElseThrow().getInt("handled")).as("anonymised once").isZero();

        // the terms: checked, and changed with the version read
        JsonObject photos = admin.get("admin/retention").array().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("kind").equals("TIP_PHOTO")).findFirst().orElseThrow();
        long version = photos.getJsonNumber("version").longValue();
        Api.Reply tooLong = admin.put("admin/retention/TIP_PHOTO", Json.createObjectBuilder().add("days", 36501).add("version", version).build());
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().getString("field")).isEqualTo("days");
        assertThat(admin.put("admin/retention/NO_SUCH_KIND", Json.createObjectBuilder().add("days", 1).add("version", 0).build()).status())
                .isEqualTo(404);
        JsonObject longer = admin.put("admin/retention/TIP_PHOTO", Json.createObjectBuilder().add("days", photos.getInt("days") + 1)
                .add("version", version).build()).json();
        assertThat(longer.getInt("days")).isEqualTo(photos.getInt("days") + 1);
        assertThat(admin.put("admin/retention/TIP_PHOTO", Json.createObjectBuilder().add("days", 30).add("version", version).build()).status())
                .as("a stale version").isEqualTo(409);
        assertThat(admin.put("admin/retention/TIP_PHOTO", Json.createObjectBuilder().add("days", photos.getInt("days"))
                .add("version", longer.getJsonNumber("version").longValue()).build()).status()).isEqualTo(200);
        assertThat(officer.get("admin/retention").status()).isEqualTo(403);
    }

    private static long anonymousTip(String stationCode) {
        JsonObject body = Json.createObjectBuilder().add("category", "SAFETY_HAZARD")
                .add("occurredAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(20).withNano(0).format(TestEnv.ISO_TIME))
                .add("place", "湖塘镇人民路与长虹路路口").add("description", "井盖缺失").add("stationCode", stationCode).build();
        Api.Reply tip = Api.anonymous().post("public/tips", body, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(tip.status()).as(tip.body()).isEqualTo(201);
        return tip.id();
    }

    private static long memberTip(Api member, String description) {
        JsonObject body = Json.createObjectBuilder().add("category", "OTHER")
                .add("occurredAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(20).withNano(0).format(TestEnv.ISO_TIME))
                .add("place", "湖塘镇某小区 3 幢").add("description", description).build();
        Api.Reply tip = member.post("tips", body, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(tip.status()).as(tip.body()).isEqualTo(201);
        return tip.id();
    }

    private static void sql(String statement, Object... parameters) throws Exception {
        try (var c = TestEnv.database(); var s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }
}
