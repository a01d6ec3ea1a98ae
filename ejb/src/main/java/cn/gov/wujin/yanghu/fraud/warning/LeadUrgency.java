package cn.gov.wujin.yanghu.fraud.warning;

import java.time.Duration;

/** How fast the station must reach the person: 30 minutes when urgent, otherwise a day. */
public enum LeadUrgency {
    URGENT(Duration.ofMinutes(30)),
    NORMAL(Duration.ofHours(24));

    private final Duration within;

    LeadUrgency(Duration within) {
        this.within = within;
    }

    public Duration within() {
        return within;
    }
}
