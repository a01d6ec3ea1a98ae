package cn.gov.wujin.yanghu.patrol.alerts;

import cn.gov.wujin.yanghu.notification.NotificationKind;
import cn.gov.wujin.yanghu.notification.NotificationTexts;
import cn.gov.wujin.yanghu.notification.Notifications;
import cn.gov.wujin.yanghu.patrol.application.ShiftChanged;
import cn.gov.wujin.yanghu.shared.ScheduledRuns;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Who hears of a shift, linked to their shifts page:
 * <ul>
 * <li>24 hours and 1 hour before it starts → its signed-up members (a reminder);</li>
 * <li>48 hours before, while it lacks people → the group's members not signed up (a call for cover);</li>
 * <li>moved or cancelled → its signed-up members, in the change's transaction.</li>
 * </ul>
 * The timed ones run every minute, once across the deployment group, and at once when a shift is
 * planned or changed. A reminder is due from its moment until the shift starts, so one the timer
 * missed (a server down) still goes out, but only the nearest: an hour before the start nobody
 * gets "tomorrow" too. Each goes once per shift and start time ({@code onceKey}); a moved shift is
 * reminded of anew. Who signed up after a reminder's moment chose the shift knowing it and is not
 * reminded of it.
 */
@Stateless
@PermitAll
public class ShiftAlerts {

    static final Duration TOMORROW = Duration.ofHours(24);
    static final Duration SOON = Duration.ofHours(1);
    static final Duration COVER = Duration.ofHours(48);
    static final String LINK = "/patrol/shifts.xhtml";

    private final ShiftRosters rosters;
    private final Notifications notifications;
    private final ScheduledRuns runs;

    @Inject
    public ShiftAlerts(ShiftRosters rosters, Notifications notifications, ScheduledRuns runs) {
        this.rosters = rosters;
        this.notifications = notifications;
        this.runs = runs;
    }

    /** For the container's proxy. */
    protected ShiftAlerts() {
        this(null, null, null);
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        runs.once("shift-alerts", Duration.ofMinutes(1), () -> {
            Instant now = Instant.now();
            int told = 0;
            for (ShiftRoster roster : rosters.startingBetween(now, now.plus(COVER))) {
                told += remind(roster, now);
            }
            return told + " told";
        });
    }

    /** In the transaction of the change. */
    public void changed(@Observes ShiftChanged changed) {
        Instant now = Instant.now();
        rosters.of(changed.shiftId()).ifPresent(roster -> {
            switch (changed.change()) {
                case MOVED -> moved(roster);
                case CANCELLED -> cancelled(roster, now);
                default -> { }
            }
            remind(roster, now);
        });
    }

    /** The reminder and the call for cover due now; answers how many were told. */
    int remind(ShiftRoster shift, Instant now) {
        if (shift.cancelled() || !now.isBefore(shift.startsAt())) {
            return 0;
        }
        Duration left = Duration.between(now, shift.startsAt());
        String at = ":" + shift.shiftId() + ":" + shift.startsAt().getEpochSecond();
        int told = 0;
        if (left.compareTo(SOON) <= 0) {
            told += tell(NotificationKind.SHIFT_SOON, shift.signedUpBefore(shift.startsAt().minus(SOON)), "shift-soon" + at, shift);
        } else if (left.compareTo(TOMORROW) <= 0) {
            told += tell(NotificationKind.SHIFT_TOMORROW, shift.signedUpBefore(shift.startsAt().minus(TOMORROW)), "shift-tomorrow" + at,
                    shift);
        }
        if (left.compareTo(COVER) <= 0 && shift.isUnderstaffed()) {
            told += tell(NotificationKind.SHIFT_COVER_NEEDED, shift.notSignedUp(), "shift-cover" + at, shift,
                    String.valueOf(shift.needed() - shift.signedUp()));
        }
        return told;
    }

    /** Every move is news: the members hear of each. */
    int moved(ShiftRoster shift) {
        return tell(NotificationKind.SHIFT_MOVED, shift.signedUpMembers(), null, shift);
    }

    /** Members hear of a cancellation until the shift would have ended, once. */
    int cancelled(ShiftRoster shift, Instant now) {
        if (!now.isBefore(shift.endsAt())) {
            return 0;
        }
        return tell(NotificationKind.SHIFT_CANCELLED, shift.signedUpMembers(), "shift-cancelled:" + shift.shiftId(), shift);
    }

    private int tell(NotificationKind kind, List<Long> accounts, String onceKey, ShiftRoster shift, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = shift.group();
        args[1] = NotificationTexts.time(shift.startsAt());
        args[2] = shift.area();
        System.arraycopy(more, 0, args, 3, more.length);
        return notifications.send(kind, accounts, LINK, onceKey, args);
    }
}
