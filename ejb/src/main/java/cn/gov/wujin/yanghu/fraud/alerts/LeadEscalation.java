package cn.gov.wujin.yanghu.fraud.alerts;

import cn.gov.wujin.yanghu.fraud.warning.LeadDeadlines;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.ScheduledRuns;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;

/**
 * The minute rule of urgent leads ({@link LeadAlerts#escalate}): every instance's timer fires,
 * one of them runs it ({@link ScheduledRuns}), and the once-keys tell each person once even
 * should two runs meet. It looks back a day: a lead forgotten longer than that is the
 * board's, not a notification's.
 */
@Stateless
public class LeadEscalation {

    /** How far back the rule looks. */
    static final Duration LOOK_BACK = Duration.ofDays(1);

    @Inject
    private LeadDeadlines deadlines;

    @Inject
    private LeadAlerts alerts;

    @Inject
    private ScheduledRuns runs;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @PermitAll
    void everyMinute() {
        runs.once("lead-escalation", Duration.ofMinutes(1), () -> escalate().toString());
    }

    /** Now rather than at the timer's next run (the administrator's, as for enterprise requests). */
    @RolesAllowed(Roles.ADMIN)
    public LeadAlerts.Told escalateNow() {
        return escalate();
    }

    /** The timer's notifications are audited as "system" (scheduled work), the administrator's in their name. */
    private LeadAlerts.Told escalate() {
        Instant now = Instant.now();
        return alerts.escalate(deadlines.urgentWithoutOutcome(now.minus(LOOK_BACK), now.minus(LeadAlerts.ESCALATE_AFTER)), now);
    }
}
