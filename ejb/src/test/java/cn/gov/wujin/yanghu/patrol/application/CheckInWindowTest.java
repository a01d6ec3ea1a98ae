package cn.gov.wujin.yanghu.patrol.application;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shifts page's cards: the check-in button only inside the window, a disabled "opens at" before it. */
class CheckInWindowTest {

    /** 20:00 Beijing time. */
    private static final Instant START = Instant.parse("2026-12-05T12:00:00Z");
    private static final Instant END = START.plusSeconds(2 * 3600);

    private static ShiftView shift(Instant checkedInAt, boolean cancelled) {
        SignupView mine = new SignupView(11L, "志愿者", "VOLUNTEER", true, checkedInAt, null, 0, null, null);
        return new ShiftView(7L, 3L, "湖塘人民路巡防队", "人民路", START, END, 3, 1, true, cancelled, null, 0L, mine, List.of());
    }

    @Test
    void fifteenAndThirtyNineHoursAheadTheButtonWaitsAndSaysWhen() {
        CheckInWindow today = CheckInWindow.of(shift(null, false), START.minusSeconds(15 * 3600));
        assertThat(today.open()).isFalse();
        assertThat(today.notYetOpen()).isTrue();
        assertThat(today.opensAt()).isEqualTo(Instant.parse("2026-12-05T11:30:00Z")); // 19:30 Beijing
        assertThat(today.opensToday()).isTrue(); // 05:00 Beijing of the same day

        CheckInWindow dayBefore = CheckInWindow.of(shift(null, false), START.minusSeconds(39 * 3600));
        assertThat(dayBefore.open()).isFalse();
        assertThat(dayBefore.notYetOpen()).isTrue();
        assertThat(dayBefore.opensToday()).isFalse();
    }

    @Test
    void theWindowRunsFromThirtyMinutesBeforeTheStartToTheEnd() {
        assertThat(CheckInWindow.of(shift(null, false), START.minusSeconds(30 * 60)).open()).isTrue();
        assertThat(CheckInWindow.of(shift(null, false), START.minusSeconds(30 * 60 + 1)).open()).isFalse();
        assertThat(CheckInWindow.of(shift(null, false), END).open()).isTrue();
        CheckInWindow after = CheckInWindow.of(shift(null, false), END.plusSeconds(1));
        assertThat(after.open()).isFalse();
        assertThat(after.notYetOpen()).isFalse();
    }

    @Test
    void checkedInOrCancelledNeitherButtonShows() {
        CheckInWindow checkedIn = CheckInWindow.of(shift(START, false), START.plusSeconds(600));
        assertThat(checkedIn.open()).isFalse();
        assertThat(checkedIn.notYetOpen()).isFalse();
        CheckInWindow cancelled = CheckInWindow.of(shift(null, true), START.minusSeconds(3600));
        assertThat(cancelled.open()).isFalse();
        assertThat(cancelled.notYetOpen()).isFalse();
    }
}
