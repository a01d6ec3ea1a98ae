package cn.gov.wujin.yanghu.fraud.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a case stands in the procedure (DOMAIN.md): 报案 → 受案 → 立案 (or 不予立案) → 侦查 →
 * 破案 → 移送起诉 → 结案, or 撤案 from 立案 and 侦查. Not filing may be reconsidered (复议) and
 * then reviewed at the bureau (复核), or re-opened on new facts. Each open state has a time
 * within which the next step is due; past it the case is overdue. Where the reference table
 * {@code procedure_limit} holds that time, the state names its {@link LimitCode}.
 */
public enum CaseStatus {
    REPORTED(Duration.ofHours(24), null),
    ACCEPTED(null, LimitCode.FILING_REVIEW_DAYS),
    FILED(Duration.ofDays(7), null),
    /** No step of the police is due; the person may still ask for reconsideration or review, and new facts re-open it. */
    NOT_FILED(null, null),
    INVESTIGATING(Duration.ofDays(60), null),
    SOLVED(Duration.ofDays(30), null),
    PROSECUTION_TRANSFERRED(Duration.ofDays(30), null),
    CLOSED(null, null),
    WITHDRAWN(null, null),
    /** 复议中: the station decides on the person's request. */
    RECONSIDERING(null, LimitCode.RECONSIDERATION_DECISION_DAYS),
    /** 复核中: the bureau decides on the person's request. */
    REVIEWING(null, LimitCode.REVIEW_DECISION_DAYS);

    private final Duration nextStepWithin;
    private final LimitCode limit;

    CaseStatus(Duration nextStepWithin, LimitCode limit) {
        this.nextStepWithin = nextStepWithin;
        this.limit = limit;
    }

    /** The fixed time of the next step; null for the final states and for those whose time the reference table holds. */
    public Duration nextStepWithin() {
        return nextStepWithin;
    }

    /** The reference table's row for the time of the next step, or null. */
    public LimitCode limit() {
        return limit;
    }

    /** When the next step is due, entered at {@code from}; null in a final state. */
    public Instant dueFrom(Instant from, ProcedureClock clock) {
        if (limit != null) {
            return clock.after(limit, from);
        }
        return nextStepWithin == null ? null : from.plus(nextStepWithin);
    }

    /** No step of the police is due (the case keeps no due date). */
    public boolean isFinal() {
        return nextStepWithin == null && limit == null;
    }
}
