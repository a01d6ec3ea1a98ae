package cn.gov.wujin.yanghu.web.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Text for every PDF (reports, exports, certificates), laid out by the Chinese line-breaking
 * rules (GB/T 15834, 禁则): no line starts with a closing mark (）」』】》〉”’，。、；：？！…)
 * and none ends with an opening one (（「『【《〈“‘). The library's own rule lets a line break
 * after any Chinese character, so "损失金额（元）" could end a line with "元" and start the next
 * with "）"; it also never breaks after a full-width comma, which then starts the next line.
 */
public final class PdfText {

    /** Marks that may not start a line. */
    static final String CLOSING = "）〕］｝」』】〙〗》〉”’，。、；：？！…‥·・％‰)]},.;:?!%";

    /** Marks that may not end a line. */
    static final String OPENING = "（〔［｛「『【〘〖《〈“‘([{";

    /** Breaks where the library would, and after closing marks, except where the rules above forbid. */
    public static final SplitCharacter CHINESE_RULES = new SplitCharacter() {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            char next = current + 1 < end ? character(current + 1, cc, ck) : 0;
            return mayBreakAfter(character(current, cc, ck), next,
                    DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck));
        }
    };

    private PdfText() {
    }

    /**
     * Whether a line may end after {@code current}, followed by {@code next} (0: the end of the
     * text), given whether the library would break there.
     */
    static boolean mayBreakAfter(char current, char next, boolean libraryWould) {
        if (OPENING.indexOf(current) >= 0 || next != 0 && CLOSING.indexOf(next) >= 0) {
            return false;
        }
        return libraryWould || CLOSING.indexOf(current) >= 0 && current > 0x2000;
    }

    /** The text as a chunk that breaks by these rules. */
    public static Chunk chunk(String text, Font font) {
        Chunk chunk = new Chunk(text == null ? "" : text, font);
        chunk.setSplitCharacter(CHINESE_RULES);
        return chunk;
    }

    /** The text as a phrase (a table cell's content) that breaks by these rules. */
    public static Phrase phrase(String text, Font font) {
        Phrase phrase = new Phrase(Float.NaN, "", font); // leading: 1.5 times the font's size, as Phrase(text, font)
        for (String line : lines(text)) {
            if (!phrase.isEmpty()) {
                phrase.add(Chunk.NEWLINE);
            }
            phrase.add(chunk(line, font));
        }
        return phrase;
    }

    /** The text as a paragraph that breaks by these rules; "\n" starts a new line. */
    public static Paragraph paragraph(String text, Font font) {
        Paragraph paragraph = new Paragraph(Float.NaN, "", font);
        paragraph.add(phrase(text, font));
        return paragraph;
    }

    private static String[] lines(String text) {
        return (text == null ? "" : text).split("\n", -1);
    }

    private static char character(int at, char[] cc, PdfChunk[] ck) {
        return ck == null ? cc[at] : (char) ck[Math.min(at, ck.length - 1)].getUnicodeEquivalent(cc[at]);
    }
}
