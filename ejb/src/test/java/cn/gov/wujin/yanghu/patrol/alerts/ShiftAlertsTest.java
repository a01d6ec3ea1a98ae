package cn.gov.wujin.yanghu.patrol.alerts;

import cn.gov.wujin.yanghu.notification.NotificationKind;
import cn.gov.wujin.yanghu.notification.SentNotifications;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShiftAlertsTest {

    private static final Instant START = Instant.parse("2026-12-10T11:30:00Z"); // 19:30 in Changzhou
    private static final Instant LONG_AGO = START.minus(Duration.ofDays(5));

    private final SentNotifications notifications = new SentNotifications();
    private final ShiftAlerts alerts = new ShiftAlerts(null, notifications, null);

    /** Members 1 and 2 signed up days ago, 3 an hour before the start, 4 and 5 did not; 3 needed. */
    private static ShiftRoster shift(int needed, boolean cancelled) {
        List<ShiftRoster.Member> members = List.of(new ShiftRoster.Member(1L, LONG_AGO), new ShiftRoster.Member(2L, LONG_AGO),
                new ShiftRoster.Member(3L, START.minus(Duration.ofMinutes(50))), new ShiftRoster.Member(4L, null),
                new ShiftRoster.Member(5L, null));
        return new ShiftRoster(9L, "人民路巡防队", "人民路沿线", START, START.plus(Duration.ofHours(2)), needed, 3, cancelled, members);
    }

    private List<SentNotifications.Sent> remindAt(ShiftRoster shift, Duration beforeStart) {
        alerts.remind(shift, START.minus(beforeStart));
        return notifications.sent;
    }

    @Test
    void aDayBeforeTheSignedUpMembersAreReminded() {
        assertThat(remindAt(shift(3, false), Duration.ofHours(24))).containsExactly(new SentNotifications.Sent(
                NotificationKind.SHIFT_TOMORROW, List.of(1L, 2L), "/patrol/shifts.xhtml",
                "shift-tomorrow:9:" + START.getEpochSecond(), List.of("人民路巡防队", "12-10 19:30", "人民路沿线")));
    }

    @Test
    void anHourBeforeOnlyTheNearestReminderGoesToWhoSignedUpBeforeIt() {
        // the timer missed the day-before reminder (a server down): "tomorrow" is no news any more
        List<SentNotifications.Sent> sent = remindAt(shift(3, false), Duration.ofMinutes(40));
        assertThat(sent).extracting(SentNotifications.Sent::kind).containsExactly(NotificationKind.SHIFT_SOON);
        assertThat(sent.get(0).to()).as("3 signed up within the hour, knowing").containsExactly(1L, 2L);
        assertThat(sent.get(0).onceKey()).isEqualTo("shift-soon:9:" + START.getEpochSecond());
    }

    @Test
    void aReminderTheTimerMissedStillGoesOutBeforeTheStart() {
        assertThat(remindAt(shift(3, false), Duration.ofHours(20))).extracting(SentNotifications.Sent::kind)
                .containsExactly(NotificationKind.SHIFT_TOMORROW);
    }

    @Test
    void moreThanADayAheadNobodyIsReminded() {
        assertThat(remindAt(shift(3, false), Duration.ofHours(30))).isEmpty();
    }

    @Test
    void anUnderstaffedShiftCallsForCoverFromTheMembersNotSignedUp48HoursAhead() {
        List<SentNotifications.Sent> sent = remindAt(shift(5, false), Duration.ofHours(48));
        assertThat(sent).containsExactly(new SentNotifications.Sent(NotificationKind.SHIFT_COVER_NEEDED, List.of(4L, 5L),
                "/patrol/shifts.xhtml", "shift-cover:9:" + START.getEpochSecond(), List.of("人民路巡防队", "12-10 19:30", "人民路沿线", "2")));
    }

    @Test
    void noCallForCoverEarlierOrWhenStaffed() {
        assertThat(remindAt(shift(5, false), Duration.ofHours(49))).isEmpty();
        assertThat(remindAt(shift(3, false), Duration.ofHours(47))).isEmpty();
    }

    @Test
    void aCallForCoverAndAReminderCanComeTogether() {
        assertThat(remindAt(shift(4, false), Duration.ofHours(2))).extracting(SentNotifications.Sent::kind)
                .containsExactly(NotificationKind.SHIFT_TOMORROW, NotificationKind.SHIFT_COVER_NEEDED);
    }

    @Test
    void aCancelledOrStartedShiftRemindsNobody() {
        assertThat(remindAt(shift(5, true), Duration.ofMinutes(30))).isEmpty();
        assertThat(remindAt(shift(5, false), Duration.ZERO)).isEmpty();
        assertThat(remindAt(shift(5, false), Duration.ofMinutes(-10))).isEmpty();
    }

    @Test
    void aMovedShiftIsToldToEverySignedUpMemberEachTime() {
        alerts.moved(shift(3, false));
        alerts.moved(shift(3, false));
        assertThat(notifications.sent).hasSize(2).allSatisfy(s -> {
            assertThat(s.kind()).isEqualTo(NotificationKind.SHIFT_MOVED);
            assertThat(s.to()).containsExactly(1L, 2L, 3L);
            assertThat(s.onceKey()).isNull();
        });
    }

    @Test
    void aCancelledShiftIsToldToItsMembersUntilItWouldHaveEnded() {
        alerts.cancelled(shift(3, true), START.plus(Duration.ofHours(1)));
        assertThat(notifications.sent).containsExactly(new SentNotifications.Sent(NotificationKind.SHIFT_CANCELLED, List.of(1L, 2L, 3L),
                "/patrol/shifts.xhtml", "shift-cancelled:9", List.of("人民路巡防队", "12-10 19:30", "人民路沿线")));
        alerts.cancelled(shift(3, true), START.plus(Duration.ofHours(2)));
        assertThat(notifications.sent).hasSize(1);
    }
}
