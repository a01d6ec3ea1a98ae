package cn.gov.wujin.yanghu.web.reports;

import cn.gov.wujin.yanghu.web.pdf.BarChart;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFilesTest {

    private static ReportTable table(String title) {
        return new ReportTable(title, List.of("派出所", "报案数", "损失（元）", "破案率"), List.of(
                Arrays.asList("HT", 3L, new BigDecimal("13000.30"), "50.0%"),
                Arrays.asList("合计", 3L, new BigDecimal("13000.30"), null)), true);
    }

    @Test
    void everySheetHasTheFiltersAboveItsTablesAndNumbersStayNumbers() throws Exception {
        ReportDocument document = new ReportDocument("月度统计报告（2026-10）", "统计期间：2026-10-01 至 2026-10-31", List.of(
                new ReportDocument.Sheet("电信网络诈骗", List.of(table("按诈骗类型"), table("按派出所"))),
                new ReportDocument.Sheet("阳湖N警: 巡防/统计 [十月] 一个很长很长很长很长很长很长很长的名字", List.of(table("按巡防小组")))));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReportFiles.xlsx(document)))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetName(1)).as("Excel's limits on sheet names").hasSizeLessThanOrEqualTo(31).doesNotContain(":", "/", "[");
            Sheet fraud = book.getSheetAt(0);
            assertThat(fraud.getRow(0).getCell(0).getStringCellValue()).isEqualTo("月度统计报告（2026-10）");
            assertThat(fraud.getRow(1).getCell(0).getStringCellValue()).contains("2026-10-01");
            // title, filters, blank, table title, header, two rows; blank, the second table
            assertThat(fraud.getRow(3).getCell(0).getStringCellValue()).isEqualTo("按诈骗类型");
            assertThat(fraud.getRow(4).getCell(1).getStringCellValue()).isEqualTo("报案数");
            assertThat(fraud.getRow(5).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(fraud.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(13000.30);
            assertThat(fraud.getRow(5).getCell(3).getStringCellValue()).isEqualTo("50.0%");
            assertThat(book.getFontAt(fraud.getRow(6).getCell(0).getCellStyle().getFontIndex()).getBold()).as("the total row is bold").isTrue();
            assertThat(fraud.getRow(6).getCell(3).getCellType()).as("an undefined rate is an empty cell").isEqualTo(CellType.BLANK);
            assertThat(fraud.getRow(8).getCell(0).getStringCellValue()).isEqualTo("按派出所");
        }
    }

    @Test
    void theMonthlyReportPdfOpensWithTheKeyFiguresAndChartsAndShowsNumbersGrouped() throws Exception {
        BarChart trend = new BarChart("近 12 个月按月趋势", List.of("2026-09", "2026-10"), "报案数", List.of(BigDecimal.ZERO, BigDecimal.TEN),
                "损失（万元）", List.of(BigDecimal.ZERO, new BigDecimal("120000.0")), false);
        BarChart types = new BarChart("按诈骗类型", List.of("刷单返利"), "报案数", List.of(BigDecimal.TEN), null, null, true);
        ReportDocument document = new ReportDocument("月度统计报告（2026-10）", "统计期间：2026-10-01 至 2026-10-31", List.of(
                new ReportDocument.Sheet("电信网络诈骗", List.of(new ReportTable("按派出所", List.of("派出所", "报案数", "损失金额（元）"),
                        List.of(Arrays.asList("HT", 1234L, new BigDecimal("1200000000.00"))), false)))),
                new ReportDocument.Cover("本月要点", List.of(new ReportDocument.KeyFigure("报案数", "1,234", "+12.5%"),
                        new ReportDocument.KeyFigure("损失金额（元）", "1,200,000,000.00", null)), "本月没有记录。", List.of(trend, types)));
        PdfReader pdf = new PdfReader(ReportFiles.pdf(document));
        assertThat(pdf.getNumberOfPages()).isEqualTo(2);
        PdfTextExtractor text = new PdfTextExtractor(pdf);
        assertThat(text.getTextFromPage(1)).contains("本月要点").contains("1,234").contains("+12.5%").contains("1,200,000,000.00")
                .contains("本月没有记录").contains("近 12 个月按月趋势").contains("2026-10").contains("刷单返利");
        assertThat(text.getTextFromPage(2)).contains("按派出所").contains("1,234").contains("1,200,000,000.00");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReportFiles.xlsx(document)))) {
            assertThat(book.getNumberOfSheets()).as("the cover is the PDF's").isEqualTo(1);
            var cell = book.getSheetAt(0).getRow(5).getCell(2);
            assertThat(cell.getNumericCellValue()).isEqualTo(1.2e9);
            assertThat(new DataFormatter().formatCellValue(cell)).isEqualTo("1,200,000,000.00");
            assertThat(new DataFormatter().formatCellValue(book.getSheetAt(0).getRow(5).getCell(1))).isEqualTo("1,234");
        }
    }
}
