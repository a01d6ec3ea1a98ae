package cn.gov.wujin.yanghu.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    /** What the index holds for a text: the same as search_document (V31) answers, checked there by SearchIT. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "养老院                                 | 养 老 院",
            "礼嘉的老人，被骗                        | 礼 嘉 的 老 人 被 骗",
            "HT-2026-000123                         | ht 2026000123",
            "电话 +86 138-1234 5678                 | 电 话 13812345678",
            "0086 13812345678                       | 13812345678",
            "(0519) 8888-1234                       | 051988881234",
            "https://www.Example.COM/x              | https www example com x",
            "ＡＢＣ１２３微信号wxid_Abc9             | abc123 微 信 号 wxid abc9",
            "6222 0200 1234 5678 901                | 6222020012345678901",
            "'损失 3.5 万元'                          | 损 失 35 万 元"})
    void indexesChineseAsCharactersAndLatinAndDigitsAsRuns(String text, String tokens) {
        assertThat(String.join(" ", SearchText.tokens(text))).isEqualTo(tokens);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "养老                       | (养 <-> 老)",
            "骗                         | 骗",
            "养老 骗子                   | (养 <-> 老) & (骗 <-> 子)",
            "安全账户                    | (安 <-> 全 <-> 账 <-> 户)",
            "+86 138 1234 5678          | 13812345678",
            "138-1234-5678              | 13812345678",
            "HT-2026-000123             | (ht <-> 2026000123)",
            "example.com                | (example <-> com)",
            "'  ，。！  '                 | ''",
            "礼嘉 老人                   | (礼 <-> 嘉) & (老 <-> 人)"})
    void queriesEveryWordAsAPhraseOfItsTokens(String query, String tsquery) {
        assertThat(SearchText.tsquery(query).orElse("")).isEqualTo(tsquery);
    }

    @Test
    void aQueryIsCutToItsFirstWords() {
        assertThat(SearchText.words("一 二 三 四 五 六 七 八 九 十")).hasSize(SearchText.MAX_WORDS);
        assertThat(SearchText.words("x".repeat(500)).get(0).get(0)).hasSize(SearchText.MAX_QUERY);
        assertThat(SearchText.tsquery(null)).isEmpty();
    }

    @Test
    void snippetsMarkTheWordsAndMaskPersonalData() {
        String text = "受害人张某（身份证320412195801011234，电话138 1234 5678）在养老院听讲座后把钱转入'安全账户'6222020012345678901。";
        String snippet = Snippets.of(text, SearchText.words("养老 138-1234-5678"));
        assertThat(snippet).contains("<mark>养老</mark>").contains("<mark>138 **** 5678</mark>")
                .contains("320412********1234").contains("***************8901")
                .doesNotContain("19580101").doesNotContain("1234 5678").contains("&#39;安全账户&#39;");
        assertThat(Snippets.of("<script>alert(1)</script> 养老", SearchText.words("养老")))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; <mark>养老</mark>");
    }

    @Test
    void aLongTextIsCutAroundTheFirstHit() {
        String text = "甲".repeat(300) + "养老院" + "乙".repeat(300);
        String snippet = Snippets.of(text, SearchText.words("养老"));
        assertThat(snippet).startsWith("…").endsWith("…").contains("<mark>养老</mark>");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).hasSize(Snippets.LENGTH + 2);
    }

    @Test
    void maskingKeepsTheLength() {
        List<String> texts = List.of("13812345678", "138-1234-5678", "320412195801011234", "32041219580101123X", "6222020012345678901");
        for (String t : texts) {
            assertThat(Snippets.mask(t)).hasSameSizeAs(t).isNotEqualTo(t);
        }
        assertThat(Snippets.mask("2026000123 共 12 次")).isEqualTo("2026000123 共 12 次");
        assertThat(Snippets.mask("订单号 123456789012345678901234")).isEqualTo("订单号 123456789012345678901234");
    }
}
