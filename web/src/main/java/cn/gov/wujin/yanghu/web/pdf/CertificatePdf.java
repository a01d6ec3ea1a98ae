package cn.gov.wujin.yanghu.web.pdf;

import cn.gov.wujin.yanghu.patrol.application.PointsService;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.web.faces.NumberText;
import cn.gov.wujin.yanghu.web.i18n.Messages;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The volunteer's certificate of service (志愿服务证明) as an A4 PDF, in the user's language:
 * its number, the period of service it covers, the figures, and the issuing station with a
 * place for its seal. Text breaks by the Chinese rules ({@link PdfText}).
 */
public final class CertificatePdf {

    /** The seal's place: a circle of 42 mm, the size of a station's official seal. */
    private static final float SEAL = 42 / 25.4f * 72;

    private CertificatePdf() {
    }

    public static void write(PointsService.Certificate c, Locale locale, OutputStream out) {
        boolean english = "en".equals(locale.getLanguage());
        Document document = new Document(PageSize.A4, 72, 72, 72, 72);
        PdfWriter.getInstance(document, out);
        document.addTitle(Messages.get(locale, "certificate.title"));
        document.open();
        Font title = PdfFonts.font(22, Font.BOLD);
        Font body = PdfFonts.font(12, Font.NORMAL);
        Font small = PdfFonts.font(10, Font.NORMAL);

        Paragraph number = PdfText.paragraph(Messages.get(locale, "certificate.number", c.number()), small);
        number.setAlignment(Element.ALIGN_RIGHT);
        number.setSpacingAfter(14);
        document.add(number);
        Paragraph heading = PdfText.paragraph(Messages.get(locale, "certificate.title"), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(28);
        document.add(heading);
        String station = english ? c.stationEn() : c.stationZh();
        Paragraph text = PdfText.paragraph(Messages.get(locale, "certificate.text", c.name(), station == null ? "" : station,
                String.join(english ? ", " : "、", c.groups())), body);
        text.setLeading(22);
        text.setFirstLineIndent(english ? 0 : 24);
        document.add(text);
        Paragraph period = PdfText.paragraph(Messages.get(locale, "certificate.period", day(c.periodFrom(), locale),
                day(c.periodTo(), locale)), body);
        period.setLeading(22);
        period.setSpacingAfter(14);
        document.add(period);

        PdfPTable figures = new PdfPTable(2);
        figures.setWidthPercentage(70);
        row(figures, Messages.get(locale, "certificate.shifts"), NumberText.count(c.shifts()), body);
        row(figures, Messages.get(locale, "certificate.hours"), NumberText.number(c.hours()), body);
        row(figures, Messages.get(locale, "certificate.tips"), NumberText.count(c.tipsActedOn()), body);
        row(figures, Messages.get(locale, "certificate.points"), NumberText.number(c.points()), body);
        document.add(figures);

        document.add(issuer(c, locale, english, body));
        document.close();
    }

    /** The issuing station and date on the right, over the place for the seal (a dashed circle marked "盖章"). */
    private static PdfPTable issuer(PointsService.Certificate c, Locale locale, boolean english, Font body) {
        String bureau = Messages.get(locale, "app.bureau");
        String station = english ? c.stationEn() : c.stationZh();
        String unit = station == null || station.isBlank() ? bureau : english ? station + ", " + bureau : bureau + station;
        PdfPTable table = new PdfPTable(new float[] {1, 1.3f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(40);
        PdfPCell blank = new PdfPCell();
        blank.setBorder(Rectangle.NO_BORDER);
        table.addCell(blank);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setMinimumHeight(SEAL + 24);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        Paragraph issuer = PdfText.paragraph(Messages.get(locale, "certificate.issuer", unit), body);
        issuer.setAlignment(Element.ALIGN_CENTER);
        issuer.setLeading(22);
        cell.addElement(issuer);
        Paragraph seal = PdfText.paragraph(Messages.get(locale, "certificate.seal"), PdfFonts.font(10, Font.NORMAL));
        seal.setAlignment(Element.ALIGN_CENTER);
        seal.setLeading(22);
        cell.addElement(seal);
        Paragraph date = PdfText.paragraph(Messages.get(locale, "certificate.date",
                day(LocalDate.ofInstant(c.issuedAt(), BureauTime.ZONE), locale)), body);
        date.setAlignment(Element.ALIGN_CENTER);
        date.setLeading(22);
        cell.addElement(date);
        cell.setCellEvent((PdfPCell at, Rectangle position, PdfContentByte[] canvases) -> {
            PdfContentByte line = canvases[PdfPTable.LINECANVAS];
            line.saveState();
            line.setColorStroke(new Color(0xb0, 0x30, 0x30));
            line.setLineWidth(0.8f);
            line.setLineDash(4, 3, 0);
            line.circle((position.getLeft() + position.getRight()) / 2, (position.getTop() + position.getBottom()) / 2, SEAL / 2);
            line.stroke();
            line.restoreState();
        });
        table.addCell(cell);
        return table;
    }

    private static String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("en".equals(locale.getLanguage()) ? "d MMMM yyyy" : "yyyy年M月d日", locale).format(day);
    }

    private static void row(PdfPTable table, String label, String value, Font font) {
        PdfPCell left = new PdfPCell(PdfText.phrase(label, font));
        PdfPCell right = new PdfPCell(PdfText.phrase(value, font));
        left.setPadding(8);
        right.setPadding(8);
        right.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(left);
        table.addCell(right);
    }
}
