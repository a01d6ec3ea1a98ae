package cn.gov.wujin.yanghu.web.pdf;

import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.patrol.application.PointsService;
import cn.gov.wujin.yanghu.web.i18n.Messages;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The volunteer's certificate of service (志愿服务证明) as an A4 PDF, in the user's language. */
public final class CertificatePdf {

    private CertificatePdf() {
    }

    public static void write(PointsService.Certificate c, Locale locale, OutputStream out) {
        boolean english = "en".equals(locale.getLanguage());
        Document document = new Document(PageSize.A4, 72, 72, 90, 72);
        PdfWriter.getInstance(document, out);
        document.addTitle(Messages.get(locale, "certificate.title"));
        document.open();
        Font title = PdfFonts.font(22, Font.BOLD);
        Font body = PdfFonts.font(12, Font.NORMAL);
        Paragraph heading = new Paragraph(Messages.get(locale, "certificate.title"), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(28);
        document.add(heading);
        String station = english ? c.stationEn() : c.stationZh();
        Paragraph text = new Paragraph(Messages.get(locale, "certificate.text", c.name(), station == null ? "" : station,
                String.join(english ? ", " : "、", c.groups())), body);
        text.setLeading(22);
        text.setSpacingAfter(18);
        document.add(text);

        PdfPTable figures = new PdfPTable(2);
        figures.setWidthPercentage(70);
        row(figures, Messages.get(locale, "certificate.shifts"), String.valueOf(c.shifts()), body);
        row(figures, Messages.get(locale, "certificate.hours"), c.hours().toPlainString(), body);
        row(figures, Messages.get(locale, "certificate.tips"), String.valueOf(c.tipsActedOn()), body);
        row(figures, Messages.get(locale, "certificate.points"), c.points().toPlainString(), body);
        document.add(figures);

        Paragraph issuer = new Paragraph(Messages.get(locale, "app.bureau") + "\n"
                + DateTimeFormatter.ofPattern(english ? "d MMMM yyyy" : "yyyy年M月d日", locale).format(c.issuedAt().atZone(BureauTime.ZONE)), body);
        issuer.setAlignment(Element.ALIGN_RIGHT);
        issuer.setSpacingBefore(48);
        document.add(issuer);
        document.close();
    }

    private static void row(PdfPTable table, String label, String value, Font font) {
        PdfPCell left = new PdfPCell(new Paragraph(label, font));
        PdfPCell right = new PdfPCell(new Paragraph(value, font));
        left.setPadding(8);
        right.setPadding(8);
        right.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(left);
        table.addCell(right);
    }
}
