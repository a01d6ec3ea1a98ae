package cn.gov.wujin.yanghu.notification;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationTextsTest {

    private static final List<String> FOUR = List.of("a", "b", "c", "d");

    @Test
    void everyKindHasATitleAndATextInBothLanguages() {
        for (NotificationKind kind : NotificationKind.values()) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                assertThat(NotificationTexts.title(kind, FOUR, locale)).as(kind + " title " + locale).doesNotContain(kind.name());
                assertThat(NotificationTexts.text(kind, FOUR, locale)).as(kind + " text " + locale).doesNotContain(kind.name())
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
}
