package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.patrol.domain.Shift;
import cn.gov.wujin.yanghu.shared.BureauTime;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a volunteer stands with a shift's check-in at {@code now}, as every page shows it (the
 * home page's next shift, the shifts page's cards): the button while the window is open
 * ({@link Shift#isCheckInOpen}), a disabled "check-in opens at …" before, nothing once checked in.
 * {@code opensToday}: the window opens on the Beijing day of {@code now} (the label then needs no date).
 */
public record CheckInWindow(Instant opensAt, boolean checkedIn, boolean open, boolean notYetOpen, boolean opensToday)
        implements Serializable {

    public static CheckInWindow of(ShiftView shift, Instant now) {
        boolean checkedIn = shift.mine() != null && shift.mine().checkedInAt() != null;
        Instant opens = Shift.checkInOpensAt(shift.startsAt());
        boolean today = LocalDate.ofInstant(opens, BureauTime.ZONE).equals(LocalDate.ofInstant(now, BureauTime.ZONE));
        boolean waiting = !checkedIn && !shift.cancelled();
        return new CheckInWindow(opens, checkedIn, waiting && Shift.isCheckInOpen(shift.startsAt(), shift.endsAt(), now),
                waiting && now.isBefore(opens), today);
    }
}
