package cn.gov.wujin.yanghu.web.reports;

import org.apache.poi.ss.usermodel.CellType;
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
}
