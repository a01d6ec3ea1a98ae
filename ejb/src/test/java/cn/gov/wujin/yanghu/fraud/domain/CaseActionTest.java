package cn.gov.wujin.yanghu.fraud.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

class CaseActionTest {

    @Test
    void aCaseAwaitsASupervisorWhenEveryStepOutOfItsStateNeedsOne() {
        // accepted: file or not file; transferred for prosecution: close. Filed goes on with the officer's investigation.
        assertThat(CaseAction.awaitingSupervisor()).isEqualTo(EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.PROSECUTION_TRANSFERRED));
        assertThat(CaseAction.FILE.needsSupervisor()).isTrue();
        assertThat(CaseAction.WITHDRAW.needsSupervisor()).isTrue();
        assertThat(CaseAction.ACCEPT.needsSupervisor()).isFalse();
    }
}
