package cn.gov.wujin.yanghu.fraud.alerts;

import cn.gov.wujin.yanghu.fraud.application.CaseHandedOver;
import cn.gov.wujin.yanghu.fraud.application.CaseStepTaken;
import cn.gov.wujin.yanghu.fraud.domain.CaseAction;
import cn.gov.wujin.yanghu.notification.NotificationKind;
import cn.gov.wujin.yanghu.notification.Notifications;
import cn.gov.wujin.yanghu.organization.application.StaffDirectory;
import cn.gov.wujin.yanghu.organization.domain.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who hears of a case's steps: the station's heads, the case's officer, the officer it is handed to. */
class CaseAlertsTest {

    private static final long HUTANG = 1L;

    /** Heads 10 and 11 in 湖塘; officer1 is 20, officer3 is 21. */
    private static final class Directory extends StaffDirectory {
        @Override
        public List<Long> headsOf(long stationId) {
            return stationId == HUTANG ? List.of(10L, 11L) : List.of();
        }

        @Override
        public List<Long> byUsername(String username) {
            return Map.of("officer1", List.of(20L), "officer3", List.of(21L)).getOrDefault(username, List.of());
        }
    }

    /** What was sent: kind, recipients, arguments. */
    private static final class Sent extends Notifications {
        final List<String> told = new ArrayList<>();

        @Override
        public int send(NotificationKind kind, Collection<Long> accountIds, String link, String onceKey, String... args) {
            if (!accountIds.isEmpty()) {
                told.add(kind + " " + accountIds + " " + link + " " + String.join("|", args));
            }
            return accountIds.size();
        }
    }

    private final Sent sent = new Sent();
    private final CaseAlerts alerts = new CaseAlerts(new Directory(), sent);

    private static CaseStepTaken step(CaseAction action, String actor) {
        return new CaseStepTaken(5L, "HT-2026-000005", HUTANG, action, action.target(), actor, "officer1");
    }

    @Test
    void acceptingACaseAsksTheStationsHeadsToDecide() {
        alerts.onStep(step(CaseAction.ACCEPT, "officer1"));
        assertThat(sent.told).containsExactly("CASE_AWAITS_DECISION [10, 11] /fraud/case.xhtml?id=5 HT-2026-000005|#step.ACCEPTED");
    }

    @Test
    void aSupervisorsDecisionTellsTheCasesOfficerButNotTheSupervisor() {
        alerts.onStep(step(CaseAction.FILE, "head1"));
        assertThat(sent.told).containsExactly("CASE_DECIDED [20] /fraud/case.xhtml?id=5 HT-2026-000005|#action.FILE|head1");
    }

    @Test
    void transferringForProsecutionAsksForTheClosingDecisionAndOrdinaryStepsTellNobody() {
        alerts.onStep(step(CaseAction.TRANSFER, "officer1"));
        alerts.onStep(step(CaseAction.INVESTIGATE, "officer1"));
        alerts.onStep(step(CaseAction.SOLVE, "officer1"));
        assertThat(sent.told).containsExactly("CASE_AWAITS_DECISION [10, 11] /fraud/case.xhtml?id=5 HT-2026-000005|#step.PROSECUTION_TRANSFERRED");
    }

    @Test
    void aHandoverTellsTheOfficerWhoNowHasTheCase() {
        alerts.onHandover(new CaseHandedOver(5L, "HT-2026-000005", "officer3", "张所长", Instant.parse("2026-12-06T04:00:00Z")));
        assertThat(sent.told).containsExactly("CASE_HANDED_OVER [21] /fraud/case.xhtml?id=5 HT-2026-000005|张所长|12-06 12:00");
    }

}
