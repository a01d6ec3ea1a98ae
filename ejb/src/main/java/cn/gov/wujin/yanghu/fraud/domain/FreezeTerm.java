package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.shared.BureauTime;

import java.time.Instant;

/**
 * A freeze's term in calendar months of the bureau's zone (FREEZE_MONTHS, or FREEZE_EXTENDED_MONTHS
 * when a supervisor approved it): from the 31st, a month ends on the month's last day (31 August
 * + 6 months = 28 February), as the procedure counts it.
 */
public record FreezeTerm(int months) {

    public FreezeTerm {
        if (months < 1) {
            throw new IllegalArgumentException("a freeze's term is at least a month: " + months);
        }
    }

    /** When a freeze made (or renewed) at {@code from} expires. */
    public Instant endsAfter(Instant from) {
        return from.atZone(BureauTime.ZONE).plusMonths(months).toInstant();
    }
}
