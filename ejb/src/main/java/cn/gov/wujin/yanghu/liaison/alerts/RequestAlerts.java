package cn.gov.wujin.yanghu.liaison.alerts;

import cn.gov.wujin.yanghu.liaison.application.RequestEscalated;
import cn.gov.wujin.yanghu.notification.NotificationKind;
import cn.gov.wujin.yanghu.notification.NotificationTexts;
import cn.gov.wujin.yanghu.notification.Notifications;
import cn.gov.wujin.yanghu.organization.application.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;

/**
 * An enterprise request past its deadline is escalated → its liaison (the request's owner) is
 * told it is overdue, the heads of its station that it was escalated to them. An owner who is a
 * head hears it once, as a head. In the escalation's transaction, once per request.
 */
@ApplicationScoped
public class RequestAlerts {

    /** How much of the request's description a notification carries. */
    static final int EXCERPT = 30;

    private final StaffDirectory staff;
    private final Notifications notifications;

    @Inject
    public RequestAlerts(StaffDirectory staff, Notifications notifications) {
        this.staff = staff;
        this.notifications = notifications;
    }

    /** For the container's proxy. */
    protected RequestAlerts() {
        this(null, null);
    }

    void onEscalated(@Observes RequestEscalated escalated) {
        String link = link(escalated);
        String[] args = {escalated.enterprise(), excerpt(escalated.description()), NotificationTexts.time(escalated.deadlineAt())};
        List<Long> heads = staff.headsOf(escalated.stationId());
        List<Long> owner = staff.activeAmong(List.of(escalated.ownerAccountId())).stream().filter(id -> !heads.contains(id)).toList();
        notifications.send(NotificationKind.REQUEST_OVERDUE, owner, link, "request-overdue:" + escalated.requestId(), args);
        notifications.send(NotificationKind.REQUEST_ESCALATED, heads, link, "request-escalated:" + escalated.requestId(), args);
    }

    /** The project's page lists its requests; a request of an enterprise without a project is in the queue of overdue ones. */
    static String link(RequestEscalated escalated) {
        return escalated.projectId() != null ? "/liaison/project.xhtml?id=" + escalated.projectId() : "/liaison/requests.xhtml?overdue=true";
    }

    static String excerpt(String description) {
        String text = description == null ? "" : description.strip().replaceAll("\\s+", " ");
        return text.codePointCount(0, text.length()) <= EXCERPT ? text : text.substring(0, text.offsetByCodePoints(0, EXCERPT)) + "…";
    }
}
