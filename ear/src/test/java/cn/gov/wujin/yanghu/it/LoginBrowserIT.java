package cn.gov.wujin.yanghu.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** Logging in and out in a real browser, in both languages; the menu follows the roles. */
class LoginBrowserIT extends DeployedApplication {

    private static final String MENU_HIDDEN = "return document.getElementById('topbar:menu').getClientRects().length === 0";

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
    void officerLogsInAndOutInChineseWithoutTheAdministrationMenu() {
        browser.go("login.xhtml");
        assertThat(browser.text(".yh-login-title")).isEqualTo("阳湖警务综合管理系统");
        String sessionBeforeLogin = browser.cookie("JSESSIONID");
        browser.logIn("officer1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "首页");
        assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(sessionBeforeLogin);
        assertThat(browser.text("#welcome h2")).isEqualTo("欢迎，王建国");
        assertThat(browser.text("#userUnit")).isEqualTo("湖塘派出所");
        assertThat(browser.text("#homeRoles")).contains("民警");
        assertThat(browser.text(".yh-menu")).contains("首页").doesNotContain("系统管理");
        assertThat(Files.exists(browser.screenshot("login-zh-officer-home"))).isTrue();

        browser.click("#topbar\\:logout").waitForText("#login\\:loggedOut", "您已安全退出");
        browser.screenshot("login-zh-logged-out");
        browser.go("index.xhtml").waitForUrl("login.xhtml");
        assertThat(browser.present("#login\\:username")).isTrue();
    }

    @Test
    void administratorLogsInAndOutInEnglishWithTheAdministrationMenu() {
        browser.go("login.xhtml").click("#lang\\:langEn").waitForText(".yh-login-title", "Yanghu Police Case and Patrol Management");
        browser.screenshot("login-en-page");
        browser.logIn("admin", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "Home");
        assertThat(browser.text("#welcome h2")).isEqualTo("Welcome, 系统管理员");
        assertThat(browser.text("#userUnit")).isEqualTo("Bureau");
        assertThat(browser.text(".yh-menu")).contains("Home").contains("Administration");
        browser.screenshot("login-en-admin-home");

        browser.go("admin/accounts.xhtml").waitForText(".yh-title", "Accounts");
        browser.waitForText("#accounts\\:table", "officer1");
        assertThat(browser.text("#accounts\\:table")).contains("139****5601").doesNotContain("13912345601");
        browser.screenshot("admin-accounts-en");

        browser.click("#topbar\\:logout").waitForText("#login\\:loggedOut", "You have logged out");
        browser.screenshot("login-en-logged-out");
    }

    @Test
    void onAPhoneTheLoginAndHomePagesFitTheScreen() {
        try (Browser phone = Browser.open(390, 844)) {
            phone.go("login.xhtml");
            assertThat(phone.overflowsSideways()).isFalse();
            phone.screenshot("phone-login-zh");
            phone.logIn("volunteer1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "首页");
            assertThat(phone.text("#homeRoles")).contains("平安志愿者");
            assertThat(phone.find("#topbar\\:logout").isDisplayed()).isTrue();
            assertThat(phone.overflowsSideways()).isFalse();
            phone.screenshot("phone-home-zh-volunteer");
            // one row of top bar; the menu opens behind its button, which says whether it is open
            assertThat(phone.find(".yh-topbar").getRect().getHeight()).as("the top bar is one row").isLessThan(64);
            phone.waitUntil(MENU_HIDDEN);
            assertThat(phone.find("#menuToggle").getAttribute("aria-expanded")).isEqualTo("false");
            phone.click("#menuToggle").find("#topbar\\:menu");
            assertThat(phone.find("#menuToggle").getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(phone.text("#topbar\\:menu")).contains("首页").contains("巡防");
            assertThat(phone.overflowsSideways()).isFalse();
            phone.screenshot("phone-menu-open-zh-volunteer");
            phone.find("#menuToggle").sendKeys(org.openqa.selenium.Keys.ESCAPE);
            phone.waitUntil("return document.getElementById('menuToggle').getAttribute('aria-expanded') === 'false'");
            phone.waitUntil(MENU_HIDDEN);
        }
    }

    @Test
    void wrongPasswordShowsTheMessageAndStaysOnTheLoginPage() {
        String user = Fixtures.account(Api.demo("admin"), null, "SUPERVISOR");
        browser.go("login.xhtml").logIn(user, "wrong-password-1").waitForText("#login\\:messages", "用户名或密码错误");
        assertThat(browser.url()).contains("login.xhtml");
        assertThat(browser.find("#login\\:password").getAttribute("value")).isEmpty();
        browser.screenshot("login-zh-wrong-password");
    }

    @Test
    void aDeepLinkReturnsThereAfterLoginAndOfficersAreKeptOutOfAdministration() {
        browser.go("admin/stations.xhtml").waitForUrl("login.xhtml");
        browser.logIn("admin", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "派出所与社区");
        assertThat(browser.text("#stations\\:stationTable")).contains("湖塘派出所");
        browser.screenshot("admin-stations-zh");
        browser.click("#topbar\\:logout").waitForUrl("login.xhtml");

        browser.go("login.xhtml").logIn("officer1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "首页");
        browser.go("admin/accounts.xhtml").waitForText("#errorTitle", "没有权限");
        browser.screenshot("officer-forbidden-zh");
        browser.go("no-such-page.xhtml").waitForText("#errorTitle", "页面或记录不存在");
    }
}
