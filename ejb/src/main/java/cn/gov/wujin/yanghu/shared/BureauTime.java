package cn.gov.wujin.yanghu.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The bureau's clock: days, months and years are Beijing time, whatever zone a server runs in. */
public final class BureauTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * How far a time sent by a phone or another system may lie ahead of the server's clock:
     * devices' clocks drift, so "a few minutes from now" is still "now", not the future.
     */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private BureauTime() {
    }

    /** Whether a reported time lies in the future, beyond the clock-skew allowance. */
    public static boolean isFuture(Instant reported, Instant now) {
        return reported.isAfter(now.plus(CLOCK_SKEW));
    }
}
