package cn.gov.wujin.yanghu.fraud.domain;

import java.util.Set;

/**
 * The papers of the procedure whose serving (送达) is recorded: each exists once the step that
 * makes it was taken. The serving of a decision starts the person's time to contest it.
 */
public enum ServedDocument {
    /** 受案回执, with the query code of the public lookup. */
    ACCEPTANCE_RECEIPT(Set.of(CaseAction.ACCEPT, CaseAction.REOPEN)),
    /** 立案决定书. */
    FILING_DECISION(Set.of(CaseAction.FILE, CaseAction.REVERSE, CaseAction.REVIEW_REVERSE)),
    /** 不予立案通知书: its serving starts the time to ask for reconsideration. */
    NOT_FILING_NOTICE(Set.of(CaseAction.NOT_FILE)),
    /** 复议决定书: its serving starts the time to ask for review. */
    RECONSIDERATION_DECISION(Set.of(CaseAction.UPHOLD, CaseAction.REVERSE)),
    /** 复核决定书. */
    REVIEW_DECISION(Set.of(CaseAction.REVIEW_UPHOLD, CaseAction.REVIEW_REVERSE));

    private final Set<CaseAction> madeBy;

    ServedDocument(Set<CaseAction> madeBy) {
        this.madeBy = madeBy;
    }

    /** The steps that make this paper. */
    public Set<CaseAction> madeBy() {
        return madeBy;
    }
}
