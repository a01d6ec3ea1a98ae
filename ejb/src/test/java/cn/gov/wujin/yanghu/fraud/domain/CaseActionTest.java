package cn.gov.wujin.yanghu.fraud.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

class CaseActionTest {

    @Test
    void aCaseAwaitsASupervisorWhenEveryStepOutOfItsStateNeedsOne() {
        // accepted: file, not file or extend; transferred for prosecution: close; reconsideration and review: uphold or
        // reverse. Filed goes on with the officer's investigation; not filed waits for the person's request.
        assertThat(CaseAction.awaitingSupervisor()).isEqualTo(EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.PROSECUTION_TRANSFERRED,
                CaseStatus.RECONSIDERING, CaseStatus.REVIEWING));
        assertThat(CaseAction.FILE.needsSupervisor()).isTrue();
        assertThat(CaseAction.WITHDRAW.needsSupervisor()).isTrue();
        assertThat(CaseAction.ACCEPT.needsSupervisor()).isFalse();
    }
}
