package cn.gov.wujin.yanghu.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmsBackoffTest {

    @Test
    void theWaitsGrowFromHalfAMinuteToTwoHours() {
        assertThat(SmsBackoff.after(1)).contains(Duration.ofSeconds(30));
        assertThat(SmsBackoff.after(2)).contains(Duration.ofMinutes(2));
        assertThat(SmsBackoff.after(3)).contains(Duration.ofMinutes(10));
        assertThat(SmsBackoff.after(4)).contains(Duration.ofMinutes(30));
        assertThat(SmsBackoff.after(5)).contains(Duration.ofHours(1));
        assertThat(SmsBackoff.after(6)).contains(Duration.ofHours(2));
    }

    @Test
    void afterTheLastAttemptTheMessageHasFailed() {
        assertThat(SmsBackoff.MAX_ATTEMPTS).isEqualTo(7);
        assertThat(SmsBackoff.after(SmsBackoff.MAX_ATTEMPTS)).isEmpty();
        assertThat(SmsBackoff.after(50)).isEmpty();
        assertThatThrownBy(() -> SmsBackoff.after(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDispatchersLeaseOutlastsAnySendItBegins() {
        assertThat(SmsDispatcher.SAFETY).isGreaterThan(SmsGatewaySettings.LONGEST_WAIT);
        assertThat(SmsDispatcher.LEASE).isGreaterThan(SmsDispatcher.SAFETY.plusSeconds(30));
    }
}
