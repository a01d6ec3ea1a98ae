package cn.gov.wujin.yanghu.fraud.application;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FreezeBoardTest {

    private static final Instant NOW = Instant.parse("2026-12-06T02:00:00Z");

    @Test
    void daysLeftAreWholeDaysRoundedUpAndNoneOnceDue() {
        assertThat(FreezeBoard.daysLeft(NOW, NOW.plus(Duration.ofDays(15)))).isEqualTo(15);
        assertThat(FreezeBoard.daysLeft(NOW, NOW.plus(Duration.ofDays(2).plusHours(1)))).isEqualTo(3);
        assertThat(FreezeBoard.daysLeft(NOW, NOW.plusSeconds(1))).isEqualTo(1);
        assertThat(FreezeBoard.daysLeft(NOW, NOW)).isZero();
        assertThat(FreezeBoard.daysLeft(NOW, NOW.minusSeconds(3600))).isZero();
    }
}
