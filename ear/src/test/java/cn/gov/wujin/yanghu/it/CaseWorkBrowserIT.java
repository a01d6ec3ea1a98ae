package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A station head's day with a case, in English: the list and its Excel export, handing a case over, its audit trail. */
class CaseWorkBrowserIT extends DeployedApplication {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(1280, 1000);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private static Api.Reply report(String narrative) {
        return Api.demo("officer1").post("fraud-cases", Json.createObjectBuilder()
                .add("fraudType", "FAKE_SHOPPING").add("reportedAt", "2026-11-03T09:00:00+08:00").add("narrative", narrative)
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "孙某")))
                .add("transfers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("time", "2026-11-03T08:30:00+08:00")
                        .add("amount", "2599.90").add("channel", "ALIPAY").add("toAccount", "pay-" + TestEnv.unique())))
                .build());
    }

    /**
     * The front desk's paper: the receipt is printed from the case page, and the query code
     * read from the printed PDF opens the public progress lookup for the person who reported.
     */
    @Test
    void theReceiptPrintedFromTheCasePageOpensThePublicLookup() throws Exception {
        Api officer = Api.demo("officer1");
        long fraudCase = officer.post("fraud-cases", FraudCaseIT.report("+86 171 "
                + java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999))
                .build()).id();
        String receiptCode = officer.post("fraud-cases/" + fraudCase + "/transitions", Json.createObjectBuilder().add("action", "ACCEPT")
                .build()).json().getString("receiptCode");

        browser.go("fraud/case.xhtml?id=" + fraudCase).logIn("officer1", TestEnv.DEMO_PASSWORD).waitForText("#documents", "受案回执");
        browser.click(".yh-print-ACCEPTANCE_RECEIPT");
        Path receipt = browser.downloaded("acceptance_receipt");
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(receipt.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("受案回执").containsPattern("武公\\(湖\\)受字〔\\d{4}〕\\d+号");
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("查询码\\s*([A-HJ-NP-Z2-9]{10})").matcher(text);
        assertThat(code.find()).as(text).isTrue();
        assertThat(code.group(1)).isEqualTo(receiptCode);
        // the number now shows on the page, and a second print is a reprint of the same number
        browser.go("fraud/case.xhtml?id=" + fraudCase).waitForText("#documents", "武公(湖)受字");
        browser.evaluate("document.getElementById('documents').scrollIntoView()");
        browser.screenshot("fraud-case-documents-zh");

        try (Browser person = Browser.open(360, 740)) {
            person.go("public/case.xhtml?code=" + code.group(1)).waitForText(".yh-title", "案件进度查询");
            person.type("#lookup\\:phoneLast4", "5678").click("#lookup\\:lookUp").waitForText("#status", "受案");
            assertThat(person.text("#lookup")).doesNotContain("张某").doesNotContain("12000");
        }
    }

    @Test
    void theFilteredCaseListDownloadsAsAnExcelFileWithTheSameRows() throws Exception {
        String number = report("网购低价手机").json().getString("caseNumber");
        browser.go("login.xhtml").click("#lang\\:langEn").waitForText(".yh-login-title", "Yanghu");
        browser.logIn("head1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "Home");
        browser.go("fraud/cases.xhtml").waitForText(".yh-title", "Case list");
        browser.type("#cases\\:caseNumber", number).click("#cases\\:search").waitForText("#cases\\:table", number);
        assertThat(browser.text("#cases\\:table")).contains("Fake shopping or services").contains("Reported");
        browser.screenshot("fraud-case-list-en");

        browser.click("#cases\\:export");
        Path file = browser.downloaded("fraud-cases");
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                rows.add(cells);
            }
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("Case number");
        assertThat(rows.get(1).subList(0, 6)).containsExactly(number, "Hutang Police Station", "Fake shopping or services", "Reported",
                "2026-11-03 09:00", "王建国");
        // the loss is a number cell, so the sheet can add it up
        assertThat(new java.math.BigDecimal(rows.get(1).get(7))).isEqualByComparingTo("2599.90");
    }

    @Test
    void aHeadHandsTheCaseToAColleagueMovesItsDateAndSeesTheAuditTrail() throws Exception {
        long hutang = TestEnv.number("SELECT id FROM station WHERE code = 'HT'");
        String colleague = Fixtures.account(Api.demo("admin"), hutang, "OFFICER");
        long id = report("网购演唱会门票").id();
        String due = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(5).withHour(18).withMinute(0)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));

        browser.go("login.xhtml").click("#lang\\:langEn").waitForText(".yh-login-title", "Yanghu");
        browser.logIn("head1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "Home");
        browser.go("fraud/case.xhtml?id=" + id).waitForText("#caseStatus", "Reported");
        browser.click("#detail\\:assign").waitForText("#assignment", "Officer");
        browser.select("widget_assignment_officer", colleague);
        browser.retype("#assignment\\:dueAt_input", due).click("#assignment\\:save").waitForText("#detail\\:messages", "Saved");
        assertThat(browser.text(".yh-facts")).contains(colleague).contains(due);
        assertThat(browser.text("#caseOfficer")).as("the officer by name").isEqualTo("测试 " + colleague);
        assertThat(browser.text("#caseStation")).isEqualTo("Hutang Police Station");
        assertThat(browser.text("#detail\\:timeline thead")).as("the timeline's action column").contains("Action")
                .doesNotContain("Next step");
        browser.waitForText("#detail\\:auditTrail", "Changed · case");
        String audit = browser.text("#detail\\:auditTrail");
        assertThat(audit).contains("Created · case").contains("陈志强").contains("王建国").doesNotContain("head1")
                .contains("Officer: 王建国 → 测试 " + colleague).contains("→ " + due)
                .contains("Status: Reported").contains("Fraud type: Fake shopping or services").contains("Loss (CNY): 2,599.90")
                .contains("this computer").doesNotContain("FAKE_SHOPPING").doesNotContain("0:0:0:0:0:0:0:1");
        browser.screenshot("fraud-case-en");
        browser.evaluate("document.getElementById('detail:timeline').scrollIntoView()");
        browser.screenshot("fraud-case-audit-en");
        assertThat(TestEnv.number("SELECT count(*) FROM fraud_case c JOIN account a ON a.id = c.assigned_officer_id "
                + "WHERE c.id = ? AND a.username = ?", id, colleague)).isEqualTo(1);

        browser.go("fraud/intake.xhtml").waitForText(".yh-title", "Register a report");
        browser.screenshot("fraud-intake-en");
        browser.go("fraud/leads.xhtml").waitForText(".yh-title", "Warning leads");
        browser.screenshot("fraud-warning-board-en");
    }

    @Test
    void markupInANarrativeIsShownAsTextAndNeverRuns() {
        String payload = "<img src=x onerror=\"document.title='xss'\"><script>document.title='xss'</script>被骗经过";
        Api.Reply created = report(payload);
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        browser.go("fraud/case.xhtml?id=" + created.id()).logIn("officer1", TestEnv.DEMO_PASSWORD)
                .waitForTextContent(".yh-narrative", "被骗经过");
        assertThat(browser.textContent(".yh-narrative")).isEqualTo(payload);
        assertThat(browser.present(".yh-narrative img")).as("no element made from the text").isFalse();
        assertThat(browser.present(".yh-narrative script")).isFalse();
        assertThat(browser.title()).doesNotContain("xss");
    }

    @Test
    void aHeadFindsAFreezeAboutToExpireOnTheBoardAndRenewsItOnTheCase() throws Exception {
        Api officer = Api.demo("officer1");
        Api.Reply reported = report("冻结到期看板");
        long caseId = reported.id();
        String number = reported.json().getString("caseNumber");
        String account = "6222" + String.format("%012d", java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        long stop = officer.post("fraud-cases/" + caseId + "/stop-payments", Json.createObjectBuilder().add("bank", "某银行")
                .add("account", account).add("amountRequested", "2599.90").build()).json().getJsonObject("money")
                .getJsonArray("stopPayments").getJsonObject(0).getJsonNumber("id").longValue();
        String outcome = "fraud-cases/" + caseId + "/stop-payments/" + stop + "/outcome";
        assertThat(officer.post(outcome, Json.createObjectBuilder().add("amount", "2599.90").build()).status()).isEqualTo(200);
        assertThat(officer.post(outcome, Json.createObjectBuilder().add("freeze", true).add("amount", "2599.90").build()).status())
                .isEqualTo(200);
        try (var db = TestEnv.database(); var update = db.prepareStatement(
                "UPDATE stop_payment SET freeze_expires_at = now() + interval '5 days' - interval '1 hour' WHERE id = ?")) {
            update.setLong(1, stop);
            update.executeUpdate();
        }

        browser.go("login.xhtml").click("#lang\\:langEn").waitForText(".yh-login-title", "Yanghu");
        browser.logIn("head1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "Home");
        browser.go("fraud/freezes.xhtml").waitForText(".yh-title", "Freezes about to expire").waitForText("#freezes\\:table", number);
        assertThat(browser.text("#freezes\\:table")).contains("Frozen").contains("2,599.90").doesNotContain(account);
        browser.screenshot("fraud-freeze-board-en");
        browser.clickInRow("freezes:table", number, "yh-freeze-case").waitForText(".yh-freeze-status", "Frozen");
        browser.click(".yh-renew-freeze").waitForText(".yh-freeze-status", "Renewed");
        assertThat(browser.text(".yh-freeze-renewal")).contains("renewed by");
        assertThat(officer.get("fraud-cases/" + caseId).json().getJsonObject("money").getJsonArray("stopPayments").getJsonObject(0)
                .getJsonArray("renewals")).hasSize(1);
    }
}
