package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A volunteer signs up and checks in on the phone; the officer sees the shift on the planner's calendar. */
class ShiftBrowserIT extends DeployedApplication {

    @Test
    void aVolunteerChecksInOnThePhoneAndTheOfficerSeesItOnTheCalendar() throws Exception {
        Api officer = Api.demo("officer1");
        String groupName = "巡防" + TestEnv.unique();
        long group = officer.post("patrol-groups", Json.createObjectBuilder().add("name", groupName).build()).id();
        long application = Api.demo("volunteer1").post("patrol-groups/" + group + "/applications", Json.createObjectBuilder().build()).id();
        officer.post("patrol-groups/applications/" + application + "/decision", Json.createObjectBuilder().add("approve", true).build());
        String area = "长虹路" + TestEnv.unique();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusMinutes(10).truncatedTo(ChronoUnit.MINUTES);
        long shift = officer.post("shifts", Json.createObjectBuilder().add("groupId", group).add("area", area)
                .add("startsAt", start.format(TestEnv.ISO_TIME)).add("endsAt", start.plusHours(2).format(TestEnv.ISO_TIME)).add("needed", 3).build()).id();
        String card = "[data-shift='" + shift + "'] ";
        // 15 hours ahead: signed up, the window has yet to open, so a disabled button says when (no button that only refuses)
        long later = officer.post("shifts", Json.createObjectBuilder().add("groupId", group).add("area", area + "夜")
                .add("startsAt", start.plusHours(15).toString()).add("endsAt", start.plusHours(17).toString()).add("needed", 2).build()).id();
        String laterCard = "[data-shift='" + later + "'] ";

        try (Browser phone = Browser.open(390, 844)) {
            phone.go("patrol/shifts.xhtml").logIn("volunteer1", TestEnv.DEMO_PASSWORD).waitForText(card + "p", area);
            phone.click(card + ".yh-sign-up").waitForText("#shifts\\:messages", "报名成功");
            phone.click(laterCard + ".yh-sign-up").waitForText(laterCard + ".yh-check-in-later", "开始签到");
            assertThat(phone.present(laterCard + ".yh-check-in")).isFalse();
            assertThat(phone.find(laterCard + ".yh-check-in-later").isEnabled()).isFalse();
            assertThat(phone.text(laterCard + ".yh-check-in-later"))
                    .contains(start.plusHours(15).minusMinutes(30).toLocalTime().toString());
            phone.screenshot("patrol-shift-later-phone-zh");
            phone.click(card + ".yh-check-in").waitForText("#shifts\\:messages", "签到成功");
            assertThat(phone.text(card + ".yh-shift-mine")).contains("已报名").contains("签到");
            assertThat(phone.overflowsSideways()).isFalse();
            phone.screenshot("patrol-shift-checked-in-phone-zh");
            assertThat(phone.present(card + ".yh-cancel")).isFalse(); // checked in: no cancelling any more
            // the volunteer's other pages on the phone, for a person to look at
            phone.go("patrol/groups.xhtml").waitForText(".yh-title", "我的巡防队");
            assertThat(phone.overflowsSideways()).isFalse();
            phone.screenshot("patrol-groups-phone-zh");
            phone.go("patrol/publicity.xhtml").waitForText(".yh-title", "反诈宣传");
            assertThat(phone.overflowsSideways()).isFalse();
            phone.screenshot("patrol-publicity-phone-zh");
            phone.go("public/tip.xhtml").waitForText("#tip\\:station_label", "不清楚");
            phone.screenshot("public-tip-phone-zh");
        }
        assertThat(TestEnv.number("SELECT count(*) FROM shift_signup WHERE shift_id = ? AND checked_in_at IS NOT NULL", shift)).isEqualTo(1);

        try (Browser desk = Browser.open(1280, 1000)) {
            // its content, not its shown text: a shift that starts shortly before midnight is a sliver on the
            // day's column, too short to show its title
            desk.go("patrol/officer/shifts.xhtml").logIn("officer1", TestEnv.DEMO_PASSWORD).waitForTextContent("#planner\\:calendar", area);
            assertThat(desk.textContent("#planner\\:calendar")).contains("(1/3)");
            assertThat(desk.present(".yh-event-understaffed")).isTrue();
            // weeks start on Monday, and the calendar speaks in the page's typeface
            assertThat(desk.find("#planner\\:calendar .fc-col-header-cell").getAttribute("class")).contains("fc-day-mon");
            assertThat(desk.cssValue("#planner\\:calendar .fc-col-header-cell", "font-family")).isEqualTo(desk.cssValue("body", "font-family"));
            assertThat(desk.cssValue("#planner\\:calendar .fc-event", "font-family")).isEqualTo(desk.cssValue("body", "font-family"));
            desk.screenshot("patrol-shift-planner-zh");
            desk.go("patrol/officer/groups.xhtml").waitForText("#groups\\:groupTable", groupName);
            desk.screenshot("patrol-groups-zh");
        }
    }

    @Test
    void theOfficerSeesACheckInSentLateFromAPhoneThatWasOffline() throws Exception {
        Api officer = Api.demo("officer1");
        Api volunteer = Api.demo("volunteer1");
        long group = officer.post("patrol-groups", Json.createObjectBuilder().add("name", "离线" + TestEnv.unique()).build()).id();
        long application = volunteer.post("patrol-groups/" + group + "/applications", Json.createObjectBuilder().build()).id();
        officer.post("patrol-groups/applications/" + application + "/decision", Json.createObjectBuilder().add("approve", true).build());
        String area = "地下车库" + TestEnv.unique();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusHours(3).truncatedTo(ChronoUnit.MINUTES);
        long shift = officer.post("shifts", Json.createObjectBuilder().add("groupId", group).add("area", area)
                .add("startsAt", start.format(TestEnv.ISO_TIME)).add("endsAt", start.plusHours(2).format(TestEnv.ISO_TIME)).add("needed", 1).build()).id();
        assertThat(volunteer.put("shifts/" + shift + "/signup", Json.createObjectBuilder().build(), Api.freshKey()).status()).isEqualTo(201);
        try (var c = TestEnv.database(); var s = c.prepareStatement(
                "UPDATE shift SET starts_at = now() - interval '2 hours', ends_at = now() + interval '1 hour' WHERE id = ?")) {
            s.setLong(1, shift);
            s.executeUpdate();
        }
        // tapped in the basement 90 minutes ago, sent now
        OffsetDateTime tapped = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(90).truncatedTo(ChronoUnit.SECONDS);
        assertThat(volunteer.post("shifts/" + shift + "/check-in", Json.createObjectBuilder().add("deviceTime", tapped.toString()).build(),
                Api.freshKey()).status()).isEqualTo(201);

        try (Browser desk = Browser.open(1280, 1000)) {
            desk.go("patrol/officer/shifts.xhtml?queue=today").logIn("officer1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "排班");
            desk.go("patrol/officer/shifts.xhtml?queue=today").waitForText("#planner\\:queued", area);
            desk.clickInRow("planner:queued", area, "yh-open-shift").waitForText("#detailDialog", "补传");
            assertThat(desk.text("#detailDialog")).contains(tapped.toLocalTime().toString().substring(0, 5));
            desk.screenshot("patrol-shift-sent-late-zh");
        }
    }

    @Test
    void thePatrolPagesReadInEnglish() {
        try (Browser phone = Browser.open(390, 844)) {
            phone.go("login.xhtml").click("#lang\\:langEn").waitForText(".yh-login-title", "Yanghu");
            phone.logIn("volunteer1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "Home");
            phone.go("patrol/shifts.xhtml").waitForText(".yh-title", "My shifts");
            assertThat(phone.text("#shifts")).contains("My points").contains("Points awarded");
            phone.screenshot("patrol-my-shifts-phone-en");
            phone.go("patrol/tip.xhtml").waitForText(".yh-title", "Send a tip");
            assertThat(phone.text("#tip")).contains("Suspicious vehicle").contains("Use my current location");
            phone.screenshot("patrol-tip-phone-en");
            phone.go("patrol/publicity.xhtml").waitForText(".yh-title", "Anti-fraud publicity");
            phone.screenshot("patrol-publicity-phone-en");
            phone.go("patrol/groups.xhtml").waitForText(".yh-title", "My patrol groups");
            phone.screenshot("patrol-groups-phone-en");
            phone.go("public/tip.xhtml").waitForText("#tip\\:station_label", "I don't know");
            assertThat(phone.overflowsSideways()).isFalse();
            phone.screenshot("public-tip-phone-en");
            phone.go("public/track.xhtml").waitForText(".yh-title", "Follow up a tip");
            phone.screenshot("public-track-phone-en");
        }
        try (Browser desk = Browser.open(1280, 900)) {
            desk.go("login.xhtml").click("#lang\\:langEn").waitForText(".yh-login-title", "Yanghu");
            desk.logIn("officer1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "Home");
            desk.go("patrol/officer/tips.xhtml").waitForText(".yh-title", "Tip triage");
            desk.screenshot("patrol-tip-queue-en");
            desk.go("patrol/officer/groups.xhtml").waitForText(".yh-title", "Patrol groups");
            desk.screenshot("patrol-groups-en");
            desk.go("patrol/officer/shifts.xhtml").waitForText(".yh-title", "Shift planner");
            assertThat(desk.find("#planner\\:calendar .fc-col-header-cell").getAttribute("class")).contains("fc-day-mon");
            desk.screenshot("patrol-shift-planner-en");
        }
    }

    @Test
    void anOfficerMovesAGroupToAGridAndReadsTheStationLeaderboard() throws Exception {
        Api officer = Api.demo("officer1");
        String groupName = "网格队" + TestEnv.unique();
        long group = officer.post("patrol-groups", Json.createObjectBuilder().add("name", groupName).build()).id();
        jakarta.json.JsonObject hutang = officer.get("communities").array().stream().map(c -> (jakarta.json.JsonObject) c)
                .filter(c -> c.getString("nameZh").equals("湖塘社区")).findFirst().orElseThrow();
        jakarta.json.JsonObject grid = officer.get("communities/" + hutang.getJsonNumber("id") + "/grids").array().getJsonObject(0);

        try (Browser desk = Browser.open(1280, 1000)) {
            desk.go("patrol/officer/groups.xhtml").logIn("officer1", TestEnv.DEMO_PASSWORD).waitForText("#groups\\:groupTable", groupName);
            desk.clickInRow("groups:groupTable", groupName, "ui-commandlink").waitForText("#groups\\:selected h2", groupName);
            desk.click("#groups\\:editGroup").waitForText("#groupForm\\:officer_label", "王建国"); // the dialog, filled in
            desk.choose("widget_groupForm_community", hutang.getJsonNumber("id").toString());
            desk.waitForTextContent("#groupForm\\:grid_input", grid.getString("name"));
            desk.select("widget_groupForm_grid", grid.getJsonNumber("id").toString());
            desk.click("#groupForm\\:save").waitForText("#groups\\:groupTable", "湖塘社区 · " + grid.getString("name"));
            desk.waitForText("#groups\\:selected", "湖塘社区 · ").screenshot("patrol-group-area-zh");

            desk.go("patrol/officer/leaderboard.xhtml").waitForText(".yh-title", "积分排行");
            desk.retype("#leaderboard\\:from_input", java.time.LocalDate.now(ZoneOffset.ofHours(8)).minusDays(30).toString());
            desk.click("#leaderboard\\:show").waitForText("#leaderboard\\:board", "湖塘人民路巡防队"); // the demo patrol of yesterday
            desk.screenshot("patrol-leaderboard-zh");
            desk.retype("#leaderboard\\:to_input", "2020-01-01");
            desk.click("#leaderboard\\:show").waitForText("#leaderboard\\:messages", "截止日期不能早于起始日期");
        }
        assertThat(TestEnv.number("SELECT count(*) FROM patrol_group WHERE id = ? AND grid_id = ?", group, grid.getJsonNumber("id").longValue()))
                .isEqualTo(1);
    }
}
