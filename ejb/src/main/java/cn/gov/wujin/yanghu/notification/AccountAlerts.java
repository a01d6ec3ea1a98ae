package cn.gov.wujin.yanghu.notification;

import cn.gov.wujin.yanghu.organization.application.AccountLocked;
import cn.gov.wujin.yanghu.organization.application.SecondFactorReset;
import cn.gov.wujin.yanghu.organization.application.StaffDirectory;
import cn.gov.wujin.yanghu.organization.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * An account locked after failed sign-ins → the administrators, who may unlock it or look into
 * an attack. Here rather than in organization, which the notifications depend on; told in the
 * transaction that writes the lock (it commits although the sign-in fails), once per lockout.
 */
@ApplicationScoped
public class AccountAlerts {

    static final String LINK = "/admin/accounts.xhtml";

    private final StaffDirectory staff;
    private final Notifications notifications;

    @Inject
    public AccountAlerts(StaffDirectory staff, Notifications notifications) {
        this.staff = staff;
        this.notifications = notifications;
    }

    /** For the container's proxy. */
    protected AccountAlerts() {
        this(null, null);
    }

    void onLocked(@Observes AccountLocked locked) {
        notifications.send(NotificationKind.ACCOUNT_LOCKED, staff.withRole(Role.ADMIN), LINK,
                "account-locked:" + locked.accountId() + ":" + locked.failuresSince().getEpochSecond(),
                locked.username(), locked.displayName() == null ? locked.username() : locked.displayName(),
                NotificationTexts.time(locked.lockedUntil()));
    }

    /** The person whose second factor an administrator removed: if they did not ask for it, they say so. */
    void onSecondFactorReset(@Observes SecondFactorReset reset) {
        notifications.send(NotificationKind.SECOND_FACTOR_RESET, java.util.List.of(reset.accountId()), "/account/second-factor.xhtml",
                null, reset.byUsername());
    }
}
