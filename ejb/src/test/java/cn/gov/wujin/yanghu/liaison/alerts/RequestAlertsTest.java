package cn.gov.wujin.yanghu.liaison.alerts;

import cn.gov.wujin.yanghu.liaison.application.RequestEscalated;
import cn.gov.wujin.yanghu.notification.NotificationKind;
import cn.gov.wujin.yanghu.notification.SentNotifications;
import cn.gov.wujin.yanghu.organization.application.FixedStaff;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RequestAlertsTest {

    private static final long HUTANG = 1L;
    private static final Instant DEADLINE = Instant.parse("2026-12-05T09:00:00Z");

    private final SentNotifications notifications = new SentNotifications();
    private final RequestAlerts alerts = new RequestAlerts(new FixedStaff().head(HUTANG, 20L, 21L).inactive(33L), notifications);

    private static RequestEscalated escalated(Long project, long owner, String description) {
        return new RequestEscalated(77L, HUTANG, project, "常州某某科技有限公司", description, DEADLINE, owner);
    }

    @Test
    void theLiaisonHearsItIsOverdueAndTheStationsHeadsThatItReachedThem() {
        alerts.onEscalated(escalated(12L, 30L, "新招聘工程师三人落户"));
        List<String> args = List.of("常州某某科技有限公司", "新招聘工程师三人落户", "12-05 17:00");
        assertThat(notifications.sent).containsExactly(
                new SentNotifications.Sent(NotificationKind.REQUEST_OVERDUE, List.of(30L), "/liaison/project.xhtml?id=12",
                        "request-overdue:77", args),
                new SentNotifications.Sent(NotificationKind.REQUEST_ESCALATED, List.of(20L, 21L), "/liaison/project.xhtml?id=12",
                        "request-escalated:77", args));
    }

    @Test
    void anOwnerWhoIsAHeadHearsItOnceAsAHeadAndOneWhoLeftNotAtAll() {
        alerts.onEscalated(escalated(null, 20L, "x"));
        alerts.onEscalated(escalated(null, 33L, "x"));
        assertThat(notifications.kinds()).containsExactly(NotificationKind.REQUEST_ESCALATED, NotificationKind.REQUEST_ESCALATED);
        assertThat(notifications.sent.get(0).link()).as("no project: the queue of overdue requests")
                .isEqualTo("/liaison/requests.xhtml?overdue=true");
    }

    @Test
    void aLongDescriptionIsCutToAShortExcerpt() {
        assertThat(RequestAlerts.excerpt("  工人讨薪\n堵门，  请求协助调处  ")).isEqualTo("工人讨薪 堵门， 请求协助调处");
        String longOne = "一二三四五六七八九十".repeat(4);
        assertThat(RequestAlerts.excerpt(longOne)).isEqualTo(longOne.substring(0, 30) + "…");
    }
}
