package cn.gov.wujin.yanghu.web.reports;

import cn.gov.wujin.yanghu.web.pdf.PdfFonts;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/** Writes a {@link ReportDocument} as an Excel workbook (one sheet per sheet) or an A4 landscape PDF (one section per sheet). */
public final class ReportFiles {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private static final Color HEADER = new Color(0xE8, 0xEE, 0xF6);

    private ReportFiles() {
    }

    /** The document as "pdf", or else as xlsx. */
    public static byte[] write(ReportDocument document, String format) {
        return "pdf".equals(format) ? pdf(document) : xlsx(document);
    }

    public static String contentType(String format) {
        return "pdf".equals(format) ? PDF : XLSX;
    }

    public static byte[] xlsx(ReportDocument document) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            CellStyle titleStyle = workbook.createCellStyle();
            titleStyle.setFont(bold);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            headerStyle.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            headerStyle.setBorderBottom(BorderStyle.THIN);
            CellStyle totalStyle = workbook.createCellStyle();
            totalStyle.setFont(bold);
            totalStyle.setBorderTop(BorderStyle.THIN);
            for (ReportDocument.Sheet part : document.sheets()) {
                Sheet sheet = workbook.createSheet(sheetName(part.name()));
                int at = 0;
                text(sheet.createRow(at++), 0, document.title(), titleStyle);
                text(sheet.createRow(at++), 0, document.filters(), null);
                int widest = 1;
                for (ReportTable table : part.tables()) {
                    at++;
                    text(sheet.createRow(at++), 0, table.title(), titleStyle);
                    Row header = sheet.createRow(at++);
                    for (int c = 0; c < table.headers().size(); c++) {
                        text(header, c, table.headers().get(c), headerStyle);
                    }
                    for (int r = 0; r < table.rows().size(); r++) {
                        boolean total = table.totalRow() && r == table.rows().size() - 1;
                        Row row = sheet.createRow(at++);
                        List<Object> cells = table.rows().get(r);
                        for (int c = 0; c < cells.size(); c++) {
                            Cell cell = row.createCell(c);
                            Object value = cells.get(c);
                            if (value instanceof Number number) {
                                cell.setCellValue(number.doubleValue());
                            } else if (value != null) {
                                cell.setCellValue(value.toString());
                            }
                            if (total) {
                                cell.setCellStyle(totalStyle);
                            }
                        }
                    }
                    widest = Math.max(widest, table.headers().size());
                }
                for (int c = 0; c < widest; c++) {
                    sheet.setColumnWidth(c, c == 0 ? 24 * 256 : 14 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf(ReportDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(pdf, out);
        pdf.addTitle(document.title());
        pdf.open();
        Font title = PdfFonts.font(16, Font.BOLD);
        Font section = PdfFonts.font(13, Font.BOLD);
        Font small = PdfFonts.font(9, Font.NORMAL);
        Font bold = PdfFonts.font(9, Font.BOLD);
        Paragraph heading = new Paragraph(document.title(), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        pdf.add(heading);
        Paragraph filters = new Paragraph(document.filters(), small);
        filters.setAlignment(Element.ALIGN_CENTER);
        filters.setSpacingAfter(10);
        pdf.add(filters);
        for (ReportDocument.Sheet part : document.sheets()) {
            if (document.sheets().size() > 1) {
                Paragraph name = new Paragraph(part.name(), section);
                name.setSpacingBefore(8);
                pdf.add(name);
            }
            for (ReportTable table : part.tables()) {
                Paragraph caption = new Paragraph(table.title(), bold);
                caption.setSpacingBefore(6);
                caption.setSpacingAfter(4);
                pdf.add(caption);
                PdfPTable grid = new PdfPTable(table.headers().size());
                grid.setWidthPercentage(100);
                grid.setHeaderRows(1);
                for (String header : table.headers()) {
                    PdfPCell cell = new PdfPCell(new Phrase(header, bold));
                    cell.setBackgroundColor(HEADER);
                    grid.addCell(cell);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Font font = table.totalRow() && r == table.rows().size() - 1 ? bold : small;
                    for (Object value : table.rows().get(r)) {
                        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : plain(value), font));
                        if (value instanceof Number) {
                            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                        }
                        grid.addCell(cell);
                    }
                }
                if (table.rows().isEmpty()) {
                    PdfPCell none = new PdfPCell(new Phrase("—", small));
                    none.setColspan(table.headers().size());
                    grid.addCell(none);
                }
                pdf.add(grid);
            }
        }
        pdf.close();
        return out.toByteArray();
    }

    private static String plain(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Excel refuses sheet names over 31 characters and some punctuation. */
    private static String sheetName(String name) {
        String safe = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return safe.length() > 31 ? safe.substring(0, 31) : safe;
    }
}
