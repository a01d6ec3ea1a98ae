package cn.gov.wujin.yanghu.notification;

import cn.gov.wujin.yanghu.organization.application.AccountLocked;
import cn.gov.wujin.yanghu.organization.application.FixedStaff;
import cn.gov.wujin.yanghu.organization.domain.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AccountAlertsTest {

    private final SentNotifications notifications = new SentNotifications();
    private final AccountAlerts alerts = new AccountAlerts(new FixedStaff().role(Role.ADMIN, 1L, 2L), notifications);

    @Test
    void aLockedAccountIsToldToEveryAdministratorOncePerLockout() {
        Instant since = Instant.parse("2026-12-06T01:00:00Z");
        alerts.onLocked(new AccountLocked(30L, "officer9", "王警官", 4L, Instant.parse("2026-12-06T01:20:00Z"), since));
        alerts.onLocked(new AccountLocked(31L, "liaison9", null, null, Instant.parse("2026-12-06T02:20:00Z"), since));

        assertThat(notifications.sent).containsExactly(
                new SentNotifications.Sent(NotificationKind.ACCOUNT_LOCKED, List.of(1L, 2L), "/admin/accounts.xhtml",
                        "account-locked:30:" + since.getEpochSecond(), List.of("officer9", "王警官", "12-06 09:20")),
                new SentNotifications.Sent(NotificationKind.ACCOUNT_LOCKED, List.of(1L, 2L), "/admin/accounts.xhtml",
                        "account-locked:31:" + since.getEpochSecond(), List.of("liaison9", "liaison9", "12-06 10:20")));
    }
}
