package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer searches a two-character Chinese word from the top bar and finds a tip of the station, word marked; the
 * intake shows what is known of a victim as the ID-card number is typed, and the tip dialog the cases its text links to
 * (another station's by number, station and date, without a link).
 */
class SearchBrowserIT extends DeployedApplication {

    @Test
    void anOfficerFindsATwoCharacterWordFromTheTopBar() {
        String place = "礼嘉镇" + TestEnv.unique() + "号";
        Api.Reply sent = Api.demo("volunteer1").post("tips", Json.createObjectBuilder().add("category", "FRAUD_LEAD")
                .add("occurredAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(5).withNano(0).format(TestEnv.ISO_TIME))
                .add("place", place).add("description", "一位老人说有人上门推销养老项目，承诺高额返利，要求先交会费").build(),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(sent.status()).isEqualTo(201);
        try (Browser browser = Browser.open(1280, 900)) {
            browser.go("index.xhtml").logIn("officer1", TestEnv.DEMO_PASSWORD);
            browser.type("#topSearchQ", "养老").press(Keys.ENTER).waitForText("#group-TIP", place);
            assertThat(browser.url()).contains("search.xhtml?q=");
            assertThat(browser.text(".yh-title")).isEqualTo("搜索");
            assertThat(browser.textContent("#group-TIP h2")).contains("线索");
            assertThat(browser.evaluate("return Array.from(document.querySelectorAll('#group-TIP mark')).map(m => m.textContent).join(',')"))
                    .asString().contains("养老");
            browser.screenshot("search-results-zh");

            browser.click("#topbar\\:langEn").waitForText(".yh-title", "Search");
            browser.type("#searchQ", "养老").click("#searchSubmit").waitForText("#group-TIP", place);
            assertThat(browser.textContent("#group-TIP h2")).contains("Tips");
            browser.screenshot("search-results-en");
        }
    }
    /** A case reported at {@code at} of one victim, naming the suspect's phone (no contact time or transfers, which would follow it). */
    private static jakarta.json.JsonObject reportOn(String at, String suspectPhone, String name, String idNumber) {
        return FraudCaseIT.report(suspectPhone).remove("contactStartedAt").remove("transfers").add("reportedAt", at)
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", name).add("idNumber", idNumber)))
                .build();
    }

    @Test
    void theIntakeAndTheTipShowWhatIsKnownAlreadyAnotherStationsReduced() {
        Api admin = Api.demo("admin");
        long stationA = Fixtures.station(admin);
        long stationB = Fixtures.station(admin);
        String officerAName = Fixtures.account(admin, stationA, "OFFICER");
        Api officerA = Api.as(officerAName, Fixtures.PASSWORD);
        String officerBName = Fixtures.account(admin, stationB, "OFFICER");
        Api officerB = Api.as(officerBName, Fixtures.PASSWORD);
        Api volunteerA = Api.as(Fixtures.account(admin, stationA, "VOLUNTEER"), Fixtures.PASSWORD);
        String idNumber = PersonIT.idCard("19500301");
        String suspect = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Api.Reply atA = officerA.post("fraud-cases", reportOn("2026-09-10T09:30:00+08:00", suspect, "周某", idNumber));
        Api.Reply atB = officerB.post("fraud-cases", reportOn("2026-06-02T10:00:00+08:00", suspect, "周某", idNumber));
        assertThat(atA.status()).as(atA.body()).isEqualTo(201);
        assertThat(atB.status()).as(atB.body()).isEqualTo(201);
        String numberA = officerA.get("fraud-cases/" + atA.id()).json().getString("caseNumber");
        String numberB = officerB.get("fraud-cases/" + atB.id()).json().getString("caseNumber");
        String place = "遥观镇" + TestEnv.unique() + "号";
        Api.Reply tip = volunteerA.post("tips", Json.createObjectBuilder().add("category", "FRAUD_LEAD")
                .add("occurredAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(5).withNano(0).format(TestEnv.ISO_TIME))
                .add("place", place).add("description", "有人用电话 " + suspect + " 冒充客服，让老人转账").build(),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(tip.status()).isEqualTo(201);

        try (Browser browser = Browser.open(1280, 900)) {
            browser.go("fraud/intake.xhtml").logIn(officerAName, Fixtures.PASSWORD).waitForText(".yh-title", "报案登记");
            browser.typeAndLeave("#intake\\:victims\\:0\\:idNumber", idNumber)
                    .waitForText("#intake\\:victims\\:0\\:prior", numberA);
            String prior = browser.text("#intake\\:victims\\:0\\:prior");
            assertThat(prior).contains("此人曾于 2026-09-10 报案（" + numberA).contains("此人曾于 2026-06-02 报案（" + numberB)
                    .contains("其他派出所案件").contains("重复被害人").doesNotContain("周某").doesNotContain("二次诈骗");
            assertThat(browser.count("#intake\\:victims\\:0\\:prior a")).isZero();
            browser.choose("widget_intake_fraudType", "FAKE_RECOVERY").waitForText("#intake\\:victims\\:0\\:prior", "二次诈骗");
            browser.screenshot("intake-person-prior-zh");

            // the tip names the suspect's phone: the station's case links, the other station's is its number, station and day
            browser.go("patrol/officer/tips.xhtml").clickInRow("queue:table", place, "yh-open-tip")
                    .waitForText("#decision\\:textLinks", numberB);
            assertThat(browser.find("#decision\\:textLinks a[href*='fraud/case.xhtml']").getText()).isEqualTo(numberA);
            assertThat(browser.text("#decision\\:textLinks")).contains("2026-06-02").contains("其他派出所");
            assertThat(browser.count("#decision\\:textLinks a[href*='id=" + atB.id() + "']")).isZero();
            browser.screenshot("tip-text-links-zh");

            // the dialog is modal: the language is switched on the page reloaded without it
            browser.go("patrol/officer/tips.xhtml").click("#topbar\\:langEn").waitForText(".yh-title", "Tip");
            browser.clickInRow("queue:table", place, "yh-open-tip").waitForText("#decision\\:textLinks", "Another station");
            browser.screenshot("tip-text-links-en");
            browser.go("fraud/intake.xhtml").waitForText(".yh-title", "Register a report");
            browser.typeAndLeave("#intake\\:victims\\:0\\:idNumber", idNumber)
                    .waitForText("#intake\\:victims\\:0\\:prior", "Reported a case on 2026-06-02 (" + numberB);
            assertThat(browser.text("#intake\\:victims\\:0\\:prior")).contains("Repeat victim");
            browser.screenshot("intake-person-prior-en");
        }
        // the cases' pages: station A's case lists the tip; station B's says a tip of station A names its identifiers too, no more
        String codeA = admin.get("stations/" + stationA).json().getString("code");
        try (Browser browser = Browser.open(1280, 900)) {
            browser.go("login.xhtml").logIn(officerBName, Fixtures.PASSWORD).waitForText(".yh-title", "首页");
            browser.go("fraud/case.xhtml?id=" + atB.id()).waitForText("#detail\\:namingElsewhere", codeA + " 1");
            assertThat(browser.text("#detail\\:namingElsewhere")).contains("其他派出所也有线索提到这些要素");
            assertThat(browser.count(".yh-naming-tip")).isZero();
            assertThat(browser.text("#detail\\:namingTips")).doesNotContain(place);
            browser.evaluate("document.getElementById('detail:namingTips').scrollIntoView()");
            browser.screenshot("case-naming-elsewhere-zh");
        }
        try (Browser browser = Browser.open(1280, 900)) {
            browser.go("login.xhtml").logIn(officerAName, Fixtures.PASSWORD).waitForText(".yh-title", "首页");
            browser.go("fraud/case.xhtml?id=" + atA.id()).waitForText("#detail\\:namingTips", place);
            assertThat(browser.present("#detail\\:namingElsewhere")).as("nothing of station A's is elsewhere").isFalse();
        }
    }
    @Test
    void anAdministratorSetsTheRepeatPeriodAndItHoldsAtOnce() throws Exception {
        Api admin = Api.demo("admin");
        Api officer = Api.as(Fixtures.account(admin, Fixtures.station(admin), "OFFICER"), Fixtures.PASSWORD);
        String idNumber = PersonIT.idCard("19800101");
        for (String at : new String[]{"2026-05-10T09:00:00+08:00", "2026-08-12T09:00:00+08:00"}) {
            Api.Reply r = officer.post("fraud-cases", reportOn(at, "138" + String.format("%08d", ThreadLocalRandom.current()
                    .nextInt(100_000_000)), "吴某", idNumber));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        assertThat(officer.get("persons?idNumber=" + idNumber).json().getBoolean("repeatVictim")).isTrue();
        try (Browser browser = Browser.open(1280, 900)) {
            browser.go("admin/search-settings.xhtml").logIn("admin", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "重复被害人认定期限");
            browser.retype("#settings\\:repeatMonths_input", "2").click("#settings\\:save").waitForText("#settings\\:messages", "已保存");
            browser.screenshot("admin-search-settings-zh");
            // three months apart: no longer a repeat victim with a period of two, at once
            assertThat(officer.get("persons?idNumber=" + idNumber).json().getBoolean("repeatVictim")).isFalse();
            assertThat(TestEnv.number("SELECT count(*) FROM audit_entry WHERE entity_type = 'SearchSetting' "
                    + "AND summary LIKE '%within 2 months%'")).isPositive();
            browser.retype("#settings\\:repeatMonths_input", "12").click("#settings\\:save").waitForText("#settings\\:messages", "已保存");
        } finally {
            TestEnv.number("UPDATE search_setting SET repeat_months = 12 WHERE id = 1 RETURNING repeat_months");
        }
        assertThat(officer.get("persons?idNumber=" + idNumber).json().getBoolean("repeatVictim")).isTrue();
    }
}
