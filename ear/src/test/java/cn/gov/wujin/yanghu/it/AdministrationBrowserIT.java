package cn.gov.wujin.yanghu.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator keeps stations and accounts; bad input is named beside its field and saves nothing. */
class AdministrationBrowserIT extends DeployedApplication {

    private Browser browser;

    @BeforeEach
    void logInAsAdministrator() {
        browser = Browser.open();
        browser.go("admin/stations.xhtml").logIn("admin", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "派出所与社区");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aStationsRowOpensItsCommunitiesAndACommunitysRowItsGrids() {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        long community = Fixtures.community(admin, station);
        browser.go("admin/stations.xhtml").waitForText(".yh-title", "派出所与社区");
        browser.click("#stations\\:stationTable tr[data-rk='" + station + "'] td").waitForText("#communities", "辖区社区（村）");
        assertThat(browser.text("#communities")).contains("测试社区");
        browser.click("#communities\\:communityTable tr[data-rk='" + community + "'] td").waitForText("#gridForm", "网格");
        // a grid has an English name beside its Chinese one (defect 15)
        browser.type("#gridForm\\:code", "G-" + TestEnv.uniqueLetters(4)).type("#gridForm\\:name", "测试第一网格")
                .type("#gridForm\\:nameEn", "Test Grid One").click("#gridForm\\:addGrid").waitForText("#gridForm\\:gridTable", "Test Grid One");
        assertThat(browser.text("#gridForm\\:gridTable")).contains("测试第一网格").contains("网格英文名称");
        browser.screenshot("admin-station-communities-zh");
    }

    @Test
    void anInvalidStationCodeIsNamedAndNothingIsSaved() {
        String code = TestEnv.uniqueLetters(6);
        browser.click("#stations\\:newStation").find("#stationForm\\:code");
        browser.type("#stationForm\\:code", code.toLowerCase() + "1")
                .type("#stationForm\\:nameZh", "测试派出所")
                .type("#stationForm\\:nameEn", "Test station")
                .click("#stationForm\\:save")
                .waitForText("#stationForm", "站代码须为2至8位大写字母");
        browser.screenshot("admin-station-invalid-code-zh");
        assertThat(Api.demo("admin").get("stations").body()).doesNotContain(code.toLowerCase() + "1");

        browser.type("#stationForm\\:code", code).click("#stationForm\\:save").waitForText("#stations\\:stationTable", code);
        assertThat(Api.demo("admin").get("stations").body()).contains("\"code\":\"" + code + "\"");
    }

    @Test
    void anAccountWithABadIdCardNumberIsRefusedBesideTheField() {
        String username = "ui." + TestEnv.unique();
        browser.go("admin/accounts.xhtml").click("#accounts\\:newAccount").find("#accountForm\\:username");
        browser.type("#accountForm\\:username", username)
                .type("#accountForm\\:displayName", "界面测试")
                .type("#accountForm\\:idCardNumber", "110105194912310021")
                .type("#accountForm\\:password", Fixtures.PASSWORD);
        browser.click("#accountForm\\:roles .ui-chkbox-box").click("#accountForm\\:save")
                .waitForText("#accountForm", "身份证号无效");
        browser.screenshot("admin-account-invalid-id-card-zh");
        assertThat(Api.demo("admin").get("accounts?q=" + username).json().getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void aProcedureLimitOutsideItsBoundsIsRefusedBesideTheFieldAndChangesNothing() throws Exception {
        browser.go("admin/procedure-limits.xhtml").waitForText("#limits\\:table", "冻结期限");
        assertThat(browser.text("#limits\\:table")).contains("公安机关办理刑事案件程序规定", "银发〔2016〕86号");
        browser.click(".yh-edit-FREEZE_BOARD_DAYS").waitForText("#limit", "冻结到期提醒范围");
        browser.retype("#limit\\:amount", "0").click("#limit\\:save").waitForText("#limit", "请输入 1 到 90 之间的数");
        browser.screenshot("admin-procedure-limits-zh");
        browser.retype("#limit\\:amount", "十五").click("#limit\\:save").waitForText("#limit", "请输入整数");
        assertThat(TestEnv.number("SELECT amount FROM procedure_limit WHERE code = 'FREEZE_BOARD_DAYS'")).isEqualTo(15L);

        browser.retype("#limit\\:amount", "15").click("#limit\\:save").waitForText("#limits", "已保存");
        assertThat(TestEnv.number("SELECT count(*) FROM audit_entry WHERE entity_type = 'ProcedureLimit' AND entity_id = 'FREEZE_BOARD_DAYS' "
                + "AND actor = 'admin'")).isPositive();
    }

    @Test
    void theFraudTypeTableIsKeptOnItsOwnPage() {
        browser.go("admin/fraud-types.xhtml").waitForText("#types\\:table", "养老诈骗");
        browser.click(".yh-edit-ELDERLY_CARE").waitForText("#type", "ELDERLY_CARE");
        browser.type("#type\\:nameZh", " ").click("#type\\:save").waitForText("#type", "必填");
        browser.screenshot("admin-fraud-types-zh");
        assertThat(Api.demo("admin").get("fraud-types").body()).contains("养老诈骗");
    }

    @Test
    void theLiaisonSettingsNameEveryFieldAndTheMessagesCloseButtonSitsInsideItsBox() {
        browser.go("admin/liaison-settings.xhtml").waitForText(".yh-title", "诉求期限与走访周期");
        assertThat(browser.find("[id='settings:deadlines:0:days_input']").getAttribute("title"))
                .as("a day count in the table is named for screen readers").contains("天");
        browser.click("#settings\\:save").waitForText("#settings\\:messages", "已保存");
        org.openqa.selenium.Rectangle box = browser.find("#settings\\:messages .ui-messages-info").getRect();
        org.openqa.selenium.Rectangle close = browser.find("#settings\\:messages .ui-messages-close").getRect();
        assertThat(close.getX()).isGreaterThanOrEqualTo(box.getX());
        assertThat(close.getY()).isGreaterThanOrEqualTo(box.getY());
        assertThat(close.getX() + close.getWidth()).isLessThanOrEqualTo(box.getX() + box.getWidth());
        assertThat(close.getY() + close.getHeight()).isLessThanOrEqualTo(box.getY() + box.getHeight());
        assertThat(browser.find("#settings\\:messages .ui-messages-close").getAttribute("aria-label")).isEqualTo("关闭");
        browser.screenshot("admin-liaison-settings-saved-zh");
    }
}
