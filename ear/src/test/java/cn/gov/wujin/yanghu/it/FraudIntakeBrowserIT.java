package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer registers a report on one screen and sees linked cases while typing; a station head files it. */
class FraudIntakeBrowserIT extends DeployedApplication {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(1280, 1000);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void intakeShowsSeenCasesWhileTypingAndTheHeadFilesTheCase() {
        String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Api.Reply earlier = Api.demo("officer2").post("fraud-cases", Json.createObjectBuilder()
                .add("fraudType", "FAKE_LOAN").add("reportedAt", "2026-11-01T09:00:00+08:00").add("narrative", "早先的案件")
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "李某")))
                .add("identifiers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "PHONE").add("value", phone)))
                .build());
        assertThat(earlier.status()).isEqualTo(201);

        browser.go("fraud/intake.xhtml").logIn("officer1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "报案登记");
        browser.select("widget_intake_fraudType", "FAKE_LOAN");
        browser.type("#intake\\:narrative", "受害人在网上申请贷款，被要求先交保证金。");
        browser.type("#intake\\:victims\\:0\\:name", "王某");
        browser.typeAndLeave("#intake\\:transfers\\:0\\:time_input", "2026-11-20 10:15");
        browser.typeAndLeave("#intake\\:transfers\\:0\\:amount", "12000.10");
        browser.waitForText("#intake\\:total", "12,000.10");
        browser.click("#intake\\:addTransfer").find("#intake\\:transfers\\:1\\:amount");
        browser.typeAndLeave("#intake\\:transfers\\:1\\:time_input", "2026-11-20 10:30");
        browser.typeAndLeave("#intake\\:transfers\\:1\\:amount", "0.20");
        browser.waitForText("#intake\\:total", "12,000.30");

        browser.type("#intake\\:identifiers\\:0\\:value", "+86 " + phone);
        browser.waitForText("#intake\\:identifiers\\:0\\:seen", "已在 1 起其他案件中出现");
        browser.screenshot("fraud-intake-seen-zh");

        browser.click("#intake\\:register").waitForText("#detail\\:messages", "已登记案件 HT-");
        assertThat(browser.text("#caseStatus")).contains("报案");
        assertThat(browser.text("#caseLoss")).isEqualTo("12,000.30");
        assertThat(browser.text("#detail\\:linked")).contains(earlier.json().getString("caseNumber")).contains("其他派出所案件");
        browser.screenshot("fraud-case-registered-zh");
        String caseUrl = browser.url();

        browser.click("#topbar\\:logout").waitForUrl("login.xhtml");
        browser.go(caseUrl.substring(caseUrl.indexOf("fraud/"))).logIn("head1", TestEnv.DEMO_PASSWORD).waitForText("#caseStatus", "报案");
        browser.click(".yh-action-ACCEPT").click("#transition\\:perform").waitForText("#caseStatus", "受案");
        browser.click(".yh-action-FILE").type("#transition\\:reason", "涉案金额达到立案标准").click("#transition\\:perform")
                .waitForText("#caseStatus", "立案");
        assertThat(browser.text("#detail\\:timeline")).contains("涉案金额达到立案标准").contains("陈志强").doesNotContain("head1");
        assertThat(browser.text("#caseStation")).isEqualTo("湖塘派出所");
        assertThat(browser.text("#caseOfficer")).isEqualTo("王建国");
        // the audit panel in words: who, field by field, a change as what changed, this computer for loopback
        String audit = browser.text("#detail\\:auditTrail");
        assertThat(audit).contains("修改 · 案件").contains("新建 · 案件").contains("陈志强").contains("王建国")
                .contains("状态：报案 → 受案").contains("状态：受案 → 立案").contains("诈骗类型：虚假网络贷款")
                .contains("损失金额（元）：12,000.30").contains("承办民警：王建国").contains("本机")
                .doesNotContain("FAKE_LOAN").doesNotContain("REPORTED").doesNotContain("0:0:0:0:0:0:0:1").doesNotContain("127.0.0.1");
        browser.screenshot("fraud-case-filed-zh");
        browser.evaluate("document.getElementById('detail:timeline').scrollIntoView()");
        browser.screenshot("fraud-case-audit-zh");
    }

    @Test
    void intakeNamesBadRowsAndKeepsWhatWasTyped() {
        browser.go("fraud/intake.xhtml").logIn("auxiliary1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "报案登记");
        browser.select("widget_intake_fraudType", "ORDER_BRUSHING");
        browser.type("#intake\\:narrative", "刷单返利");
        browser.type("#intake\\:victims\\:0\\:name", "赵某");
        browser.type("#intake\\:victims\\:0\\:idNumber", "110105194912310021");
        browser.click("#intake\\:register").waitForText("#intake\\:messages", "受害人身份证号 (第1行)");
        assertThat(browser.find("#intake\\:narrative").getAttribute("value")).isEqualTo("刷单返利");
        assertThat(browser.find("#intake\\:victims\\:0\\:name").getAttribute("value")).isEqualTo("赵某");
        browser.screenshot("fraud-intake-invalid-zh");
    }

    @Test
    void anOfficerFilesAReportWithTheKeyboardOnly() {
        String account = "6222" + String.format("%015d", ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L));
        browser.go("fraud/intake.xhtml").tabTo("login:username").keys("officer1").tabTo("login:password")
                .keys(TestEnv.DEMO_PASSWORD, Keys.ENTER).waitForText(".yh-title", "报案登记");
        browser.tabTo("intake:fraudType_label").keys(Keys.ARROW_DOWN); // the first fraud type
        browser.tabTo("intake:narrative").keys("受害人接到自称客服的电话，按对方要求转账。");
        browser.tabTo("intake:victims:0:name").keys("吴某");
        browser.tabTo("intake:transfers:0:time_input").keys("2026-11-20 10:15");
        browser.tabTo("intake:transfers:0:amount").keys("199999.99");
        browser.tabTo("intake:transfers:0:toAccount").keys(account);
        browser.tabTo("intake:transfers:0:toBank").keys("某商业银行");
        browser.waitForText("#intake\\:total", "199,999.99");
        // an officer proof-reads the account: all 19 digits in sight, in a monospace font
        assertThat(browser.evaluate("var e = document.getElementById(arguments[0]); return e.scrollWidth <= e.clientWidth",
                "intake:transfers:0:toAccount")).isEqualTo(Boolean.TRUE);
        assertThat(browser.find("#intake\\:transfers\\:0\\:toAccount").getCssValue("font-family")).contains("monospace");
        assertThat(browser.evaluate("var e = document.getElementById(arguments[0]); return e.scrollWidth <= e.clientWidth",
                "intake:transfers:0:time_input")).as("the transfer time in full").isEqualTo(Boolean.TRUE);
        browser.screenshot("fraud-intake-keyboard-zh");
        browser.tabTo("intake:identifiers:0:value").keys("13" + account.substring(10), Keys.ENTER); // Enter files the report

        browser.waitForText("#detail\\:messages", "已登记案件 HT-");
        String url = browser.url();
        JsonObject filed = Api.demo("officer1").get("fraud-cases/" + url.substring(url.indexOf("id=") + 3) + "?full=true").json();
        assertThat(filed.getString("narrative")).isEqualTo("受害人接到自称客服的电话，按对方要求转账。");
        assertThat(filed.getJsonArray("victims").getJsonObject(0).getString("name")).isEqualTo("吴某");
        assertThat(filed.getJsonArray("transfers").getJsonObject(0).getString("toAccount")).isEqualTo(account);
        assertThat(filed.getJsonArray("identifiers")).hasSize(1);
    }

    @Test
    void theIntakeHoldsItsLayoutInBothLanguagesOnADeskAndAPhoneAndItsErrorsGoOnceFixed() {
        browser.go("fraud/intake.xhtml").logIn("officer1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "报案登记");
        browser.click("#topbar\\:langEn").waitForText(".yh-title", "Register a report");
        holdsItsLayout(browser, "fraud-intake-layout-en");

        // a red field always says why; once fixed, its message goes without filing again
        browser.click("#intake\\:register").waitForText("#intake\\:victims\\:0\\:name-message", "a value is required");
        assertThat(browser.find("#intake\\:victims\\:0\\:name").getAttribute("class")).contains("ui-state-error");
        assertThat(browser.text("#intake\\:narrative-message")).isNotEmpty();
        assertThat(browser.text("#intake\\:fraudType-message")).isNotEmpty();
        browser.evaluate("window.scrollTo(0, 0)");
        browser.screenshot("fraud-intake-errors-en");
        browser.typeAndLeave("#intake\\:victims\\:0\\:name", "Wu");
        browser.typeAndLeave("#intake\\:narrative", "A caller posing as customer service");
        browser.waitForTextGone("#intake\\:victims\\:0\\:name-message", "required");
        browser.waitForTextGone("#intake\\:narrative-message", "required");
        assertThat(browser.find("#intake\\:victims\\:0\\:name").getAttribute("class")).doesNotContain("ui-state-error");
        browser.choose("widget_intake_fraudType", "FAKE_LOAN");
        browser.waitForTextGone("#intake\\:fraudType-message", "required");
        browser.click("#topbar\\:langZh").waitForText(".yh-title", "报案登记");
        holdsItsLayout(browser, "fraud-intake-layout-zh");

        try (Browser phone = Browser.open(390, 844)) {
            phone.go("fraud/intake.xhtml").logIn("officer1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "报案登记");
            holdsItsLayout(phone, "fraud-intake-phone-zh");
            phone.click("#topbar\\:langEn").waitForText(".yh-title", "Register a report");
            holdsItsLayout(phone, "fraud-intake-phone-en");
        }
    }

    /** Nothing overlaps or runs off the page, "Remove" stays on one line, a 19-digit account and a transfer time show in full. */
    private static void holdsItsLayout(Browser b, String screenshot) {
        b.type("#intake\\:transfers\\:0\\:toAccount", "6222020203030404123");
        b.typeAndLeave("#intake\\:transfers\\:0\\:time_input", "2026-11-20 10:15");
        assertThat(b.overflowsSideways()).as(screenshot + ": no sideways scrolling").isFalse();
        assertThat(b.evaluate("function box(id) { return document.getElementById(id).getBoundingClientRect(); }"
                + "var a = box('intake:fraudType'), d = box('intake:reportedAt');"
                + "return a.right <= d.left + 1 || d.right <= a.left + 1 || a.bottom <= d.top + 1 || d.bottom <= a.top + 1"))
                .as(screenshot + ": the fraud type beside or above the date, not under it").isEqualTo(Boolean.TRUE);
        assertThat(b.evaluate("var t = document.querySelector(arguments[0]); var r = document.createRange(); r.selectNodeContents(t);"
                + "var tops = {}; Array.from(r.getClientRects()).forEach(function (x) { tops[Math.round(x.top)] = true; });"
                + "return Object.keys(tops).length", "[id='intake:transfers:0:remove'] .ui-button-text"))
                .as(screenshot + ": Remove on one line").isEqualTo(1L);
        for (String field : new String[] {"intake:transfers:0:toAccount", "intake:transfers:0:time_input"}) {
            assertThat(b.evaluate("var e = document.getElementById(arguments[0]); return e.scrollWidth <= e.clientWidth", field))
                    .as(screenshot + ": " + field + " in full").isEqualTo(Boolean.TRUE);
        }
        assertThat((java.util.List<?>) b.evaluate("return Array.from(document.querySelectorAll('#intake input, #intake select, #intake textarea, "
                + "#intake [role=combobox]')).filter(function (e) { var r = e.getBoundingClientRect();"
                + " return e.type !== 'hidden' && r.width > 1 && r.height > 1 && !e.closest('[aria-hidden=true]'); })"
                + ".filter(function (e) { return !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
                + " && !e.getAttribute('aria-labelledby'); }).map(function (e) { return e.id; })"))
                .as(screenshot + ": every field has a label").isEmpty();
        b.screenshot(screenshot);
    }

    @Test
    void theCaseListFiltersAndLinksToTheCase() {
        String number = Api.demo("officer1").post("fraud-cases", Json.createObjectBuilder()
                .add("fraudType", "GAME_TRADING").add("reportedAt", "2026-11-02T09:00:00+08:00").add("narrative", "游戏装备交易")
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "周某"))).build())
                .json().getString("caseNumber");
        browser.go("fraud/cases.xhtml").logIn("head1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "案件列表");
        browser.select("widget_cases_status", "REPORTED").click("#cases\\:search");
        browser.type("#cases\\:caseNumber", number).click("#cases\\:search").waitForText("#cases\\:table", number);
        assertThat(browser.text("#cases\\:table")).contains("网络游戏虚假交易").doesNotContain("立案");
        browser.screenshot("fraud-case-list-zh");
        browser.click("#cases\\:table a").waitForText("#caseStatus", "报案");
        assertThat(browser.text(".yh-title")).isEqualTo(number);
    }

    @Test
    void theMoneyPanelCountsDownTheStopPaymentWindow() {
        String anHourAgo = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8)).minusHours(1)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        long id = Api.demo("officer1").post("fraud-cases", Json.createObjectBuilder()
                .add("fraudType", "FAKE_CUSTOMER_SERVICE").add("reportedAt", anHourAgo).add("narrative", "冒充快递客服理赔")
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "钱某")))
                .add("transfers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("time", anHourAgo).add("amount", "8800.00")
                        .add("channel", "BANK_CARD").add("toAccount", "6222 5555 6666 7777").add("toBank", "某银行")))
                .build()).id();
        browser.go("fraud/case.xhtml?id=" + id).logIn("officer1", TestEnv.DEMO_PASSWORD).waitForText("#detail\\:goldenHour", "黄金止付期");
        browser.click("#detail\\:requestStop").waitForText("#stop", "申请止付");
        assertThat(browser.find("#stop\\:account").getAttribute("value")).isEqualTo("6222 5555 6666 7777");
        assertThat(browser.find("#stop\\:amountRequested").getAttribute("value")).isEqualTo("8800.00");
        browser.click("#stop\\:save").waitForText("#detail\\:stops", "6222555566667777");
        browser.waitForText(".yh-countdown", "剩余 47 小时");
        assertThat(browser.present("#detail\\:goldenHour")).isFalse();
        browser.click(".yh-record-stopped").type("#outcome\\:amount", "8000.50").click("#outcome\\:save")
                .waitForText("#totalStopped", "8,000.50");
        browser.click(".yh-record-frozen").type("#outcome\\:amount", "8000.50").click("#outcome\\:save")
                .waitForText("#totalFrozen", "8,000.50");
        browser.screenshot("fraud-case-money-zh");
    }

    @Test
    void theWarningBoardCountsDownAndRecordsTheOutcome() {
        String name = "预警" + TestEnv.unique();
        Api.Reply lead = Api.demo("officer1").post("warning-leads", Json.createObjectBuilder().add("phone", "13600001111")
                .add("personName", name).add("source", "HOTLINE_96110").add("urgency", "NORMAL").build());
        assertThat(lead.status()).isEqualTo(201);
        browser.go("fraud/leads.xhtml").logIn("officer1", TestEnv.DEMO_PASSWORD).waitForText("#board\\:table", name);
        assertThat(browser.text("#board\\:table")).contains("剩余 23 小时").contains("96110预警专线").contains("136****1111");
        browser.screenshot("fraud-warning-board-zh");
        browser.clickInRow("board:table", name, "yh-handle-lead").waitForText("#outcome", "处置结果");
        browser.type("#outcome\\:note", "已电话联系本人，确认未转账").click("#outcome\\:save").waitForText("#board\\:messages", "已保存");
        assertThat(Api.demo("officer1").get("warning-leads/" + lead.id()).json().getString("status")).isEqualTo("DISSUADED");
    }

    @Test
    void anAlreadyDefraudedLeadContinuesOnTheIntakeWithThePersonAsTheFirstVictim() {
        String name = "预警" + TestEnv.unique();
        String phone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Api.Reply lead = Api.demo("officer1").post("warning-leads", Json.createObjectBuilder().add("phone", phone)
                .add("personName", name).add("source", "ANTI_FRAUD_CENTER").add("urgency", "URGENT").build());
        assertThat(lead.status()).isEqualTo(201);
        browser.go("fraud/leads.xhtml").logIn("officer1", TestEnv.DEMO_PASSWORD).waitForText("#board\\:table", name);
        browser.clickInRow("board:table", name, "yh-handle-lead").waitForText("#outcome", "处置结果");
        browser.click("label[for='outcome:result:1']").type("#outcome\\:note", "本人称已按对方要求转账").click("#outcome\\:save");

        browser.waitForUrl("intake.xhtml").waitForText("#intake\\:fromLead", name);
        assertThat(browser.find("#intake\\:victims\\:0\\:name").getAttribute("value")).isEqualTo(name);
        assertThat(browser.find("#intake\\:victims\\:0\\:phone").getAttribute("value")).contains("****");
        assertThat(browser.find("#intake\\:leadNote").getAttribute("value")).isEqualTo("本人称已按对方要求转账");
        browser.select("widget_intake_fraudType", "IMPERSONATING_AUTHORITIES");
        browser.type("#intake\\:narrative", "对方冒充公安称其涉嫌洗钱，要求转账到“安全账户”。");
        browser.screenshot("fraud-intake-from-lead-zh");
        browser.click("#intake\\:register").waitForText("#detail\\:messages", "已登记案件 HT-");

        JsonObject handled = Api.demo("officer1").get("warning-leads/" + lead.id()).json();
        assertThat(handled.getString("status")).isEqualTo("ALREADY_DEFRAUDED");
        assertThat(handled.getString("outcomeNote")).isEqualTo("本人称已按对方要求转账");
        JsonObject opened = Api.demo("officer1").get("fraud-cases/" + handled.getJsonNumber("fraudCaseId").longValue() + "?full=true")
                .json();
        assertThat(opened.getJsonArray("victims").getJsonObject(0).getString("phone")).isEqualTo(phone);
        assertThat(opened.getString("assignedOfficer")).isEqualTo("officer1");
    }
}
