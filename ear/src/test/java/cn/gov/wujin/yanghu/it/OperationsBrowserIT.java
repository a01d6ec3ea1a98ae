package cn.gov.wujin.yanghu.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's operations pages in a browser: the first day's organisation import (a bad
 * row named, nothing stored; a check, then the import), the retention terms, and where the
 * statistics read.
 */
class OperationsBrowserIT extends DeployedApplication {

    private Browser browser;

    @BeforeEach
    void logInAsAdministrator() {
        browser = Browser.open();
        browser.go("admin/first-day.xhtml").logIn("admin", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "首日部署");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anOrganisationFileIsCheckedRowByRowThenImported() throws Exception {
        String s = "B" + TestEnv.uniqueLetters(5);
        String good = "type,station_code,community_code,grid_code,name_zh,name_en,kind,address,phone\n"
                + "STATION," + s + ",,,浏览器派出所,Browser Station,,武进区浏览器路1号,0519-86500001\n"
                + "COMMUNITY," + s + "," + s + "-A,,甲社区,Community A,,,\n"
                + "GRID," + s + "," + s + "-A,G1,甲一网格,,,,\n";
        Path bad = csv(good + "GRID," + s + "," + s + "-Z,G1,无此社区网格,,,,\n");
        browser.attach("#organization\\:file", bad).click("#organization\\:check").waitForText("#messages", "第5行");
        assertThat(browser.text("#messages")).contains("社区代码").contains(s + "-Z");
        assertThat(TestEnv.number("SELECT count(*) FROM station WHERE code = ?", s)).as("a bad row stores nothing").isZero();
        browser.screenshot("admin-first-day-bad-row-zh");

        browser.attach("#organization\\:file", csv(good)).click("#organization\\:check").waitForText("#plan", "检查结果");
        assertThat(browser.text("#plan")).contains(s + "/" + s + "-A/G1");
        assertThat(TestEnv.number("SELECT count(*) FROM station WHERE code = ?", s)).as("a check stores nothing").isZero();
        browser.screenshot("admin-first-day-check-zh");

        browser.attach("#organization\\:file", csv(good)).click("#organization\\:import").waitForText("#messages", "已导入");
        assertThat(TestEnv.number("SELECT count(*) FROM grid g JOIN community c ON c.id = g.community_id WHERE c.code = ?", s + "-A"))
                .isEqualTo(1);
    }

    @Test
    void aRetentionTermIsChangedAndShownWithWhatIsDue() throws Exception {
        Api admin = Api.demo("admin");
        JsonObject before = notifications(admin);
        browser.go("admin/retention.xhtml").waitForText(".yh-title", "保存期限");
        browser.retype("input.yh-days-NOTIFICATION, .yh-days-NOTIFICATION input[id$='_input']", String.valueOf(before.getInt("days") + 1))
                .click("#retention\\:save").waitForText("#retention\\:messages", "已保存");
        try {
            assertThat(notifications(admin).getInt("days")).isEqualTo(before.getInt("days") + 1);
            browser.screenshot("admin-retention-zh");
        } finally {
            JsonObject now = notifications(admin);
            admin.put("admin/retention/NOTIFICATION", jakarta.json.Json.createObjectBuilder().add("days", before.getInt("days"))
                    .add("version", now.getJsonNumber("version").longValue()).build());
        }
    }

    @Test
    void theStatisticsAreSetToReadTheStandbyAndTheReadPoolIsShown() {
        Api admin = Api.demo("admin");
        browser.go("admin/operations-settings.xhtml").waitForText("#reads", "统计数据读取");
        assertThat(browser.text("#reads")).contains("jdbc:postgresql://").contains("主库");
        browser.click("label[for='reads:source:1']")
                .click("#reads\\:saveSource").waitForText("#reads\\:messages", "已保存");
        try {
            assertThat(admin.get("admin/statistics-source").json().getString("source")).isEqualTo("STANDBY");
            browser.screenshot("admin-operations-settings-zh");
        } finally {
            JsonObject now = admin.get("admin/statistics-source").json();
            admin.put("admin/statistics-source", jakarta.json.Json.createObjectBuilder().add("source", "PRIMARY")
                    .add("version", now.getJsonNumber("version").longValue()).build());
        }
    }

    private static JsonObject notifications(Api admin) {
        return admin.get("admin/retention").array().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("kind").equals("NOTIFICATION")).findFirst().orElseThrow();
    }

    private static Path csv(String text) throws Exception {
        Path file = Files.createTempFile("organization", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }
}
