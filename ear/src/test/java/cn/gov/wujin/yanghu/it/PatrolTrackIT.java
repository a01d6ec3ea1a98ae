package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The optional patrol track: only the member checked in sends, one position per 30 s, another's shift is missing. */
class PatrolTrackIT extends DeployedApplication {

    private static Api.Reply send(Api member, long shift, double latitude) {
        return member.post("shifts/" + shift + "/track", Json.createObjectBuilder().add("latitude", latitude).add("longitude", 119.9412)
                .add("accuracy", 25).add("deviceTime", OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).format(TestEnv.ISO_TIME)).build());
    }

    private static void sql(String statement, Object... parameters) throws Exception {
        try (var c = TestEnv.database(); var s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    /** A new volunteer of the station, who applied to the group and was taken in by the officer: their username. */
    private static String newMember(Api admin, Api officer, long station, long group) {
        String username = Fixtures.account(admin, station, "VOLUNTEER");
        long application = Api.as(username, Fixtures.PASSWORD).post("patrol-groups/" + group + "/applications",
                Json.createObjectBuilder().add("motivation", "住在附近").build()).id();
        assertThat(officer.post("patrol-groups/applications/" + application + "/decision",
                Json.createObjectBuilder().add("approve", true).build()).status()).isEqualTo(200);
        return username;
    }

    @Test
    void onlyTheCheckedInMemberSendsTheTrackAndOncePerWindow() throws Exception {
        Api admin = Api.demo("admin");
        Api officer = Api.demo("officer1");
        long hutang = TestEnv.number("SELECT id FROM station WHERE code = 'HT'");
        long group = officer.post("patrol-groups", Json.createObjectBuilder().add("name", "轨迹测试队" + TestEnv.unique()).build()).id();
        List<Api> members = new ArrayList<>();
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            usernames.add(newMember(admin, officer, hutang, group));
            members.add(Api.as(usernames.get(i), Fixtures.PASSWORD));
        }
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusHours(3).withNano(0);
        Api.Reply planned = officer.post("shifts", Json.createObjectBuilder().add("groupId", group).add("area", "花园街一带")
                .add("startsAt", start.format(TestEnv.ISO_TIME)).add("endsAt", start.plusHours(2).format(TestEnv.ISO_TIME)).build());
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        long shift = planned.id();
        for (Api member : members) {
            assertThat(member.put("shifts/" + shift + "/signup", Json.createObjectBuilder().build(), Api.freshKey()).status()).isEqualTo(201);
        }
        // under way, the first member checked in (written directly: the check-in's own rules are PatrolIT's and GeoIT's)
        sql("UPDATE shift SET starts_at = now() - interval '10 minutes', ends_at = now() + interval '2 hours' WHERE id = ?", shift);
        sql("UPDATE shift_signup su SET checked_in_at = now() FROM group_member m WHERE m.id = su.member_id AND su.shift_id = ? "
                + "AND m.account_id = (SELECT id FROM account WHERE username = ?)", shift, usernames.get(0));

        Api.Reply bad = members.get(0).post("shifts/" + shift + "/track", Json.createObjectBuilder().add("latitude", 91)
                .add("accuracy", -1).build());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactlyInAnyOrder("latitude", "longitude", "accuracy");
        // the limit counts in fixed 30-second windows: start early in one
        long intoWindow = Instant.now().getEpochSecond() % 30;
        if (intoWindow > 20) {
            Thread.sleep((31 - intoWindow) * 1000);
        }
        assertThat(send(members.get(0), shift, 31.7046).status()).isEqualTo(204);
        Api.Reply again = send(members.get(0), shift, 31.7047);
        assertThat(again.status()).as("one per 30 s").isEqualTo(429);
        assertThat(send(members.get(1), shift, 31.7046).status()).as("signed up, not checked in").isEqualTo(409);
        Api stranger = Api.as(Fixtures.account(admin, hutang, "VOLUNTEER"), Fixtures.PASSWORD);
        assertThat(send(stranger, shift, 31.7046).status()).as("not a member: as if missing").isEqualTo(404);
        assertThat(TestEnv.number("SELECT count(*) FROM shift_track_point p JOIN shift_signup su ON su.id = p.signup_id "
                + "WHERE su.shift_id = ? AND p.accuracy_m = 25 AND p.device_time IS NOT NULL", shift)).isEqualTo(1);

        // the next window: a position without accuracy or the phone's time is taken as well
        sql("DELETE FROM rate_limit_window WHERE bucket LIKE 'track:%'");
        assertThat(members.get(0).post("shifts/" + shift + "/track", Json.createObjectBuilder().add("latitude", 31.705)
                .add("longitude", 119.9413).build()).status()).isEqualTo(204);
        sql("UPDATE shift_signup SET checked_out_at = now() WHERE shift_id = ? AND checked_in_at IS NOT NULL", shift);
        sql("DELETE FROM rate_limit_window WHERE bucket LIKE 'track:%'");
        assertThat(send(members.get(0), shift, 31.7048).status()).as("checked out").isEqualTo(409);
    }

    /** The officer opens an under-way shift from the planner's queue: each member's track a line on a map, a shift without one says so. */
    @Test
    void theOfficerSeesTheMembersTrackOnTheShiftsMap() throws Exception {
        Api admin = Api.demo("admin");
        Api officer = Api.demo("officer1");
        long hutang = TestEnv.number("SELECT id FROM station WHERE code = 'HT'");
        long group = officer.post("patrol-groups", Json.createObjectBuilder().add("name", "轨迹地图队" + TestEnv.unique()).build()).id();
        Api member = Api.as(newMember(admin, officer, hutang, group), Fixtures.PASSWORD);
        String tracked = "轨迹巷" + TestEnv.unique();
        String untracked = "无轨迹巷" + TestEnv.unique();
        List<Long> shifts = new ArrayList<>();
        for (String area : List.of(tracked, untracked)) {
            OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusHours(3).withNano(0);
            Api.Reply planned = officer.post("shifts", Json.createObjectBuilder().add("groupId", group).add("area", area)
                    .add("startsAt", start.format(TestEnv.ISO_TIME)).add("endsAt", start.plusHours(2).format(TestEnv.ISO_TIME)).build());
            assertThat(planned.status()).as(planned.body()).isEqualTo(201);
            shifts.add(planned.id());
        }
        long shift = shifts.get(0);
        assertThat(member.put("shifts/" + shift + "/signup", Json.createObjectBuilder().build(), Api.freshKey()).status()).isEqualTo(201);
        sql("UPDATE shift SET starts_at = now() - interval '10 minutes', ends_at = now() + interval '2 hours' WHERE id IN (?, ?)",
                shift, shifts.get(1));
        sql("UPDATE shift_signup SET checked_in_at = now() WHERE shift_id = ?", shift);
        for (double latitude : new double[] {31.7046, 31.7058, 31.7071}) {
            sql("DELETE FROM rate_limit_window WHERE bucket LIKE 'track:%'");
            assertThat(send(member, shift, latitude).status()).isEqualTo(204);
        }

        try (Browser desk = Browser.open(1280, 1000)) {
            desk.go("patrol/officer/shifts.xhtml?queue=today").logIn("officer1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "排班");
            desk.go("patrol/officer/shifts.xhtml?queue=today").waitForText("#planner\\:queued", tracked);
            desk.clickInRow("planner:queued", tracked, "yh-open-shift").waitForText("#detailDialog", "巡逻轨迹");
            desk.waitUntil("return document.getElementById('trackMap') !== null && document.getElementById('trackMap').getAttribute('data-drawn') === '1'");
            assertThat(desk.count("#trackMap path.yh-track-line")).as("one member, one line").isEqualTo(1);
            assertThat(desk.find("#trackMap").getAttribute("data-tracks")).contains("31.7071").contains("31.7046");
            desk.screenshot("patrol-shift-track-zh");

            desk.go("patrol/officer/shifts.xhtml?queue=today").waitForText("#planner\\:queued", untracked);
            desk.clickInRow("planner:queued", untracked, "yh-open-shift").waitForText("#detailDialog", untracked);
            assertThat(desk.text("#detailDialog .yh-track-none")).isEqualTo("暂无轨迹");
            assertThat(desk.present("#trackMap")).isFalse();
        }
    }
}
