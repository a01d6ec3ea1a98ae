package cn.gov.wujin.yanghu.fraud.domain;

import java.time.Duration;

/**
 * Where a case stands in the procedure (DOMAIN.md): 报案 → 受案 → 立案 (or 不予立案) → 侦查 →
 * 破案 → 移送起诉 → 结案, or 撤案 from 立案 and 侦查. Each open state has a time within which
 * the next step is due; past it the case is overdue.
 */
public enum CaseStatus {
    REPORTED(Duration.ofHours(24)),
    ACCEPTED(Duration.ofDays(3)),
    FILED(Duration.ofDays(7)),
    NOT_FILED(null),
    INVESTIGATING(Duration.ofDays(60)),
    SOLVED(Duration.ofDays(30)),
    PROSECUTION_TRANSFERRED(Duration.ofDays(30)),
    CLOSED(null),
    WITHDRAWN(null);

    private final Duration nextStepWithin;

    CaseStatus(Duration nextStepWithin) {
        this.nextStepWithin = nextStepWithin;
    }

    /** Null for the final states. */
    public Duration nextStepWithin() {
        return nextStepWithin;
    }

    public boolean isFinal() {
        return nextStepWithin == null;
    }
}
