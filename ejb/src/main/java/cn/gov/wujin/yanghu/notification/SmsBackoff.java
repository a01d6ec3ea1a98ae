package cn.gov.wujin.yanghu.notification;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How long a message that did not go waits before the next attempt: soon at first (a platform
 * that hiccuped), then longer (one that is down), about four hours in all before it is given up
 * as FAILED, where an administrator can send it again.
 */
public final class SmsBackoff {

    private static final List<Duration> WAITS = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10),
            Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2));

    /** Attempts before a message is FAILED. */
    public static final int MAX_ATTEMPTS = WAITS.size() + 1;

    private SmsBackoff() {
    }

    /** The wait after {@code attemptsMade} attempts that failed; empty when that was the last. */
    public static Optional<Duration> after(int attemptsMade) {
        if (attemptsMade < 1) {
            throw new IllegalArgumentException("no attempt yet");
        }
        return attemptsMade <= WAITS.size() ? Optional.of(WAITS.get(attemptsMade - 1)) : Optional.empty();
    }
}
