package cn.gov.wujin.yanghu.fraud.alerts;

import cn.gov.wujin.yanghu.fraud.warning.LeadReceived;
import cn.gov.wujin.yanghu.fraud.warning.OpenLead;
import cn.gov.wujin.yanghu.notification.NotificationKind;
import cn.gov.wujin.yanghu.notification.NotificationTexts;
import cn.gov.wujin.yanghu.notification.Notifications;
import cn.gov.wujin.yanghu.organization.application.StaffDirectory;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.shared.Masking;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who hears of an urgent warning lead, and when:
 * <ul>
 * <li>it comes in → every officer and the heads of its station, at once ({@code LEAD_URGENT});</li>
 * <li>no outcome {@link #ESCALATE_AFTER} after it came in → the heads again ({@code LEAD_ESCALATED});</li>
 * <li>its deadline passed without an outcome → the bureau's supervisors ({@code LEAD_OVERDUE}).</li>
 * </ul>
 * The first in the lead's own transaction; the others by the minute rule ({@link LeadEscalation}),
 * each told once per lead (the notifications' once-keys), however often and wherever it runs.
 * The texts carry the person's surname and the phone masked: they may go out by SMS.
 */
@ApplicationScoped
public class LeadAlerts {

    /** An urgent lead without an outcome this long after it came in goes to the heads again. */
    public static final Duration ESCALATE_AFTER = Duration.ofMinutes(10);

    private final StaffDirectory staff;
    private final Notifications notifications;

    @Inject
    public LeadAlerts(StaffDirectory staff, Notifications notifications) {
        this.staff = staff;
        this.notifications = notifications;
    }

    /** For the container's proxy. */
    protected LeadAlerts() {
        this(null, null);
    }

    /** Before the rules of other contexts about the same lead: the station's own people come first in the trail. */
    void onReceived(@Observes @Priority(Interceptor.Priority.APPLICATION) LeadReceived lead) {
        if (!lead.isUrgent()) {
            return;
        }
        List<Long> told = new ArrayList<>(staff.ofStation(lead.stationId(), Role.OFFICER));
        told.addAll(staff.headsOf(lead.stationId()));
        notifications.send(NotificationKind.LEAD_URGENT, told, link(lead.leadId()), "lead-urgent:" + lead.leadId(),
                args(lead.personName(), lead.maskedPhone(), lead.deadline(), lead.stationName()));
    }

    /** How many people a run of the timed part told: heads of escalated leads, bureau supervisors of overdue ones. */
    @Schema(name = "LeadEscalation", description = "How many people a run of the escalation told.")
    public record Told(
            @Schema(required = true, minimum = "0", description = "Station heads told of urgent leads without an outcome after 10 "
                    + "minutes.", example = "2") int escalated,
            @Schema(required = true, minimum = "0", description = "Bureau supervisors told of urgent leads past their deadline.",
                    example = "0") int overdue) {

        @Override
        public String toString() {
            return escalated + " escalated, " + overdue + " overdue told";
        }
    }

    /**
     * The timed part, for the urgent leads still without an outcome: the heads of those past
     * {@link #ESCALATE_AFTER}, the bureau's supervisors of those past their deadline.
     */
    public Told escalate(List<OpenLead> open, Instant now) {
        int escalated = 0;
        int overdue = 0;
        List<Long> bureau = null;
        for (OpenLead lead : open) {
            String[] args = args(lead.personName(), lead.maskedPhone(), lead.deadline(), lead.stationName());
            if (!now.isBefore(lead.receivedAt().plus(ESCALATE_AFTER))) {
                escalated += send(NotificationKind.LEAD_ESCALATED, staff.headsOf(lead.stationId()), lead.leadId(),
                        "lead-escalated:", args);
            }
            if (lead.isOverdueAt(now)) {
                bureau = bureau == null ? staff.bureauSupervisors() : bureau;
                overdue += send(NotificationKind.LEAD_OVERDUE, bureau, lead.leadId(), "lead-overdue:", args);
            }
        }
        return new Told(escalated, overdue);
    }

    private int send(NotificationKind kind, List<Long> to, long leadId, String onceKeyPrefix, String... args) {
        return notifications.send(kind, to, link(leadId), onceKeyPrefix + leadId, args);
    }

    /** The documented order of the LEAD_* texts: person (surname only), phone (masked), deadline, station. */
    static String[] args(String personName, String maskedPhone, Instant deadline, String stationName) {
        String person = personName == null || personName.isBlank() ? "#person.unnamed" : Masking.personName(personName);
        return new String[]{person, maskedPhone, NotificationTexts.time(deadline), stationName};
    }

    /** The board, showing only this lead. */
    static String link(long leadId) {
        return "/fraud/leads.xhtml?lead=" + leadId;
    }
}
