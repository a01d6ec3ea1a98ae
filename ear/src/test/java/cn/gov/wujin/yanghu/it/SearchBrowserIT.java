package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer searches a two-character Chinese word from the top bar and finds a tip of the station, word marked. */
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
}
