package cn.gov.wujin.yanghu.web.pdf;

import cn.gov.wujin.yanghu.fraud.documents.DocumentContent;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * A document of the procedure as an A4 PDF in the layout of the public forms (公安机关刑事法律文书
 * 式样, 2012): the title in a large serif, the number on the right below it, the addressee, the
 * form's fields in a ruled table, the body with indented paragraphs, a table where the document
 * has one (the return plan's shares), the QR code where it has one, the authority and the date on
 * the right; the stub (存根) on a page of its own. Set in the serif font of {@link PdfFonts#serif},
 * embedded as a subset. The forms are Chinese whatever the reader's language.
 */
public final class DocumentPdf {

    /** The QR code's side: 30 mm, readable by a phone from a printed page. */
    private static final float QR_SIDE = 30 / 25.4f * 72;
    /** 2 cm margins left and right, 2.5 cm top and bottom. */
    private static final float SIDE = 2 / 2.54f * 72;
    private static final float TOP = 2.5f / 2.54f * 72;

    private DocumentPdf() {
    }

    public static void write(DocumentContent content, OutputStream out) {
        Document document = new Document(PageSize.A4, SIDE, SIDE, TOP, TOP);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(content.title());
        document.addSubject(content.number());
        document.open();
        Font title = PdfFonts.serif(22, Font.BOLD);
        Font body = PdfFonts.serif(14, Font.NORMAL);
        Font small = PdfFonts.serif(12, Font.NORMAL);

        heading(document, content.title(), content.number(), title, body);
        if (content.addressee() != null) {
            Paragraph addressee = PdfText.paragraph(content.addressee(), body);
            addressee.setLeading(26);
            addressee.setSpacingAfter(4);
            document.add(addressee);
        }
        for (String text : content.paragraphs()) {
            Paragraph paragraph = PdfText.paragraph(text, body);
            paragraph.setLeading(26);
            paragraph.setFirstLineIndent(28);
            paragraph.setSpacingAfter(2);
            document.add(paragraph);
        }
        if (!content.fields().isEmpty()) {
            document.add(fields(content.fields(), small));
        }
        if (content.table() != null) {
            document.add(table(content.table(), small));
        }
        if (content.qrText() != null) {
            document.add(qr(writer, content.qrText(), content.qrCaption(), small));
        }
        document.add(signatures(content.signatures(), content.date(), body));
        if (content.stub() != null) {
            document.newPage();
            heading(document, content.stub().title(), content.number(), title, body);
            document.add(fields(content.stub().fields(), small));
        }
        document.close();
    }

    private static void heading(Document document, String text, String number, Font title, Font body) {
        Paragraph heading = PdfText.paragraph(text, title);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(14);
        document.add(heading);
        Paragraph numbered = PdfText.paragraph(number, body);
        numbered.setAlignment(Element.ALIGN_RIGHT);
        numbered.setSpacingAfter(18);
        document.add(numbered);
    }

    private static PdfPTable fields(List<DocumentContent.Field> fields, Font font) {
        PdfPTable table = new PdfPTable(new float[] {1, 3.2f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setSpacingAfter(8);
        for (DocumentContent.Field field : fields) {
            PdfPCell label = new PdfPCell(PdfText.phrase(field.label(), font));
            label.setPadding(7);
            label.setVerticalAlignment(Element.ALIGN_MIDDLE);
            label.setHorizontalAlignment(Element.ALIGN_CENTER);
            PdfPCell value = new PdfPCell(PdfText.phrase(field.value(), font));
            value.setPadding(7);
            value.setMinimumHeight(26);
            table.addCell(label);
            table.addCell(value);
        }
        return table;
    }

    private static PdfPTable table(DocumentContent.Table content, Font font) {
        PdfPTable table = new PdfPTable(content.columns().size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (String column : content.columns()) {
            PdfPCell head = new PdfPCell(PdfText.phrase(column, font));
            head.setPadding(6);
            head.setHorizontalAlignment(Element.ALIGN_CENTER);
            head.setBackgroundColor(new Color(0xee, 0xee, 0xee));
            table.addCell(head);
        }
        for (List<String> row : content.rows()) {
            for (String value : row) {
                PdfPCell cell = new PdfPCell(PdfText.phrase(value, font));
                cell.setPadding(6);
                table.addCell(cell);
            }
        }
        return table;
    }

    /** The QR code drawn module by module as vector squares (no image library), with its caption below. */
    private static PdfPTable qr(PdfWriter writer, String text, String caption, Font font) {
        BitMatrix matrix = matrix(text);
        PdfTemplate canvas = writer.getDirectContent().createTemplate(QR_SIDE, QR_SIDE);
        float module = QR_SIDE / matrix.getWidth();
        canvas.setColorFill(Color.BLACK);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    canvas.rectangle(x * module, QR_SIDE - (y + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(40);
        table.setSpacingBefore(10);
        try {
            Image image = Image.getInstance(canvas);
            image.setAlt(text);
            PdfPCell cell = new PdfPCell(image, false);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
        PdfPCell under = new PdfPCell(PdfText.phrase(caption == null ? "" : caption, font));
        under.setBorder(Rectangle.NO_BORDER);
        under.setHorizontalAlignment(Element.ALIGN_CENTER);
        table.addCell(under);
        return table;
    }

    /** The QR code's modules for the text, without a quiet zone (the page around it is white). */
    public static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
        }
    }

    private static PdfPTable signatures(List<String> signatures, String date, Font font) {
        PdfPTable table = new PdfPTable(new float[] {1, 1.4f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(36);
        PdfPCell blank = new PdfPCell();
        blank.setBorder(Rectangle.NO_BORDER);
        table.addCell(blank);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        for (String signature : signatures) {
            Paragraph line = PdfText.paragraph(signature, font);
            line.setAlignment(Element.ALIGN_CENTER);
            line.setLeading(26);
            cell.addElement(line);
        }
        if (date != null) {
            Paragraph day = PdfText.paragraph(date, font);
            day.setAlignment(Element.ALIGN_CENTER);
            day.setLeading(26);
            cell.addElement(day);
        }
        table.addCell(cell);
        return table;
    }
}
