package cn.gov.wujin.yanghu.inbox;

import cn.gov.wujin.yanghu.patrol.application.ShiftView;
import cn.gov.wujin.yanghu.patrol.domain.Shift;
import cn.gov.wujin.yanghu.shared.BureauTime;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A volunteer's next shift as the phone's home page shows it: the big check-in button while the
 * window is open ({@link Shift#isCheckInOpen}), otherwise when it opens (today: the time only),
 * or that the volunteer is checked in already.
 */
public record NextShift(ShiftView shift, boolean checkedIn, boolean checkInOpen, Instant checkInOpensAt, boolean opensToday)
        implements Serializable {

    public static NextShift of(ShiftView shift, Instant now) {
        boolean checkedIn = shift.mine() != null && shift.mine().checkedInAt() != null;
        Instant opens = Shift.checkInOpensAt(shift.startsAt());
        boolean today = LocalDate.ofInstant(opens, BureauTime.ZONE).equals(LocalDate.ofInstant(now, BureauTime.ZONE));
        return new NextShift(shift, checkedIn, !checkedIn && !shift.cancelled() && Shift.isCheckInOpen(shift.startsAt(), shift.endsAt(), now),
                opens, today);
    }

    /** Check-in has not opened yet (the button shows when it will). */
    public boolean notYetOpen(Instant now) {
        return !checkedIn && now.isBefore(checkInOpensAt);
    }
}
