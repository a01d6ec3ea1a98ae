package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.fraud.domain.CaseStatus;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

class CaseQueueTest {

    @Test
    void queuesAreNamedInLinksByTheirKey() {
        assertThat(CaseQueue.byKey("awaiting-decision")).contains(CaseQueue.AWAITING_DECISION);
        assertThat(CaseQueue.byKey(" Stop-Payment-Ending ")).contains(CaseQueue.STOP_PAYMENT_ENDING);
        assertThat(CaseQueue.byKey("OVERDUE")).contains(CaseQueue.OVERDUE);
        assertThat(CaseQueue.byKey("everything")).isEmpty();
        assertThat(CaseQueue.byKey(null)).isEmpty();
    }

    @Test
    void onlyTheDecisionQueueIsMadeOfStatusesAndSoCountedFromTheTally() {
        assertThat(CaseQueue.AWAITING_DECISION.statuses()).isEqualTo(EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.PROSECUTION_TRANSFERRED,
                CaseStatus.RECONSIDERING, CaseStatus.REVIEWING));
        assertThat(CaseFilter.queue(CaseQueue.AWAITING_DECISION, null, "HT").onlyStatusOrType()).isTrue();
        assertThat(CaseFilter.queue(CaseQueue.AWAITING_DECISION, "officer1", null).onlyStatusOrType()).isFalse();
        assertThat(CaseFilter.queue(CaseQueue.DUE, null, null).onlyStatusOrType()).isFalse();
        assertThat(CaseFilter.none().onlyStatusOrType()).isTrue();
    }

    @Test
    void theStopPaymentsQueueIsAboutTheirWindowNotTheCasesDueDate() {
        assertThat(CaseQueue.STOP_PAYMENT_ENDING.hasDeadline()).isFalse();
        assertThat(CaseQueue.OVERDUE.hasDeadline()).isTrue();
        assertThat(CaseFilter.queue(CaseQueue.DUE, "officer1", null).overdue().overdueOnly()).isTrue();
    }
}
