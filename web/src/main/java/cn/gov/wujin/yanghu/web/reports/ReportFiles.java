package cn.gov.wujin.yanghu.web.reports;

import cn.gov.wujin.yanghu.web.faces.NumberText;
import cn.gov.wujin.yanghu.web.pdf.BarChart;
import cn.gov.wujin.yanghu.web.pdf.PdfCharts;
import cn.gov.wujin.yanghu.web.pdf.PdfFonts;
import cn.gov.wujin.yanghu.web.pdf.PdfText;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ReportDocument} as an Excel workbook (one sheet per sheet) or an A4 landscape PDF
 * (the cover, if any, then one section per sheet). Numbers show their thousands separated in both
 * (Excel cells stay numbers); PDF text breaks by the Chinese rules ({@link PdfText}).
 */
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
            Map<String, CellStyle> numberStyles = new HashMap<>();
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
                                // shown with thousands separated, still a number the sheet can add up
                                cell.setCellStyle(numberStyle(workbook, numberStyles, decimals(number), total ? totalStyle : null));
                            } else if (value != null) {
                                cell.setCellValue(value.toString());
                            }
                            if (total && !(value instanceof Number)) {
                                cell.setCellStyle(totalStyle);
                            }
                        }
                    }
                    if (table.note() != null) {
                        text(sheet.createRow(at++), 0, table.note(), null);
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
        PdfWriter writer = PdfWriter.getInstance(pdf, out);
        pdf.addTitle(document.title());
        pdf.open();
        Font title = PdfFonts.font(16, Font.BOLD);
        Font section = PdfFonts.font(13, Font.BOLD);
        Font small = PdfFonts.font(9, Font.NORMAL);
        Font bold = PdfFonts.font(9, Font.BOLD);
        Paragraph heading = PdfText.paragraph(document.title(), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        pdf.add(heading);
        Paragraph filters = PdfText.paragraph(document.filters(), small);
        filters.setAlignment(Element.ALIGN_CENTER);
        filters.setSpacingAfter(10);
        pdf.add(filters);
        if (document.cover() != null) {
            cover(pdf, writer, document.cover(), section, bold);
            pdf.newPage();
        }
        for (ReportDocument.Sheet part : document.sheets()) {
            if (document.sheets().size() > 1) {
                Paragraph name = PdfText.paragraph(part.name(), section);
                name.setSpacingBefore(8);
                pdf.add(name);
            }
            for (ReportTable table : part.tables()) {
                Paragraph caption = PdfText.paragraph(table.title(), bold);
                caption.setSpacingBefore(6);
                caption.setSpacingAfter(4);
                pdf.add(caption);
                PdfPTable grid = new PdfPTable(table.headers().size());
                grid.setWidthPercentage(100);
                grid.setWidths(columnWidths(table));
                grid.setHeaderRows(1);
                for (String header : table.headers()) {
                    PdfPCell cell = new PdfPCell(PdfText.phrase(header, bold));
                    cell.setBackgroundColor(HEADER);
                    grid.addCell(cell);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Font font = table.totalRow() && r == table.rows().size() - 1 ? bold : small;
                    for (Object value : table.rows().get(r)) {
                        PdfPCell cell = new PdfPCell(PdfText.phrase(value == null ? "" : plain(value), font));
                        if (value instanceof Number) {
                            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                        }
                        grid.addCell(cell);
                    }
                }
                if (table.rows().isEmpty()) {
                    PdfPCell none = new PdfPCell(PdfText.phrase("—", small));
                    none.setColspan(table.headers().size());
                    grid.addCell(none);
                }
                pdf.add(grid);
                if (table.note() != null) {
                    Paragraph note = PdfText.paragraph(table.note(), small);
                    note.setSpacingBefore(2);
                    pdf.add(note);
                }
            }
        }
        pdf.close();
        return out.toByteArray();
    }

    /** The first page: the key figures in four columns, the notice, the charts side by side. */
    private static void cover(Document pdf, PdfWriter writer, ReportDocument.Cover cover, Font section, Font bold) {
        Paragraph heading = PdfText.paragraph(cover.heading(), section);
        heading.setSpacingAfter(6);
        pdf.add(heading);
        Font label = PdfFonts.font(9, Font.NORMAL);
        Font value = PdfFonts.font(15, Font.BOLD);
        Font change = PdfFonts.font(8, Font.NORMAL);
        PdfPTable figures = new PdfPTable(4);
        figures.setWidthPercentage(100);
        for (ReportDocument.KeyFigure f : cover.figures()) {
            PdfPCell cell = new PdfPCell();
            cell.setPadding(6);
            cell.setBorderColor(HEADER);
            cell.addElement(PdfText.paragraph(f.label(), label));
            Paragraph figure = PdfText.paragraph(f.value(), value);
            if (f.change() != null) {
                figure.add(PdfText.chunk("  " + f.change(), change));
            }
            cell.addElement(figure);
            figures.addCell(cell);
        }
        figures.completeRow();
        pdf.add(figures);
        if (cover.notice() != null) {
            Paragraph notice = PdfText.paragraph(cover.notice(), bold);
            notice.setSpacingBefore(8);
            pdf.add(notice);
        }
        if (!cover.charts().isEmpty()) {
            PdfPTable charts = new PdfPTable(cover.charts().size());
            charts.setWidthPercentage(100);
            charts.setSpacingBefore(10);
            float width = (PageSize.A4.getHeight() - 72) / cover.charts().size() - 12;
            for (BarChart chart : cover.charts()) {
                PdfPCell cell = new PdfPCell();
                cell.setBorder(PdfPCell.NO_BORDER);
                cell.addElement(PdfText.paragraph(chart.title(), bold));
                cell.addElement(PdfCharts.image(writer, chart, width, 230));
                charts.addCell(cell);
            }
            pdf.add(charts);
        }
    }

    /**
     * Columns as wide as their longest cell (a header may take two lines), so that an amount such as
     * "1,200,000,000.00" keeps to one line; a Chinese character counts as about two digits.
     */
    static float[] columnWidths(ReportTable table) {
        float[] widths = new float[table.headers().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.max(4, width(table.headers().get(c)) / 2 + 1);
        }
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < Math.min(widths.length, row.size()); c++) {
                Object value = row.get(c);
                widths[c] = Math.max(widths[c], value == null ? 0 : width(plain(value)) + 1);
            }
        }
        return widths;
    }

    private static float width(String text) {
        float width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x2E80 ? 0.55f : 1f;
        }
        return width;
    }

    /** A cell's text in the PDF: numbers with their thousands separated ("1,200,000.00"). */
    private static String plain(Object value) {
        return value instanceof Number ? NumberText.number(value) : value.toString();
    }

    private static int decimals(Number number) {
        return number instanceof BigDecimal decimal ? Math.max(0, decimal.scale()) : 0;
    }

    /** "#,##0" or "#,##0.00" (by the number's decimals), bold with a rule above in the total row. */
    private static CellStyle numberStyle(XSSFWorkbook workbook, Map<String, CellStyle> styles, int decimals, CellStyle total) {
        return styles.computeIfAbsent(decimals + (total == null ? "" : "t"), key -> {
            CellStyle style = workbook.createCellStyle();
            if (total != null) {
                style.cloneStyleFrom(total);
            }
            style.setDataFormat(workbook.createDataFormat().getFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)));
            return style;
        });
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
