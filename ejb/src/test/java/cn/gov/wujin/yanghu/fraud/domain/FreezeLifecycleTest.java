package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.Amount;
import cn.gov.wujin.yanghu.shared.BusinessException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A freeze's term, renewals, unfreezing and lapse; and how often an account may be stopped. */
class FreezeLifecycleTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Duration WINDOW = Duration.ofHours(48);

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    @Test
    void aTermCountsCalendarMonthsInBeijingAndEndsOnTheLastDayOfAShortMonth() {
        FreezeTerm six = new FreezeTerm(6);
        assertThat(six.endsAfter(beijing("2026-08-31T10:15:00"))).isEqualTo(beijing("2027-02-28T10:15:00"));
        assertThat(six.endsAfter(beijing("2027-08-31T10:15:00"))).isEqualTo(beijing("2028-02-29T10:15:00")); // a leap year
        assertThat(six.endsAfter(beijing("2026-03-15T00:30:00"))).isEqualTo(beijing("2026-09-15T00:30:00"));
        // 23:30 on 31 December in Beijing is still 2026 there although it is 15:30 UTC: the months are Beijing's
        assertThat(new FreezeTerm(12).endsAfter(beijing("2026-12-31T23:30:00"))).isEqualTo(beijing("2027-12-31T23:30:00"));
        assertThatThrownBy(() -> new FreezeTerm(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFreezeHoldsItsTermAndTheExtendedTermWhenApproved() {
        Instant at = beijing("2026-08-30T09:00:00");
        StopPayment six = frozen(at, new FreezeTerm(6), false);
        assertThat(six.getFreezeExpiresAt()).isEqualTo(beijing("2027-02-28T09:00:00"));
        assertThat(six.getFreezeStatus()).isEqualTo(FreezeStatus.ACTIVE);
        assertThat(six.isFreezeExtended()).isFalse();
        StopPayment year = frozen(at, new FreezeTerm(12), true);
        assertThat(year.getFreezeExpiresAt()).isEqualTo(beijing("2027-08-30T09:00:00"));
        assertThat(year.isFreezeExtended()).isTrue();
    }

    @Test
    void aRenewalRunsTheTermAgainFromThePreviousExpiryNotFromToday() {
        StopPayment stop = frozen(beijing("2026-08-31T09:00:00"), new FreezeTerm(6), false);
        Instant early = beijing("2027-01-10T16:00:00");
        FreezeRenewal first = stop.renew(new FreezeTerm(6), early, "head1");
        assertThat(first.getPreviousExpiresAt()).isEqualTo(beijing("2027-02-28T09:00:00"));
        assertThat(first.getNewExpiresAt()).isEqualTo(beijing("2027-08-28T09:00:00"));
        assertThat(first.getRenewedAt()).isEqualTo(early);
        assertThat(first.getApprovedBy()).isEqualTo("head1");
        FreezeRenewal second = stop.renew(new FreezeTerm(6), beijing("2027-08-20T10:00:00"), "supervisor1");
        assertThat(second.getPreviousExpiresAt()).isEqualTo(first.getNewExpiresAt());
        assertThat(stop.getFreezeExpiresAt()).isEqualTo(beijing("2028-02-28T09:00:00"));
        assertThat(stop.getFreezeStatus()).isEqualTo(FreezeStatus.RENEWED);
        assertThat(stop.getRenewals()).containsExactly(first, second);
    }

    @Test
    void aFreezeNotRenewedByItsExpiryLapsesAndCanNeitherBeRenewedNorUnfrozen() {
        Instant at = beijing("2026-05-01T09:00:00");
        StopPayment stop = frozen(at, new FreezeTerm(6), false);
        Instant expiry = stop.getFreezeExpiresAt();
        assertThat(stop.lapseAt(expiry.minusSeconds(1))).isFalse();
        // at the expiry itself it is too late to renew, even before the job has run
        assertThatThrownBy(() -> stop.renew(new FreezeTerm(6), expiry, "head1")).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("fraud.freeze.lapsed");
        assertThat(stop.lapseAt(expiry)).isTrue();
        assertThat(stop.getFreezeStatus()).isEqualTo(FreezeStatus.LAPSED);
        assertThat(stop.lapseAt(expiry.plusSeconds(60))).as("once").isFalse();
        assertThatThrownBy(() -> stop.unfreeze(expiry.plusSeconds(60), "head1", "已退还")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> stop.renew(new FreezeTerm(6), expiry.plusSeconds(60), "head1")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anUnfreezeNeedsAReasonAndEndsTheFreeze() {
        Instant at = beijing("2026-05-01T09:00:00");
        StopPayment stop = frozen(at, new FreezeTerm(6), false);
        assertThatThrownBy(() -> stop.unfreeze(at.plusSeconds(60), "head1", " ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> stop.unfreeze(at.plusSeconds(60), "head1", "长".repeat(1001))).isInstanceOf(InvalidInputException.class);
        stop.unfreeze(at.plusSeconds(60), "head1", " 涉案资金已依法处置 ");
        assertThat(stop.getFreezeStatus()).isEqualTo(FreezeStatus.UNFROZEN);
        assertThat(stop.getUnfreezeReason()).isEqualTo("涉案资金已依法处置");
        assertThat(stop.getUnfrozenBy()).isEqualTo("head1");
        assertThat(stop.lapseAt(stop.getFreezeExpiresAt())).as("an unfrozen freeze does not lapse").isFalse();
        assertThatThrownBy(() -> stop.renew(new FreezeTerm(6), at.plusSeconds(120), "head1")).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("fraud.freeze.unfrozen");
    }

    @Test
    void nothingFrozenNothingToRenew() {
        StopPayment stop = request(beijing("2026-05-01T09:00:00"));
        assertThatThrownBy(() -> stop.renew(new FreezeTerm(6), Instant.now(), "head1")).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("fraud.freeze.notFrozen");
    }

    @Test
    void anAccountMayBeStoppedAsOftenAsTheLimitAndTheNextIsRefusedNamingCountLimitAndWhere() {
        new StopPaymentQuota(0, 2, null, null).allowAnother();
        new StopPaymentQuota(1, 2, "HT-2026-000001", "HT").allowAnother();
        assertThatThrownBy(() -> new StopPaymentQuota(2, 2, "NT-2026-000042", "NT").allowAnother())
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> {
                    assertThat(((BusinessException) e).messageKey()).isEqualTo("fraud.freeze.stopLimitReached");
                    assertThat(((BusinessException) e).arguments()).containsExactly(2L, 2, "NT-2026-000042", "NT");
                });
        assertThatThrownBy(() -> new StopPaymentQuota(3, 2, "NT-2026-000042", "NT").allowAnother()).isInstanceOf(RuleViolationException.class);
        new StopPaymentQuota(2, 3, "NT-2026-000042", "NT").allowAnother(); // ADMIN raised the limit
    }

    private static StopPayment request(Instant at) {
        FraudCase c = new FraudCase(CaseNumber.of("HT", 2026, 9), new Station("HT", "湖塘派出所", "Hutang"), null, at,
                "x", "officer1", at);
        return c.requestStopPayment("某银行", "6222 0000 1111", Amount.parse("5000.00").orElseThrow(), at, "officer1");
    }

    private static StopPayment frozen(Instant at, FreezeTerm term, boolean extended) {
        StopPayment stop = request(at.minusSeconds(3600));
        stop.recordStopped(Amount.parse("5000.00").orElseThrow(), at.minusSeconds(1800));
        stop.recordFrozen(Amount.parse("5000.00").orElseThrow(), at, WINDOW, term, extended);
        return stop;
    }
}
