package cn.gov.wujin.yanghu.fraud.alerts;

import cn.gov.wujin.yanghu.notification.NotificationKind;
import cn.gov.wujin.yanghu.notification.SentNotifications;
import cn.gov.wujin.yanghu.organization.application.FixedStaff;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StopPaymentAlertsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T02:00:00Z");

    private final SentNotifications notifications = new SentNotifications();
    private final StopPaymentAlerts alerts = new StopPaymentAlerts(null,
            new FixedStaff().username("officer1", 5L).username("officer2", 6L).inactive(6L), notifications, null);

    private static StopPaymentWindow window(long id, Duration endsFromNow, String officer) {
        return new StopPaymentWindow(id, 100L + id, "HT-2026-00010" + id, "某银行", "6222111122223333", NOW.plus(endsFromNow), officer);
    }

    @Test
    void aWindowEndingWithinSixHoursIsToldAndOneEndedWithinADay() {
        assertThat(StopPaymentAlerts.kindAt(NOW.plus(Duration.ofHours(6)), NOW)).isEqualTo(NotificationKind.STOP_PAYMENT_ENDING);
        assertThat(StopPaymentAlerts.kindAt(NOW.plusSeconds(1), NOW)).isEqualTo(NotificationKind.STOP_PAYMENT_ENDING);
        assertThat(StopPaymentAlerts.kindAt(NOW, NOW)).isEqualTo(NotificationKind.STOP_PAYMENT_ENDED);
        assertThat(StopPaymentAlerts.kindAt(NOW.minus(Duration.ofHours(23)), NOW)).isEqualTo(NotificationKind.STOP_PAYMENT_ENDED);
        assertThat(StopPaymentAlerts.kindAt(NOW.plus(Duration.ofHours(6)).plusSeconds(1), NOW)).isNull();
        assertThat(StopPaymentAlerts.kindAt(NOW.minus(Duration.ofDays(1)), NOW)).as("old news").isNull();
    }

    @Test
    void theCasesOfficerHearsWithTheAccountMaskedOncePerWindow() {
        int told = alerts.tell(List.of(window(1, Duration.ofHours(5), "officer1"), window(2, Duration.ofHours(-1), "officer1"),
                window(3, Duration.ofHours(10), "officer1")), NOW);
        assertThat(told).isEqualTo(2);
        Instant ends = NOW.plus(Duration.ofHours(5));
        assertThat(notifications.sent).containsExactly(
                new SentNotifications.Sent(NotificationKind.STOP_PAYMENT_ENDING, List.of(5L), "/fraud/case.xhtml?id=101",
                        "stop-payment-ending:1:" + ends.getEpochSecond(), List.of("HT-2026-000101", "某银行", "************3333", "12-06 15:00")),
                new SentNotifications.Sent(NotificationKind.STOP_PAYMENT_ENDED, List.of(5L), "/fraud/case.xhtml?id=102",
                        "stop-payment-ended:2:" + NOW.minus(Duration.ofHours(1)).getEpochSecond(),
                        List.of("HT-2026-000102", "某银行", "************3333", "12-06 09:00")));
    }

    @Test
    void anOfficerWhoHasLeftIsToldNothing() {
        assertThat(alerts.tell(List.of(window(4, Duration.ofHours(2), "officer2")), NOW)).isZero();
        assertThat(notifications.sent).isEmpty();
    }
}
