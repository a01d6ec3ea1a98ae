package cn.gov.wujin.yanghu.notification;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Notifications read in the reader's language; every kind has its words in both. */
class NotificationTextsTest {

    @Test
    void aNotificationIsRenderedInTheReadersLanguageWithItsLabelsTranslated() {
        List<String> args = List.of("HT-2026-000005", "#action.FILE", "head1");
        assertThat(NotificationTexts.title(NotificationKind.CASE_DECIDED, args, Locale.SIMPLIFIED_CHINESE)).isEqualTo("案件已审批");
        assertThat(NotificationTexts.text(NotificationKind.CASE_DECIDED, args, Locale.SIMPLIFIED_CHINESE)).isEqualTo("HT-2026-000005：立案（head1）");
        assertThat(NotificationTexts.text(NotificationKind.CASE_DECIDED, args, Locale.ENGLISH)).isEqualTo("HT-2026-000005: filed (head1)");
        // any other language reads Chinese, whatever the server's default locale
        assertThat(NotificationTexts.title(NotificationKind.CASE_DECIDED, args, Locale.GERMAN)).isEqualTo("案件已审批");
        assertThat(NotificationTexts.message(NotificationKind.CASE_DECIDED, args, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("【阳湖警务】案件已审批：HT-2026-000005：立案（head1）");
    }

    @Test
    void everyKindHasATitleAndATextInBothLanguagesAndTheBundlesHaveTheSameKeys() throws IOException {
        Properties zh = load("texts_zh_CN.properties");
        Properties en = load("texts_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
        assertThat(load("texts.properties")).isEqualTo(zh);
        Set<String> keys = zh.stringPropertyNames();
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(keys).as(kind.name()).contains(kind.name() + ".title", kind.name() + ".text");
        }
    }

    @Test
    void everyKindRendersWithNoPlaceholderLeft() {
        List<String> four = List.of("a", "b", "c", "d");
        for (NotificationKind kind : NotificationKind.values()) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                assertThat(NotificationTexts.title(kind, four, locale)).as(kind + " title " + locale).doesNotContain(kind.name());
                assertThat(NotificationTexts.text(kind, four, locale)).as(kind + " text " + locale).doesNotContain(kind.name())
                        .doesNotContain("{");
            }
        }
    }

    @Test
    void aTipsStatusIsNamedInTheReadersLanguage() {
        List<String> args = List.of("T-8K2M4Q", "#tipStatus.RESOLVED");
        assertThat(NotificationTexts.text(NotificationKind.TIP_STATUS_CHANGED, args, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("线索 T-8K2M4Q：已就地处置");
        assertThat(NotificationTexts.text(NotificationKind.TIP_STATUS_CHANGED, args, Locale.ENGLISH))
                .isEqualTo("Tip T-8K2M4Q: resolved on the spot");
        for (String status : List.of("NEW", "DISMISSED", "RESOLVED", "CASE_OPENED")) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                assertThat(NotificationTexts.text(NotificationKind.TIP_STATUS_CHANGED, List.of("x", "#tipStatus." + status), locale))
                        .as(status + " " + locale).doesNotContain("tipStatus");
            }
        }
    }

    @Test
    void timesAreTheBureausClockTheSameInBothLanguages() {
        assertThat(NotificationTexts.time(java.time.Instant.parse("2026-12-06T11:30:00Z"))).isEqualTo("12-06 19:30");
        assertThat(NotificationTexts.time(null)).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = NotificationTexts.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
