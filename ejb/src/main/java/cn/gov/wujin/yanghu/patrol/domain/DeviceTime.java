package cn.gov.wujin.yanghu.patrol.domain;

import cn.gov.wujin.yanghu.shared.RuleViolationException;

import java.time.Duration;
import java.time.Instant;

/**
 * When a member's step was made on the phone, as opposed to when it reached the server: a phone
 * without signal keeps a check-in or check-out in its queue and sends it later with the time it
 * was tapped. Accepted when it arrives within the tolerance after that time and the time is not
 * ahead of the server's clock by more than {@link #SKEW}; then it is the time the step stores.
 */
public record DeviceTime(Instant at, boolean late) {

    /** Phones' clocks drift and requests take a moment: this much is neither "in the future" nor "sent late". */
    public static final Duration SKEW = Duration.ofMinutes(2);

    /** The server's clock decides (no time from the phone). */
    public static DeviceTime now(Instant receivedAt) {
        return new DeviceTime(receivedAt, false);
    }

    /**
     * The phone's time {@code deviceTime}, received at {@code receivedAt}; refused (409) when it
     * lies in the future or arrived later than {@code tolerance} after it.
     */
    public static DeviceTime of(Instant deviceTime, Instant receivedAt, Duration tolerance) {
        if (deviceTime.isAfter(receivedAt.plus(SKEW))) {
            throw new RuleViolationException("offline.refused.future");
        }
        if (Duration.between(deviceTime, receivedAt).compareTo(tolerance) > 0) {
            throw new RuleViolationException("offline.refused.tooLate", tolerance.toHours());
        }
        return new DeviceTime(deviceTime, Duration.between(deviceTime, receivedAt).compareTo(SKEW) > 0);
    }
}
