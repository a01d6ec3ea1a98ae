package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bell: a head's open page counts up, without a reload, when an officer files a step that needs him. */
class NotificationBrowserIT extends DeployedApplication {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theHeadsBellCountsUpLiveAndTheListOpensTheCase() {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        Api officer = Api.as(Fixtures.account(admin, station, "OFFICER"), Fixtures.PASSWORD);
        String head = Fixtures.account(admin, station, "SUPERVISOR");

        browser.go("login.xhtml").logIn(head, Fixtures.PASSWORD).waitForText(".yh-title", "首页");
        assertThat(browser.textContent("#bellCount")).isEqualTo("0");
        assertThat(browser.present("#bellCount.yh-bell-zero")).as("no count shown at 0").isTrue();

        Api.Reply created = officer.post("fraud-cases", FraudCaseIT.report(FraudCaseIT.randomPhone()).build());
        long id = created.id();
        String number = created.json().getString("caseNumber");
        officer.post("fraud-cases/" + id + "/transitions", Json.createObjectBuilder().add("action", "ACCEPT").build());

        // no reload: the count and a notice arrive over the page's live feed
        browser.waitForText("#bellCount", "1").waitForText("#liveToasts", "案件待您审批");
        assertThat(browser.text("#liveToasts")).contains(number);
        browser.screenshot("notifications-zh-head-live");

        browser.click("#bellLink").waitForText(".yh-title", "通知");
        assertThat(browser.text("#notifications\\:table")).contains("案件待您审批").contains(number);
        browser.screenshot("notifications-zh-list");
        browser.click("#notifications\\:table\\:0\\:open").waitForUrl("fraud/case.xhtml?id=" + id);
        assertThat(browser.textContent("#bellCount")).isEqualTo("0"); // opening it read it
    }
}
