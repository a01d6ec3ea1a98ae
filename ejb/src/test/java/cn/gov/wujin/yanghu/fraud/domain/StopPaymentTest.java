package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.Amount;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StopPaymentTest {

    private final Instant now = Instant.parse("2026-11-27T02:00:00Z");
    private static final Duration WINDOW = Duration.ofHours(48);
    private static final FreezeTerm SIX_MONTHS = new FreezeTerm(6);

    private StopPayment request(String amount) {
        FraudCase c = new FraudCase(CaseNumber.of("HT", 2026, 9), new Station("HT", "湖塘派出所", "Hutang"), null, now,
                "x", "officer1", now);
        return c.requestStopPayment("某银行", "6222 0000 1111", amount(amount), now, "officer1");
    }

    @Test
    void theWindowRunsFortyEightHoursFromTheStop() {
        StopPayment stop = request("50000.00");
        assertThat(stop.windowEndsAt(WINDOW)).isEqualTo(now.plus(Duration.ofHours(48)));
        stop.recordStopped(amount("30000.50"), now.plus(Duration.ofHours(2)));
        assertThat(stop.windowEndsAt(WINDOW)).isEqualTo(now.plus(Duration.ofHours(50)));
        assertThat(stop.isExpiredAt(now.plus(Duration.ofHours(51)), WINDOW)).isTrue();
        assertThat(stop.getAccount()).isEqualTo("622200001111");
    }

    @Test
    void freezingMustComeInsideTheWindowAndWithinTheStoppedAmount() {
        StopPayment stop = request("50000.00");
        assertThatThrownBy(() -> stop.recordFrozen(amount("1.00"), now, WINDOW, SIX_MONTHS, false)).isInstanceOf(RuleViolationException.class);
        stop.recordStopped(amount("30000.50"), now);
        assertThatThrownBy(() -> stop.recordFrozen(amount("30000.51"), now, WINDOW, SIX_MONTHS, false)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> stop.recordFrozen(amount("100.00"), now.plus(Duration.ofHours(49)), WINDOW, SIX_MONTHS, false))
                .isInstanceOf(RuleViolationException.class);
        stop.recordFrozen(amount("30000.50"), now.plus(Duration.ofHours(47)), WINDOW, SIX_MONTHS, false);
        assertThat(stop.isOpen()).isFalse();
        assertThat(stop.isExpiredAt(now.plus(Duration.ofDays(10)), WINDOW)).isFalse();
    }

    @Test
    void theBankCannotStopMoreThanWasRequested() {
        StopPayment stop = request("100.00");
        assertThatThrownBy(() -> stop.recordStopped(amount("100.01"), now)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> stop.recordStopped(null, now)).isInstanceOf(InvalidInputException.class);
        stop.recordStopped(Amount.ZERO, now); // the money was already gone
        assertThat(stop.getAmountStopped()).isEqualByComparingTo("0");
    }

    @Test
    void aStopPaymentAsksForMoreThanNothing() {
        assertThatThrownBy(() -> request("0")).isInstanceOf(InvalidInputException.class).hasMessageContaining("amountRequested");
    }

    private static Amount amount(String text) {
        return Amount.parse(text).orElseThrow();
    }
}
