package cn.gov.wujin.yanghu.inbox;

import cn.gov.wujin.yanghu.patrol.application.ShiftView;
import cn.gov.wujin.yanghu.patrol.application.SignupView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The volunteer's next shift: the big check-in button from 30 minutes before the start, otherwise when it opens. */
class NextShiftTest {

    /** 20:00 Beijing time. */
    private static final Instant START = Instant.parse("2026-12-05T12:00:00Z");
    private static final Instant END = START.plusSeconds(2 * 3600);

    private static ShiftView shift(SignupView mine, boolean cancelled) {
        return new ShiftView(7L, 3L, "湖塘人民路巡防队", "人民路", START, END, 3, 1, true, cancelled, null, 0L, mine, List.of());
    }

    private static SignupView signedUp(Instant checkedInAt) {
        return new SignupView(11L, "志愿者", "VOLUNTEER", true, checkedInAt, null, 0, null, null);
    }

    @Test
    void theButtonWaitsForTheWindowAndSaysWhenItOpensToday() {
        Instant afternoon = Instant.parse("2026-12-05T07:00:00Z"); // 15:00 Beijing
        NextShift next = NextShift.of(shift(signedUp(null), false), afternoon);
        assertThat(next.checkInOpen()).isFalse();
        assertThat(next.notYetOpen(afternoon)).isTrue();
        assertThat(next.checkInOpensAt()).isEqualTo(Instant.parse("2026-12-05T11:30:00Z")); // 19:30 Beijing
        assertThat(next.opensToday()).isTrue();
    }

    @Test
    void aShiftOfAnotherDayOpensOnThatDay() {
        Instant dayBefore = Instant.parse("2026-12-04T13:00:00Z"); // 21:00 Beijing, the evening before
        NextShift next = NextShift.of(shift(signedUp(null), false), dayBefore);
        assertThat(next.opensToday()).isFalse();
        assertThat(next.notYetOpen(dayBefore)).isTrue();
    }

    @Test
    void theWindowOpensThirtyMinutesBeforeTheStartAndClosesAtTheEnd() {
        assertThat(NextShift.of(shift(signedUp(null), false), START.minusSeconds(30 * 60)).checkInOpen()).isTrue();
        assertThat(NextShift.of(shift(signedUp(null), false), START.minusSeconds(30 * 60 + 1)).checkInOpen()).isFalse();
        assertThat(NextShift.of(shift(signedUp(null), false), END).checkInOpen()).isTrue();
        assertThat(NextShift.of(shift(signedUp(null), false), END.plusSeconds(1)).checkInOpen()).isFalse();
    }

    @Test
    void checkedInOrCancelledItOffersNoButton() {
        Instant during = START.plusSeconds(600);
        NextShift checkedIn = NextShift.of(shift(signedUp(START), false), during);
        assertThat(checkedIn.checkedIn()).isTrue();
        assertThat(checkedIn.checkInOpen()).isFalse();
        assertThat(checkedIn.notYetOpen(START.minusSeconds(3600))).isFalse();
        assertThat(NextShift.of(shift(signedUp(null), true), during).checkInOpen()).isFalse();
    }
}
