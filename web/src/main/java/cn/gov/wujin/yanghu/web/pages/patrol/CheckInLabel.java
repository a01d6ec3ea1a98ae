package cn.gov.wujin.yanghu.web.pages.patrol;

import cn.gov.wujin.yanghu.patrol.application.CheckInWindow;
import cn.gov.wujin.yanghu.web.faces.Formats;
import cn.gov.wujin.yanghu.web.i18n.Messages;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words on the disabled check-in button until the window opens, the same on the home page
 * and the shifts page: "19:30 开始签到", on another day with the date ("12-07 19:30 开始签到").
 */
public final class CheckInLabel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(Formats.BUREAU_ZONE);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(Formats.BUREAU_ZONE);

    private CheckInLabel() {
    }

    public static String opens(CheckInWindow window, Locale locale) {
        String when = (window.opensToday() ? TIME : DAY_TIME).format(window.opensAt());
        return Messages.get(locale, "inbox.checkInOpens", when);
    }
}
