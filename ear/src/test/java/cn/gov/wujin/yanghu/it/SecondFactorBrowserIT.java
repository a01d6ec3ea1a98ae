package cn.gov.wujin.yanghu.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Enrolling an authenticator app on the page, and signing in with its code as the second step, in both languages. */
class SecondFactorBrowserIT extends DeployedApplication {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @ParameterizedTest
    @CsvSource({"zh, 首页, 恢复码, 第二重验证", "en, Home, Recovery codes, Second factor"})
    void enrolAnAuthenticatorAppThenSignInWithItsCode(String language, String home, String recoveryTitle, String secondStep) {
        Api admin = Api.demo("admin");
        String user = Fixtures.account(admin, Fixtures.station(admin), "OFFICER");
        browser.go("login.xhtml");
        if (language.equals("en")) {
            browser.click("#lang\\:langEn").waitForText(".yh-login-title", "Yanghu");
        }
        browser.logIn(user, Fixtures.PASSWORD).waitForText(".yh-title", home);

        browser.go("account/second-factor.xhtml").click("#totp\\:start").waitUntil("return !!document.getElementById('secret')");
        assertThat(browser.present(".yh-qr")).isTrue();
        browser.screenshot("second-factor-enrol-" + language);
        String secret = browser.text("#secret").replace(" ", "");
        browser.type("#totp\\:code", TotpCodes.code(secret, 0)).click("#totp\\:confirm").waitForText("#totp\\:recovery", recoveryTitle);
        assertThat(browser.count(".yh-recovery-codes li")).isEqualTo(10);
        browser.screenshot("second-factor-recovery-codes-" + language);

        browser.click("#topbar\\:logout").waitForUrl("login.xhtml");
        browser.logIn(user, Fixtures.PASSWORD).waitForText("#second", secondStep);
        assertThat(browser.present("#login\\:password")).as("the password step is over").isFalse();
        assertThat(browser.present("#back\\:cancel")).as("the way back to the password").isTrue();
        assertThat(browser.present("#useKey")).as("no security key registered").isFalse();
        browser.screenshot("second-factor-sign-in-" + language);
        browser.type("#second\\:code", TotpCodes.code(secret, 1)).click("#second\\:verify").waitForText(".yh-title", home);
    }

    @org.junit.jupiter.api.Test
    void aRoleThatRequiresASecondFactorSendsEveryPageToTheEnrolment() {
        Api admin = Api.demo("admin");
        String user = Fixtures.account(admin, Fixtures.station(admin), "VOLUNTEER");
        long version = SecondFactorPolicyIT.policy(admin).getJsonNumber("version").longValue();
        admin.put("second-factor-policies/VOLUNTEER", jakarta.json.Json.createObjectBuilder().add("required", true)
                .add("version", version).build());
        try {
            browser.go("login.xhtml").logIn(user, Fixtures.PASSWORD).waitForUrl("account/second-factor.xhtml");
            assertThat(browser.text("#totp\\:mustEnrol")).contains("请先绑定身份验证器应用");
            browser.go("patrol/shifts.xhtml").waitForUrl("account/second-factor.xhtml");
            browser.screenshot("second-factor-must-enrol-zh");
        } finally {
            admin.put("second-factor-policies/VOLUNTEER", jakarta.json.Json.createObjectBuilder().add("required", false)
                    .add("version", SecondFactorPolicyIT.policy(admin).getJsonNumber("version").longValue()).build());
        }
    }

    @ParameterizedTest
    @CsvSource({"zh, 首页, 浏览器", "en, Home, Browser"})
    void endingASessionFromAnotherClientSignsThatBrowserOutOnItsNextRequest(String language, String home, String browserWord) {
        Api admin = Api.demo("admin");
        String user = Fixtures.account(admin, Fixtures.station(admin), "OFFICER");
        browser.go("login.xhtml");
        if (language.equals("en")) {
            browser.click("#lang\\:langEn").waitForText(".yh-login-title", "Yanghu");
        }
        browser.logIn(user, Fixtures.PASSWORD).waitForText(".yh-title", home);
        Api other = Api.as(user, Fixtures.PASSWORD);
        browser.go("account/profile.xhtml").waitForText("#sessions\\:open", browserWord);
        assertThat(browser.text("#sessions\\:open")).contains("Chrome · Linux", "Java");
        browser.screenshot("sessions-profile-" + language);

        long web = other.get("me/sessions").array().stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(s -> s.getString("kind").equals("WEB")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertThat(other.delete("me/sessions/" + web).status()).isEqualTo(204);
        browser.go("index.xhtml").waitForUrl("login.xhtml");
        assertThat(browser.present("#login\\:username")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"zh, 首页, 安全密钥已登记, 第二重验证", "en, Home, Security key registered, Second factor"})
    void registerASecurityKeyThenSignInWithIt(String language, String home, String registered, String secondStep) {
        Api admin = Api.demo("admin");
        String user = Fixtures.account(admin, Fixtures.station(admin), "SUPERVISOR");
        browser.go("login.xhtml");
        if (language.equals("en")) {
            browser.click("#lang\\:langEn").waitForText(".yh-login-title", "Yanghu");
        }
        browser.logIn(user, Fixtures.PASSWORD).waitForText(".yh-title", home);
        var key = browser.addSecurityKey();
        try {
            browser.go("account/second-factor.xhtml").type("#keys\\:keyName", "USB key 1").click("#addKey")
                    .waitForText("#keys\\:messages", registered);
            assertThat(browser.text("#keys\\:list")).contains("USB key 1");
            browser.screenshot("security-key-registered-" + language);

            browser.click("#topbar\\:logout").waitForUrl("login.xhtml");
            browser.logIn(user, Fixtures.PASSWORD).waitForText("#second", secondStep);
            assertThat(browser.present("#useKey")).isTrue();
            browser.screenshot("security-key-sign-in-" + language);
            browser.click("#useKey").waitForText(".yh-title", home);
        } finally {
            browser.removeSecurityKey(key);
        }
    }
}
