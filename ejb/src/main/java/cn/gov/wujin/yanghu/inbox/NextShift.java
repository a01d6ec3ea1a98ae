package cn.gov.wujin.yanghu.inbox;

import cn.gov.wujin.yanghu.patrol.application.CheckInWindow;
import cn.gov.wujin.yanghu.patrol.application.ShiftView;

import java.io.Serializable;
import java.time.Instant;

/**
 * A volunteer's next shift as the phone's home page shows it: the big check-in button while the
 * window is open, otherwise when it opens (today: the time only), or that the volunteer is
 * checked in already. The window is {@link CheckInWindow}'s, as on the shifts page.
 */
public record NextShift(ShiftView shift, CheckInWindow window) implements Serializable {

    public static NextShift of(ShiftView shift, Instant now) {
        return new NextShift(shift, CheckInWindow.of(shift, now));
    }

    public boolean checkedIn() {
        return window.checkedIn();
    }

    public boolean checkInOpen() {
        return window.open();
    }

    public Instant checkInOpensAt() {
        return window.opensAt();
    }

    public boolean opensToday() {
        return window.opensToday();
    }

    /** Check-in has not opened yet (the button shows when it will). */
    public boolean notYetOpen(Instant now) {
        return !window.checkedIn() && now.isBefore(window.opensAt());
    }
}
