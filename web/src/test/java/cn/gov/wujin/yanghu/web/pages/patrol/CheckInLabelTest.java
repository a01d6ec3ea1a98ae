package cn.gov.wujin.yanghu.web.pages.patrol;

import cn.gov.wujin.yanghu.patrol.application.CheckInWindow;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The disabled check-in button's words: the time today, the date and time on another day, in both languages. */
class CheckInLabelTest {

    private static final Instant OPENS = Instant.parse("2026-12-07T11:30:00Z"); // 19:30 Beijing

    @Test
    void todayTheTimeOtherwiseTheDateToo() {
        assertThat(CheckInLabel.opens(new CheckInWindow(OPENS, false, false, true, true), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("19:30 开始签到");
        assertThat(CheckInLabel.opens(new CheckInWindow(OPENS, false, false, true, false), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("12-07 19:30 开始签到");
        assertThat(CheckInLabel.opens(new CheckInWindow(OPENS, false, false, true, true), Locale.ENGLISH))
                .isEqualTo("Check-in opens at 19:30");
    }
}
