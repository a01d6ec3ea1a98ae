package cn.gov.wujin.yanghu.web.pdf;

import cn.gov.wujin.yanghu.organization.application.HandedOutPassword;
import cn.gov.wujin.yanghu.shared.BureauTime;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The one-time passwords of an account import as a printable A4 list: one row per new account
 * (station, name, username, password), to be cut into slips and handed out; printed once.
 */
public final class PasswordListPdf {

    private PasswordListPdf() {
    }

    public static void write(List<HandedOutPassword> passwords, Locale locale, OutputStream out) {
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(Messages.get(locale, "setup.passwords.title"));
        document.open();
        Font title = PdfFonts.font(16, Font.BOLD);
        Font body = PdfFonts.font(11, Font.NORMAL);
        Font mono = PdfFonts.font(13, Font.BOLD);
        Paragraph heading = PdfText.paragraph(Messages.get(locale, "setup.passwords.title"), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(6);
        document.add(heading);
        Paragraph note = PdfText.paragraph(Messages.get(locale, "setup.passwords.note", LocalDate.now(BureauTime.ZONE)), body);
        note.setSpacingAfter(14);
        document.add(note);
        PdfPTable table = new PdfPTable(new float[]{1.2f, 2f, 2.4f, 2.4f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : List.of("setup.passwords.station", "setup.passwords.name", "setup.passwords.username", "setup.passwords.password")) {
            PdfPCell cell = new PdfPCell(PdfText.phrase(Messages.get(locale, key), body));
            cell.setPadding(6);
            table.addCell(cell);
        }
        for (HandedOutPassword p : passwords) {
            for (String value : new String[]{p.stationCode() == null ? "—" : p.stationCode(), p.displayName(), p.username()}) {
                PdfPCell cell = new PdfPCell(PdfText.phrase(value, body));
                cell.setPadding(8);
                table.addCell(cell);
            }
            PdfPCell password = new PdfPCell(PdfText.phrase(p.password(), mono));
            password.setPadding(8);
            table.addCell(password);
        }
        document.add(table);
        document.close();
    }
}
