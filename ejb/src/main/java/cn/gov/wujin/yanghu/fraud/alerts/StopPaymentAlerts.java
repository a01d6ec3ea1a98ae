package cn.gov.wujin.yanghu.fraud.alerts;

import cn.gov.wujin.yanghu.fraud.application.StopPaymentRecorded;
import cn.gov.wujin.yanghu.notification.NotificationKind;
import cn.gov.wujin.yanghu.notification.NotificationTexts;
import cn.gov.wujin.yanghu.notification.Notifications;
import cn.gov.wujin.yanghu.organization.application.StaffDirectory;
import cn.gov.wujin.yanghu.shared.Masking;
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
 * A stop-payment's 48-hour window that ends within 6 hours with nothing frozen → the case's
 * officer, to freeze in time; a window that ended so → the officer again. Checked every minute,
 * once across the deployment group, and at once when a stop-payment is recorded (one entered
 * late may have little left). Each window is told once ({@code onceKey}); a bank's answer starts
 * a new window, which is told anew. A window that ended more than a day ago is not told: a
 * server that was down does not wake to old news.
 */
@Stateless
@PermitAll
public class StopPaymentAlerts {

    static final Duration WARN_BEFORE = Duration.ofHours(6);
    static final Duration LATE_AT_MOST = Duration.ofDays(1);

    private final StopPaymentWindows windows;
    private final StaffDirectory staff;
    private final Notifications notifications;
    private final ScheduledRuns runs;

    @Inject
    public StopPaymentAlerts(StopPaymentWindows windows, StaffDirectory staff, Notifications notifications, ScheduledRuns runs) {
        this.windows = windows;
        this.staff = staff;
        this.notifications = notifications;
        this.runs = runs;
    }

    /** For the container's proxy. */
    protected StopPaymentAlerts() {
        this(null, null, null, null);
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        runs.once("stop-payment-alerts", Duration.ofMinutes(1), () -> {
            Instant now = Instant.now();
            return tell(windows.endingAround(now, LATE_AT_MOST, WARN_BEFORE), now) + " told";
        });
    }

    /** In the transaction that recorded it. */
    public void recorded(@Observes StopPaymentRecorded recorded) {
        Instant now = Instant.now();
        tell(windows.endingAround(recorded.stopPaymentId(), now, LATE_AT_MOST, WARN_BEFORE), now);
    }

    /** Tells the officers of the windows that are due; answers how many notifications were written. */
    int tell(List<StopPaymentWindow> due, Instant now) {
        int told = 0;
        for (StopPaymentWindow window : due) {
            NotificationKind kind = kindAt(window.endsAt(), now);
            if (kind == null) {
                continue;
            }
            String key = (kind == NotificationKind.STOP_PAYMENT_ENDING ? "stop-payment-ending:" : "stop-payment-ended:")
                    + window.stopPaymentId() + ":" + window.endsAt().getEpochSecond();
            told += notifications.send(kind, staff.byUsername(window.officer()), CaseAlerts.link(window.caseId()), key,
                    window.caseNumber(), window.bank(), Masking.bankAccount(window.account()), NotificationTexts.time(window.endsAt()));
        }
        return told;
    }

    /** What a window ending at {@code endsAt} calls for at {@code now}: ending soon, ended lately, or nothing. */
    static NotificationKind kindAt(Instant endsAt, Instant now) {
        if (endsAt.isAfter(now)) {
            return endsAt.isAfter(now.plus(WARN_BEFORE)) ? null : NotificationKind.STOP_PAYMENT_ENDING;
        }
        return endsAt.isAfter(now.minus(LATE_AT_MOST)) ? NotificationKind.STOP_PAYMENT_ENDED : null;
    }
}
