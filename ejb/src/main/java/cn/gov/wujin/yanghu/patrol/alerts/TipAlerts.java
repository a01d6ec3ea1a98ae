package cn.gov.wujin.yanghu.patrol.alerts;

import cn.gov.wujin.yanghu.notification.NotificationKind;
import cn.gov.wujin.yanghu.notification.Notifications;
import cn.gov.wujin.yanghu.organization.application.StaffDirectory;
import cn.gov.wujin.yanghu.patrol.application.TipStatusChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;

/**
 * A tip's status changed → its tipster, when an account holder sent it, with a link to their
 * tips. An anonymous tipster has no account to tell; the tracking page shows them the status.
 */
@ApplicationScoped
public class TipAlerts {

    static final String LINK = "/patrol/my-tips.xhtml";

    private final StaffDirectory staff;
    private final Notifications notifications;

    @Inject
    public TipAlerts(StaffDirectory staff, Notifications notifications) {
        this.staff = staff;
        this.notifications = notifications;
    }

    /** For the container's proxy. */
    protected TipAlerts() {
        this(null, null);
    }

    void onStatusChanged(@Observes TipStatusChanged changed) {
        if (changed.submitterAccountId() == null) {
            return;
        }
        // a status is reached once; the key keeps it so should the event come twice
        notifications.send(NotificationKind.TIP_STATUS_CHANGED, staff.activeAmong(List.of(changed.submitterAccountId())), LINK,
                "tip:" + changed.tipId() + ":" + changed.status().name(), changed.trackingCode(), "#tipStatus." + changed.status().name());
    }
}
