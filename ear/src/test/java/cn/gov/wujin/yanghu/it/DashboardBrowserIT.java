package cn.gov.wujin.yanghu.it;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
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
            desk.click("#dashboard\\:show").waitForText("#kpiLoss", "10000.00"); // February alone
            desk.retype("#dashboard\\:from_input", "2026-01-01");
            desk.click("#dashboard\\:show").waitForText("#kpiLoss", "13000.30");
            assertThat(desk.text("#dashboard\\:kpis")).contains("报案数").contains("50.0%");
            assertThat(desk.present("#dashboard\\:monthChart canvas")).as("the chart is drawn").isTrue();
            assertThat(desk.text("#dashboard\\:types")).contains("刷单返利").contains("3000.30").contains("10000.00");
            desk.screenshot("stats-dashboard-zh");

            desk.click("#dashboard\\:exportTypes");
            Path file = desk.downloaded("fraud-by-type");
            List<List<String>> rows = new ArrayList<>();
            try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
                DataFormatter format = new DataFormatter();
                for (Row row : workbook.getSheetAt(0)) {
                    List<String> cells = new ArrayList<>();
                    row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                    rows.add(cells);
                }
            }
            assertThat(rows).hasSize(3);
            // type, reports, filed, solved, loss…; amounts are number cells, so the sheet can add them up
            assertThat(rows.get(1).subList(0, 4)).containsExactly("虚假网络投资理财", "1", "1", "0");
            assertThat(new java.math.BigDecimal(rows.get(1).get(4))).isEqualByComparingTo("10000.00");
            assertThat(rows.get(2).subList(0, 4)).containsExactly("刷单返利", "1", "1", "1");
            assertThat(new java.math.BigDecimal(rows.get(2).get(4))).isEqualByComparingTo("3000.30");

            desk.click("#dashboard\\:kpiReports").waitForUrl("fraud/cases.xhtml");
            assertThat(desk.url()).contains("from=2026-01-01").contains("to=2026-02-28");
            String code = (String) TestEnv.column("SELECT code FROM station WHERE id = ?", station).get(0);
            desk.waitForText("#cases\\:table", code + "-2026-");
            assertThat(desk.text("#cases\\:table").split(code + "-2026-")).as("the two cases behind the number").hasSize(3);
        }
    }
}
