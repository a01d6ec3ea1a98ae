package cn.gov.wujin.yanghu.patrol.alerts;

import cn.gov.wujin.yanghu.notification.NotificationKind;
import cn.gov.wujin.yanghu.notification.SentNotifications;
import cn.gov.wujin.yanghu.organization.application.FixedStaff;
import cn.gov.wujin.yanghu.patrol.application.TipStatusChanged;
import cn.gov.wujin.yanghu.patrol.domain.TipStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TipAlertsTest {

    private final SentNotifications notifications = new SentNotifications();
    private final TipAlerts alerts = new TipAlerts(new FixedStaff().inactive(8L), notifications);

    @Test
    void theTipsterHearsTheNewStatusWithALinkToTheirTips() {
        alerts.onStatusChanged(new TipStatusChanged(41L, "T-8K2M4Q", 7L, TipStatus.DISMISSED));
        assertThat(notifications.sent).containsExactly(new SentNotifications.Sent(NotificationKind.TIP_STATUS_CHANGED, List.of(7L),
                "/patrol/my-tips.xhtml", "tip:41:DISMISSED", List.of("T-8K2M4Q", "#tipStatus.DISMISSED")));
    }

    @Test
    void anAnonymousTipsterOrOneWhoHasLeftIsToldNothing() {
        alerts.onStatusChanged(new TipStatusChanged(42L, "T-AAAA", null, TipStatus.RESOLVED));
        alerts.onStatusChanged(new TipStatusChanged(43L, "T-BBBB", 8L, TipStatus.CASE_OPENED));
        assertThat(notifications.sent).isEmpty();
    }
}
