package cn.gov.wujin.yanghu.web.pdf;

import cn.gov.wujin.yanghu.fraud.documents.DocumentContent;
import com.google.zxing.common.BitMatrix;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentPdfTest {

    static byte[] pdf(DocumentContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentPdf.write(content, out);
        return out.toByteArray();
    }

    static final DocumentContent RECEIPT = new DocumentContent("ACCEPTANCE_RECEIPT", "受案回执", "武公(湖)受字〔2026〕7号", "王丽：",
            List.of(), List.of("你（单位）于2026年3月12日10时20分报称的王丽被电信网络诈骗（刷单返利）案我所已受理。",
            "你（单位）可通过0519-86000000联系电话，或者以查询码 ABCDEFGH23 查询案件进展情况。"), null, List.of("湖塘派出所（印）"),
            "2026年3月13日", "http://localhost:8080/public/case.xhtml?code=ABCDEFGH23", "查询码 ABCDEFGH23",
            new DocumentContent.Stub("受案回执（存根）", List.of(new DocumentContent.Field("文书编号", "武公(湖)受字〔2026〕7号"),
                    new DocumentContent.Field("填发人", "王建国"))));

    @Test
    void aDocumentHasItsTitleNumberBodyAndStubOnAPageOfItsOwn() throws Exception {
        PdfReader reader = new PdfReader(pdf(RECEIPT));
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        String first = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s", "");
        assertThat(first).contains("受案回执").contains("武公(湖)受字〔2026〕7号").contains("王丽：").contains("我所已受理")
                .contains("查询码ABCDEFGH23").contains("湖塘派出所（印）").contains("2026年3月13日");
        String stub = new PdfTextExtractor(reader).getTextFromPage(2).replaceAll("\\s", "");
        assertThat(stub).contains("受案回执（存根）").contains("文书编号").contains("王建国");
        assertThat(reader.getInfo().get("Title")).isEqualTo("受案回执");
    }

    @Test
    void theFontIsEmbeddedAsASubset() throws Exception {
        PdfReader reader = new PdfReader(pdf(RECEIPT));
        List<String> embedded = new ArrayList<>();
        PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        for (PdfName name : fonts.getKeys()) {
            PdfDictionary font = fonts.getAsDict(name);
            PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
            PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
            if (descriptor.get(PdfName.FONTFILE2) != null) {
                embedded.add(font.getAsName(PdfName.BASEFONT).toString());
            }
        }
        // a subset's name starts with six capitals and a plus (ABCDEF+AR PL UMing…)
        assertThat(embedded).isNotEmpty().allMatch(n -> n.matches("/[A-Z]{6}\\+.*"));
    }

    @Test
    void theQrCodeEncodesTheLookupAddress() {
        BitMatrix matrix = DocumentPdf.matrix("http://localhost:8080/public/case.xhtml?code=ABCDEFGH23");
        assertThat(matrix.getWidth()).isEqualTo(matrix.getHeight()).isGreaterThanOrEqualTo(21);
        assertThat(matrix.get(0, 0)).as("a finder pattern's corner, without a quiet zone").isTrue();
    }

    @Test
    void aNoticeWithATableOfSharesRenders() throws Exception {
        DocumentContent notice = new DocumentContent("RETURN_NOTICE", "公告", "武公(湖)告字〔2026〕3号", null, List.of(),
                List.of("我局在侦办王丽被电信网络诈骗案中冻结涉案资金30,000.50元，拟按比例返还下列被害人。", "公告期三十日。"),
                new DocumentContent.Table(List.of("被害人", "损失金额", "返还金额"), List.of(List.of("王**", "20,000.00元", "12,000.30元"),
                        List.of("李**", "30,000.00元", "18,000.20元"))), List.of("常州市公安局武进分局（印）"), "2026年12月6日", null, null, null);
        PdfReader reader = new PdfReader(pdf(notice));
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s", "");
        assertThat(text).contains("公告").contains("武公(湖)告字〔2026〕3号").contains("被害人").contains("12,000.30元").contains("18,000.20元");
    }
}
