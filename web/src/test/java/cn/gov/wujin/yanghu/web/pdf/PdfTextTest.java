package cn.gov.wujin.yanghu.web.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class PdfTextTest {

    @Test
    void noLineStartsWithAClosingMarkNorEndsWithAnOpeningOne() {
        assertThat(PdfText.mayBreakAfter('元', '）', true)).as("元|）").isFalse();
        assertThat(PdfText.mayBreakAfter('额', '，', true)).as("额|，").isFalse();
        assertThat(PdfText.mayBreakAfter('（', '元', true)).as("（|元").isFalse();
        assertThat(PdfText.mayBreakAfter('“', '阳', true)).as("“|阳").isFalse();
        assertThat(PdfText.mayBreakAfter('）', '的', false)).as("）|的: after a closing mark").isTrue();
        assertThat(PdfText.mayBreakAfter('，', '参', false)).as("，|参").isTrue();
        assertThat(PdfText.mayBreakAfter('额', '（', true)).as("额|（: before an opening mark").isTrue();
        assertThat(PdfText.mayBreakAfter('a', 'b', false)).as("inside a word").isFalse();
        assertThat(PdfText.mayBreakAfter(' ', 'b', true)).isTrue();
    }

    /** The header cell of the report that broke as "损失金额（元" / "）". */
    @Test
    void aNarrowColumnKeepsTheClosingBracketWithTheCharacterBeforeIt() throws Exception {
        String text = "损失金额（元）";
        List<String> before = lines(text, 62, t -> new Phrase(t, PdfFonts.font(10, 0)));
        assertThat(before).as("the library alone").anyMatch(line -> line.startsWith("）"));
        List<String> after = lines(text, 62, t -> PdfText.phrase(t, PdfFonts.font(10, 0)));
        assertThat(String.join("", after)).isEqualTo(text);
        assertThat(after).noneMatch(line -> line.startsWith("）") || line.endsWith("（"));

        List<String> sentence = lines("兹证明张三同志，作为“阳湖N警”志愿者（湖塘派出所），参加巡逻。", 52, t -> PdfText.phrase(t, PdfFonts.font(10, 0)));
        assertThat(sentence).hasSizeGreaterThan(2)
                .noneMatch(line -> PdfText.CLOSING.indexOf(line.charAt(0)) >= 0)
                .noneMatch(line -> PdfText.OPENING.indexOf(line.charAt(line.length() - 1)) >= 0);
    }

    /** The text laid out in a column {@code width} points wide (characters of 10 points), read back line by line. */
    private static List<String> lines(String text, float width, Function<String, Phrase> phrase) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        ColumnText column = new ColumnText(writer.getDirectContent());
        column.setSimpleColumn(100, 100, 100 + width, 800);
        column.addText(phrase.apply(text));
        column.go();
        document.close();
        String read = new PdfTextExtractor(new PdfReader(out.toByteArray())).getTextFromPage(1);
        return Arrays.stream(read.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
