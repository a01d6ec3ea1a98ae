package cn.gov.wujin.yanghu.it;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A station head reads the fraud dashboard: numbers, charts, the cases behind a number, the Excel export. */
class DashboardBrowserIT extends DeployedApplication {

    @Test
    void theHeadSeesTheFiguresOpensTheCasesBehindThemAndExportsTheTable() throws Exception {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        String head = Fixtures.account(admin, station, "SUPERVISOR");
        try (Connection db = TestEnv.database()) {
            long a = StatisticsIT.fraudCase(db, station, "ORDER_BRUSHING", "SOLVED", "2026-01-31T23:59:00+08:00");
            StatisticsIT.transfer(db, a, "3000.30");
            StatisticsIT.step(db, a, "FILED");
            StatisticsIT.step(db, a, "SOLVED");
            long b = StatisticsIT.fraudCase(db, station, "FAKE_INVESTMENT", "FILED", "2026-02-01T00:00:00+08:00");
            StatisticsIT.transfer(db, b, "10000.00");
            StatisticsIT.step(db, b, "FILED");
        }
        try (Browser desk = Browser.open(1280, 1000)) {
            desk.go("stats/dashboard.xhtml").logIn(head, Fixtures.PASSWORD).waitForText(".yh-title", "统计分析");
            desk.retype("#dashboard\\:from_input", "2026-02-01");
            desk.retype("#dashboard\\:to_input", "2026-02-28");
            desk.click("#dashboard\\:show").waitForText("#kpiLoss", "10,000.00"); // February alone
            desk.retype("#dashboard\\:from_input", "2026-01-01");
            desk.click("#dashboard\\:show").waitForText("#kpiLoss", "13,000.30");
            assertThat(desk.text("#dashboard\\:kpis")).contains("报案数").contains("50.0%");
            assertThat(desk.present("#dashboard\\:monthChart canvas")).as("the chart is drawn").isTrue();
            assertThat(desk.text("#dashboard\\:types")).contains("刷单返利").contains("3,000.30").contains("10,000.00");
            desk.screenshot("stats-dashboard-zh");

            desk.click("#dashboard\\:fraudByTypeXlsx");
            Path file = desk.downloaded("yanghu-fraudByType-2026-01-01-2026-02-28");
            List<List<String>> rows;
            try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
                rows = StatisticsDomainsIT.cells(workbook.getSheetAt(0));
            }
            assertThat(rows.get(1).get(0)).as("the filters are in the header").contains("2026-01-01").contains("2026-02-28")
                    .contains("测试派出所");
            // type, reports, filed, solved, clearance, loss…; amounts are number cells (the sheet can add them up), shown grouped
            assertThat(StatisticsDomainsIT.row(rows, "虚假网络投资理财").subList(0, 4)).containsExactly("虚假网络投资理财", "1", "1", "0");
            assertThat(StatisticsDomainsIT.row(rows, "虚假网络投资理财").get(5)).isEqualTo("10,000.00");
            assertThat(StatisticsDomainsIT.row(rows, "刷单返利").subList(0, 4)).containsExactly("刷单返利", "1", "1", "1");
            assertThat(StatisticsDomainsIT.row(rows, "刷单返利").get(5)).isEqualTo("3,000.30");
            assertThat(StatisticsDomainsIT.row(rows, "合计").subList(0, 4)).containsExactly("合计", "2", "2", "1");

            desk.click("#dashboard\\:fraudByTypePdf");
            Path pdf = desk.downloaded("yanghu-fraudByType-2026-01-01-2026-02-28.pdf");
            assertThat(new String(Files.readAllBytes(pdf), 0, 5)).isEqualTo("%PDF-");

            desk.click("#dashboard\\:kpiReports").waitForUrl("fraud/cases.xhtml");
            assertThat(desk.url()).contains("from=2026-01-01").contains("to=2026-02-28");
            String code = (String) TestEnv.column("SELECT code FROM station WHERE id = ?", station).get(0);
            desk.waitForText("#cases\\:table", code + "-2026-");
            assertThat(desk.text("#cases\\:table").split(code + "-2026-")).as("the two cases behind the number").hasSize(3);

            // by default the last twelve months: every month on the chart's axis, zeros included, and its figures in words for screen readers
            desk.go("stats/dashboard.xhtml").waitForText(".yh-title", "统计分析");
            desk.screenshot("stats-dashboard-year-zh");
            assertThat(desk.count("[id='dashboard:monthChartText'] tbody tr")).as("one row per month of the last twelve").isEqualTo(12);
            assertThat(desk.textContent("[id='dashboard:monthChartText']")).contains("2026-01").contains("2026-02").contains("3,000.30")
                    .contains("10,000.00").contains("按月趋势");
            assertThat(desk.textContent("[id='dashboard:monthChartText'] tbody tr:nth-child(3)")).contains("2026-03").contains("0.00");
            assertThat(desk.textContent("#typeChartText")).contains("刷单返利 1").contains("虚假网络投资理财 1");
            // the report opens on the latest month with records, and warns of a month without any
            assertThat(desk.find("#dashboard\\:reportMonth").getAttribute("value")).isEqualTo("2026-02");
            assertThat(desk.present(".yh-report-notice")).isFalse();
            desk.retype("#dashboard\\:reportMonth", "2025-05").waitForText("#dashboard\\:reportNotice", "没有任何记录");
            desk.screenshot("stats-dashboard-report-empty-month-zh");
        }
    }

    @Test
    void theHeadReadsPatrolAndLiaisonFiguresAndOpensTheRecordsBehindThem() throws Exception {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        String head = Fixtures.account(admin, station, "SUPERVISOR");
        String code = (String) TestEnv.column("SELECT code FROM station WHERE id = ?", station).get(0);
        StatisticsDomainsIT figures = new StatisticsDomainsIT();
        figures.useStation(admin, station);
        figures.patrolMonth();
        figures.liaisonMonth();
        try (Browser desk = Browser.open(1280, 1000)) {
            desk.go("stats/dashboard.xhtml").logIn(head, Fixtures.PASSWORD).waitForText(".yh-title", "统计分析");
            desk.retype("#dashboard\\:from_input", "2026-03-01");
            desk.retype("#dashboard\\:to_input", "2026-03-31");
            desk.click("#dashboard\\:show").waitForText("#kpiHours", "6.8");
            assertThat(desk.text("#kpiShifts")).isEqualTo("2");
            assertThat(desk.text("#kpiVolunteers")).isEqualTo("2");
            assertThat(desk.text("#kpiCoverage")).isEqualTo("33.3%");
            assertThat(desk.present("#dashboard\\:tipChart canvas")).as("the tip chart is drawn").isTrue();
            assertThat(desk.text("#dashboard\\:patrolTable")).contains(code + " · 甲组").contains("3.8");
            assertThat(desk.text("#dashboard\\:liaisonTable")).contains(code).contains("3.00");
            desk.screenshot("stats-dashboard-patrol-liaison-zh");

            desk.clickNth(".yh-category-link", 1).waitForUrl("patrol/officer/tips.xhtml");
            assertThat(desk.url()).contains("category=SAFETY_HAZARD").contains("from=2026-03-01").contains("status=ALL");
            desk.waitForText("#queue\\:table", "统计测试");
            assertThat(desk.text("#queue\\:table").split("统计测试")).as("the two hazard tips of March, handled or not").hasSize(3);

            desk.go("stats/dashboard.xhtml").waitForText(".yh-title", "统计分析");
            // this year: the request of March 31 and the one of April are open past their deadlines
            assertThat(desk.text("#dashboard\\:kpiOverdue .yh-kpi-value")).isEqualTo("2");
            desk.click("#dashboard\\:kpiOverdue").waitForUrl("liaison/requests.xhtml");
            assertThat(desk.url()).contains("overdue=true");
            assertThat(desk.present("#queue\\:overdue_input:checked")).as("the overdue filter is on").isTrue();
            desk.waitForText("#queue\\:table", "二号项目");
            assertThat(desk.text("#queue\\:table")).contains("一号项目");
            assertThat(desk.text("#queue\\:table").split("已超期")).as("the two overdue requests, nothing else").hasSize(3);
        }
    }

    @Test
    void theBureauReadsTheDashboardInEnglishAndDownloadsTheMonthlyReport() throws Exception {
        try (Browser desk = Browser.open(1280, 1000)) {
            desk.go("login.xhtml").click("#lang\\:langEn").waitForText(".yh-login-title", "Yanghu");
            desk.logIn("supervisor1", TestEnv.DEMO_PASSWORD).waitForText(".yh-title", "Home");
            desk.go("stats/dashboard.xhtml").waitForText("#patrol", "Yanghu N-police patrol groups");
            assertThat(desk.text("#dashboard\\:kpis")).contains("Loss (CNY)");
            assertThat(desk.text("#liaison")).isEqualTo("Enterprise liaison");
            assertThat(desk.text("#dashboard\\:liaisonTable")).contains("Hutang Police Station");
            assertThat(desk.text("#dashboard\\:liaisonKpis")).contains("Liaison coverage").contains("No recent visit");
            desk.screenshot("stats-dashboard-en");

            desk.retype("#dashboard\\:reportMonth", "2026-10");
            desk.click("#dashboard\\:reportXlsx");
            Path file = desk.downloaded("yanghu-monthly-report-2026-10.xlsx");
            try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
                assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2), workbook.getSheetName(3)))
                        .containsExactly("Telecom fraud", "Warnings", "Yanghu N-police patrol groups", "Enterprise liaison");
                assertThat(StatisticsDomainsIT.cells(workbook.getSheetAt(0)).get(1).get(0)).contains("2026-10-01").contains("All stations");
            }
            desk.retype("#dashboard\\:reportMonth", "2099-01");
            desk.click("#dashboard\\:reportXlsx").waitForText("#dashboard\\:messages", "cannot be after the current month");
        }
    }
}
