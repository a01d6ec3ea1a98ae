package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page as a work inbox: the head opens what awaits their decision from its count, a
 * volunteer's phone shows the next shift with its check-in button, and every role's home page
 * in both languages (screenshots under target/screenshots, the volunteer's on a phone).
 */
class InboxBrowserIT extends DeployedApplication {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    @Test
    void theHeadOpensTheCasesAwaitingTheirDecisionFromTheCount() {
        Api officer1 = Api.demo("officer1");
        String at = OffsetDateTime.now(BEIJING).minusHours(2).truncatedTo(ChronoUnit.SECONDS).format(TestEnv.ISO_TIME);
        JsonObject registered = officer1.post("fraud-cases", Json.createObjectBuilder().add("fraudType", "FAKE_LOAN").add("reportedAt", at)
                .add("narrative", "网贷“解冻费”诈骗").add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "孙某")))
                .build()).json();
        assertThat(officer1.post("fraud-cases/" + registered.getJsonNumber("id") + "/transitions", Json.createObjectBuilder().add("action", "ACCEPT")
                .add("version", registered.getJsonNumber("version").longValue()).build()).status()).isEqualTo(200);
        long waiting = Api.demo("head1").get("me/inbox").array().stream().map(v -> (JsonObject) v)
                .filter(i -> i.getString("kind").equals("awaiting-decision")).findFirst().orElseThrow().getJsonNumber("count").longValue();
        assertThat(waiting).isPositive();

        try (Browser desk = Browser.open(1280, 900)) {
            desk.go("index.xhtml").logIn("head1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "首页");
            assertThat(desk.text("#inbox-awaiting-decision .yh-inbox-count")).isEqualTo(String.valueOf(waiting));
            assertThat(desk.text("#inbox-awaiting-decision")).contains("待我审批");
            desk.click("#inbox-awaiting-decision").waitForUrl("queue=awaiting-decision");
            desk.find("#cases\\:table");
            assertThat(desk.count("#cases\\:table_data > tr[data-ri]")).as("the list's first page").isEqualTo((int) Math.min(waiting, 20));
            assertThat(desk.text("#cases\\:table")).contains(registered.getString("caseNumber"));
            desk.screenshot("inbox-head-awaiting-decision-list-zh");
        }
    }

    @Test
    void aVolunteersPhoneShowsTheNextShiftAndItsCheckInButtonWhenTheWindowOpens() throws Exception {
        Api admin = Api.demo("admin");
        Api officer1 = Api.demo("officer1");
        long hutang = admin.get("stations").array().stream().map(v -> (JsonObject) v).filter(s -> s.getString("code").equals("HT"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        String name = Fixtures.account(admin, hutang, "VOLUNTEER");
        Api volunteer = Api.as(name, Fixtures.PASSWORD);
        long group = officer1.post("patrol-groups", Json.createObjectBuilder().add("name", "巡防" + TestEnv.unique()).build()).id();
        long application = volunteer.post("patrol-groups/" + group + "/applications", Json.createObjectBuilder().build()).id();
        officer1.post("patrol-groups/applications/" + application + "/decision", Json.createObjectBuilder().add("approve", true).build());
        OffsetDateTime later = OffsetDateTime.now(BEIJING).plusHours(3).truncatedTo(ChronoUnit.MINUTES);
        String laterArea = "花园街" + TestEnv.unique();
        signUp(volunteer, officer1, group, laterArea, later);

        try (Browser phone = Browser.open(390, 844)) {
            phone.go("index.xhtml").logIn(name, Fixtures.PASSWORD).waitForText("#next-shift", laterArea);
            // check-in opens 30 minutes before the start
            assertThat(phone.text("#home\\:checkInLater")).contains(later.minusMinutes(30).format(DateTimeFormatter.ofPattern("HH:mm")))
                    .contains("开始签到");
            assertThat(phone.present("#home\\:checkIn")).isFalse();
            assertThat(phone.present("#home\\:sendTip")).isTrue();
            assertThat(phone.overflowsSideways()).isFalse();
            phone.screenshot("inbox-volunteer-later-phone-zh");

            OffsetDateTime soon = OffsetDateTime.now(BEIJING).plusMinutes(10).truncatedTo(ChronoUnit.MINUTES);
            String soonArea = "长虹路" + TestEnv.unique();
            long shift = signUp(volunteer, officer1, group, soonArea, soon);
            phone.go("index.xhtml").waitForText("#next-shift", soonArea);
            phone.click("#home\\:checkIn").waitForText("#home\\:messages", "签到成功");
            assertThat(phone.text("#next-shift")).contains("已签到");
            phone.screenshot("inbox-volunteer-checked-in-phone-zh");
            assertThat(TestEnv.number("SELECT count(*) FROM shift_signup WHERE shift_id = ? AND checked_in_at IS NOT NULL", shift)).isEqualTo(1);
        }
    }

    @Test
    void everyRolesHomePageInChineseAndEnglish() {
        for (String user : new String[] {"officer1", "auxiliary1", "head1", "supervisor1", "liaison1", "admin", "volunteer1"}) {
            boolean onPhone = user.startsWith("volunteer");
            try (Browser browser = onPhone ? Browser.open(390, 844) : Browser.open(1280, 900)) {
                browser.go("index.xhtml").logIn(user, TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "首页");
                // the volunteer's coming shifts are the next-shift card, not a card of their own
                String kind = Api.demo(user).get("me/inbox").array().stream().map(v -> ((JsonObject) v).getString("kind"))
                        .filter(k -> !k.equals("my-shifts")).findFirst().orElseThrow();
                assertThat(browser.present("#inbox-" + kind)).as(user + "'s first card").isTrue();
                if (onPhone) {
                    browser.find("#next-shift");
                    assertThat(browser.overflowsSideways()).isFalse();
                }
                if (user.equals("supervisor1")) {
                    browser.find("#inbox-stations");
                }
                browser.screenshot("inbox-home-" + user + (onPhone ? "-phone" : "") + "-zh");
                browser.click("#topbar\\:langEn").waitForText(".yh-title", "Home");
                assertThat(browser.text("#inbox")).doesNotContain("inbox.");
                browser.screenshot("inbox-home-" + user + (onPhone ? "-phone" : "") + "-en");
            }
        }
    }

    private static long signUp(Api volunteer, Api officer, long group, String area, OffsetDateTime start) {
        long shift = officer.post("shifts", Json.createObjectBuilder().add("groupId", group).add("area", area).add("startsAt", start.format(TestEnv.ISO_TIME))
                .add("endsAt", start.plusHours(2).toString()).add("needed", 2).build()).id();
        assertThat(volunteer.put("shifts/" + shift + "/signup", Json.createObjectBuilder().build(), Api.freshKey()).status()).isEqualTo(201);
        return shift;
    }
}
