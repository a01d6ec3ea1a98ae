package cn.gov.wujin.yanghu.patrol.alerts;

import cn.gov.wujin.yanghu.fraud.warning.LeadReceived;
import cn.gov.wujin.yanghu.notification.NotificationKind;
import cn.gov.wujin.yanghu.notification.NotificationTexts;
import cn.gov.wujin.yanghu.notification.Notifications;
import cn.gov.wujin.yanghu.organization.application.StaffDirectory;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.patrol.application.LeadHelpAnswered;
import cn.gov.wujin.yanghu.patrol.application.LeadHelpService;
import cn.gov.wujin.yanghu.patrol.domain.ShiftSignup;
import cn.gov.wujin.yanghu.shared.Masking;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Door-to-door help with urgent warning leads, in the lead's (or the answer's) transaction:
 * <ul>
 * <li>an urgent lead with a community → the members on duty there ({@link LeadHelpRecipients}) are
 * asked ({@code LEAD_HELP_REQUESTED}, linking their phone page); they see the community, the address
 * and the surname only, never the phone;</li>
 * <li>a member answers → the officers of the lead's station ({@code LEAD_HELP_ANSWERED}).</li>
 * </ul>
 * Patrol observes fraud's {@link LeadReceived}: fraud knows nothing of patrol.
 */
@ApplicationScoped
public class LeadHelpAlerts {

    private final LeadHelpService help;
    private final StaffDirectory staff;
    private final Notifications notifications;
    private final Clock clock;

    @Inject
    public LeadHelpAlerts(LeadHelpService help, StaffDirectory staff, Notifications notifications) {
        this(help, staff, notifications, Clock.systemUTC());
    }

    LeadHelpAlerts(LeadHelpService help, StaffDirectory staff, Notifications notifications, Clock clock) {
        this.help = help;
        this.staff = staff;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** For the container's proxy. */
    protected LeadHelpAlerts() {
        this(null, null, null, null);
    }

    /** After the station's own people are told (fraud.alerts.LeadAlerts). */
    void onReceived(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) LeadReceived lead) {
        if (!lead.isUrgent() || lead.communityId() == null) {
            return;
        }
        Instant now = clock.instant();
        List<ShiftSignup> onDuty = LeadHelpRecipients.onDuty(help.signupsIn(lead.communityId(), now), lead.communityId(), now);
        if (onDuty.isEmpty()) {
            return;
        }
        List<Long> asked = help.ask(lead.leadId(), lead.stationId(), onDuty, now);
        notifications.send(NotificationKind.LEAD_HELP_REQUESTED, asked, "/patrol/help.xhtml?lead=" + lead.leadId(),
                "lead-help:" + lead.leadId(), lead.communityName(), lead.address() == null ? "" : lead.address(),
                person(lead.personName()), NotificationTexts.time(lead.deadline()));
    }

    void onAnswered(@Observes LeadHelpAnswered answer) {
        notifications.send(NotificationKind.LEAD_HELP_ANSWERED, staff.ofStation(answer.stationId(), Role.OFFICER),
                "/fraud/leads.xhtml?lead=" + answer.leadId(), null, answer.member(), "#help." + answer.answer().name(),
                person(answer.personName()));
    }

    /** The surname only (张**), as the members may see it. */
    static String person(String name) {
        return name == null || name.isBlank() ? "#person.unnamed" : Masking.personName(name);
    }
}
