package cn.gov.wujin.yanghu.fraud.alerts;

import cn.gov.wujin.yanghu.fraud.application.CaseHandedOver;
import cn.gov.wujin.yanghu.fraud.application.CaseStepTaken;
import cn.gov.wujin.yanghu.fraud.domain.CaseAction;
import cn.gov.wujin.yanghu.fraud.domain.CaseStatus;
import cn.gov.wujin.yanghu.notification.NotificationKind;
import cn.gov.wujin.yanghu.notification.NotificationTexts;
import cn.gov.wujin.yanghu.notification.Notifications;
import cn.gov.wujin.yanghu.organization.application.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Who hears of a case's steps, in the step's transaction:
 * <ul>
 * <li>a step after which the case waits for a supervisor → the heads of its station;</li>
 * <li>a supervisor's decision → the case's officer, unless they took it themselves;</li>
 * <li>a case handed over → the officer who now has it.</li>
 * </ul>
 */
@ApplicationScoped
public class CaseAlerts {

    private final StaffDirectory staff;
    private final Notifications notifications;

    @Inject
    public CaseAlerts(StaffDirectory staff, Notifications notifications) {
        this.staff = staff;
        this.notifications = notifications;
    }

    /** For the container's proxy. */
    protected CaseAlerts() {
        this(null, null);
    }

    void onStep(@Observes CaseStepTaken step) {
        String link = link(step.caseId());
        if (CaseAction.awaitingSupervisor().contains(step.status())) {
            // a review is the bureau's decision: its supervisors are told, not the station's heads
            List<Long> heads = step.status() == CaseStatus.REVIEWING ? staff.bureauSupervisors() : staff.headsOf(step.stationId());
            notifications.send(NotificationKind.CASE_AWAITS_DECISION, heads, link, null, step.caseNumber(), "#step." + step.status().name());
        }
        if (step.action().needsSupervisor() && step.officer() != null && !step.officer().equals(step.actor())) {
            notifications.send(NotificationKind.CASE_DECIDED, staff.byUsername(step.officer()), link, null,
                    step.caseNumber(), "#action." + step.action().name(), step.actor());
        }
    }

    void onHandover(@Observes CaseHandedOver handover) {
        notifications.send(NotificationKind.CASE_HANDED_OVER, staff.byUsername(handover.officer()), link(handover.caseId()), null,
                handover.caseNumber(), handover.by(), NotificationTexts.time(handover.dueAt()));
    }

    static String link(long caseId) {
        return "/fraud/case.xhtml?id=" + caseId;
    }
}
