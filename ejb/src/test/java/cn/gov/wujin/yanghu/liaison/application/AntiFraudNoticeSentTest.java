package cn.gov.wujin.yanghu.liaison.application;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AntiFraudNoticeSentTest {

    private static AntiFraudNoticeSent notice(List<String> names) {
        return new AntiFraudNoticeSent(1L, names, "IMPERSONATING_ACQUAINTANCE", "财务人员", "请电话核实转账要求", 2, 5L, "liaison1",
                Instant.parse("2026-12-05T02:00:00Z"));
    }

    @Test
    void theRecordOfTheNoticeAnswersItsIdOnce() {
        AntiFraudNoticeSent sent = notice(List.of("星河科技", "长虹物流"));
        assertThat(sent.recordId()).isEmpty();
        sent.recordedAs(77L);
        assertThat(sent.recordId()).hasValue(77L);
        assertThatThrownBy(() -> sent.recordedAs(78L)).isInstanceOf(IllegalStateException.class);
        assertThat(sent.recordId()).hasValue(77L);
    }

    @Test
    void theEnterprisesAreTheOnesChosenWhenItWasSent() {
        List<String> chosen = new ArrayList<>(List.of("星河科技", "长虹物流"));
        AntiFraudNoticeSent sent = notice(chosen);
        chosen.add("后来加的");
        assertThat(sent.enterpriseNames()).containsExactly("星河科技", "长虹物流");
    }
}
