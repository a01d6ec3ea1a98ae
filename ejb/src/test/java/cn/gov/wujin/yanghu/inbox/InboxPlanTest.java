package cn.gov.wujin.yanghu.inbox;

import cn.gov.wujin.yanghu.organization.domain.Role;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static cn.gov.wujin.yanghu.inbox.InboxKind.AWAITING_DECISION;
import static cn.gov.wujin.yanghu.inbox.InboxKind.ESCALATED_REQUESTS;
import static cn.gov.wujin.yanghu.inbox.InboxKind.FAILED_JOBS;
import static cn.gov.wujin.yanghu.inbox.InboxKind.FOLLOW_UPS;
import static cn.gov.wujin.yanghu.inbox.InboxKind.LOCKED_ACCOUNTS;
import static cn.gov.wujin.yanghu.inbox.InboxKind.MY_CASES_DUE;
import static cn.gov.wujin.yanghu.inbox.InboxKind.MY_POINTS;
import static cn.gov.wujin.yanghu.inbox.InboxKind.MY_SHIFTS;
import static cn.gov.wujin.yanghu.inbox.InboxKind.NEW_TIPS;
import static cn.gov.wujin.yanghu.inbox.InboxKind.OPEN_LEADS;
import static cn.gov.wujin.yanghu.inbox.InboxKind.OPEN_REQUESTS;
import static cn.gov.wujin.yanghu.inbox.InboxKind.OVERDUE_CASES;
import static cn.gov.wujin.yanghu.inbox.InboxKind.PROJECTS_WITHOUT_VISIT;
import static cn.gov.wujin.yanghu.inbox.InboxKind.REQUESTS_DUE;
import static cn.gov.wujin.yanghu.inbox.InboxKind.SHIFTS_TODAY;
import static cn.gov.wujin.yanghu.inbox.InboxKind.STOP_PAYMENTS_ENDING;
import static cn.gov.wujin.yanghu.inbox.InboxKind.TIP_UPDATES;
import static cn.gov.wujin.yanghu.inbox.InboxKind.UNASSIGNED_TIPS;
import static cn.gov.wujin.yanghu.inbox.InboxKind.UNDERSTAFFED_SHIFTS;
import static org.assertj.core.api.Assertions.assertThat;

/** Which counts each person's home page shows. */
class InboxPlanTest {

    @Test
    void anOfficerSeesTheStationsNewWorkAndTheirOwn() {
        assertThat(InboxPlan.kinds(Set.of(Role.OFFICER), true))
                .containsExactly(NEW_TIPS, MY_CASES_DUE, OPEN_LEADS, STOP_PAYMENTS_ENDING, SHIFTS_TODAY);
        assertThat(InboxPlan.ownCases(Set.of(Role.OFFICER))).isTrue();
    }

    @Test
    void anAuxiliaryHasNoCasesOfTheirOwnAndWatchesTheStationsStopPayments() {
        assertThat(InboxPlan.kinds(Set.of(Role.AUXILIARY), true)).containsExactly(NEW_TIPS, OPEN_LEADS, STOP_PAYMENTS_ENDING, SHIFTS_TODAY);
        assertThat(InboxPlan.ownCases(Set.of(Role.AUXILIARY))).isFalse();
    }

    @Test
    void aStationHeadSeesWhatAwaitsTheirDecisionAndTheStationsFigures() {
        assertThat(InboxPlan.kinds(Set.of(Role.SUPERVISOR), true)).containsExactly(AWAITING_DECISION, OVERDUE_CASES, OPEN_LEADS,
                OPEN_REQUESTS, ESCALATED_REQUESTS, UNDERSTAFFED_SHIFTS).isEqualTo(InboxPlan.STATION_FIGURES);
        assertThat(InboxPlan.isBureau(Set.of(Role.SUPERVISOR), true)).isFalse();
    }

    @Test
    void theBureauSeesTheEscalationsFirstThenTheTipsToAssignThenTheStationsFiguresInAll() {
        assertThat(InboxPlan.kinds(Set.of(Role.SUPERVISOR), false)).containsExactly(ESCALATED_REQUESTS, UNASSIGNED_TIPS, AWAITING_DECISION,
                OVERDUE_CASES, OPEN_LEADS, OPEN_REQUESTS, UNDERSTAFFED_SHIFTS);
        assertThat(InboxPlan.isBureau(Set.of(Role.SUPERVISOR), false)).isTrue();
        assertThat(InboxPlan.isBureau(Set.of(Role.ADMIN), false)).isFalse();
    }

    @Test
    void volunteersLiaisonsAndAdministratorsSeeTheirOwnWork() {
        assertThat(InboxPlan.kinds(Set.of(Role.VOLUNTEER), true)).containsExactly(MY_SHIFTS, TIP_UPDATES, MY_POINTS);
        assertThat(InboxPlan.kinds(Set.of(Role.LIAISON), true)).containsExactly(PROJECTS_WITHOUT_VISIT, REQUESTS_DUE, FOLLOW_UPS);
        assertThat(InboxPlan.kinds(Set.of(Role.ADMIN), false)).containsExactly(LOCKED_ACCOUNTS, FAILED_JOBS);
    }

    @Test
    void severalRolesGetTheUnionEachCountOnce() {
        List<InboxKind> kinds = InboxPlan.kinds(EnumSet.of(Role.SUPERVISOR, Role.OFFICER, Role.LIAISON), true);
        assertThat(kinds).doesNotHaveDuplicates().startsWith(AWAITING_DECISION)
                .containsAll(InboxPlan.STATION_FIGURES).contains(NEW_TIPS, MY_CASES_DUE, STOP_PAYMENTS_ENDING, REQUESTS_DUE, FOLLOW_UPS);
        assertThat(kinds.stream().filter(k -> k == OPEN_LEADS)).hasSize(1);
        assertThat(InboxPlan.kinds(EnumSet.of(Role.OFFICER, Role.AUXILIARY), true)).doesNotHaveDuplicates()
                .containsExactly(NEW_TIPS, MY_CASES_DUE, OPEN_LEADS, STOP_PAYMENTS_ENDING, SHIFTS_TODAY);
        assertThat(InboxPlan.kinds(Set.of(), true)).isEmpty();
    }

    @Test
    void everyKindHasItsListAndTheBureauOpensAStationsList() {
        for (InboxKind kind : InboxKind.values()) {
            assertThat(kind.link()).as(kind.key()).startsWith("/").contains(".xhtml");
        }
        assertThat(AWAITING_DECISION.linkFor("HT")).isEqualTo("/fraud/cases.xhtml?queue=awaiting-decision&station=HT");
        assertThat(FAILED_JOBS.linkFor("HT")).isEqualTo("/admin/runs.xhtml?station=HT");
    }
}
