package cn.gov.wujin.yanghu.fraud.documents;

import cn.gov.wujin.yanghu.fraud.domain.CaseStatus;
import cn.gov.wujin.yanghu.fraud.domain.FreezeStatus;

import java.util.EnumSet;
import java.util.Set;

/**
 * The procedure's documents (公安机关刑事法律文书式样, 2012), each with the series of its number
 * (the character before 字: 受, 立, 不立, 冻, 续冻, 解冻) and the case states in which it can be
 * produced. The registration form and the receipt are one 受案 and share one number. The filing
 * report (呈请立案报告书) is numbered in a series of its own, 呈字, so the head's approval can be
 * cited by number like the decision that follows it.
 */
public enum DocumentKind {
    CASE_REGISTRATION("受", "受案登记表", false, true),
    ACCEPTANCE_RECEIPT("受", "受案回执", false, true),
    FILING_REPORT("呈", "呈请立案报告书", false, false),
    FILING_DECISION("立", "立案决定书", false, false),
    NOT_FILING_NOTICE("不立", "不予立案通知书", false, false),
    FREEZE_NOTICE("冻", "协助冻结财产通知书", true, false),
    RENEWAL_NOTICE("续冻", "协助续冻财产通知书", true, false),
    UNFREEZE_NOTICE("解冻", "协助解冻财产通知书", true, false);

    /** Every state after acceptance. */
    private static final Set<CaseStatus> ACCEPTED_ON = EnumSet.complementOf(EnumSet.of(CaseStatus.REPORTED));
    /** The states a filed case reaches: filed and all that follows filing. */
    private static final Set<CaseStatus> FILED_ON = EnumSet.of(CaseStatus.FILED, CaseStatus.INVESTIGATING, CaseStatus.SOLVED,
            CaseStatus.PROSECUTION_TRANSFERRED, CaseStatus.CLOSED, CaseStatus.WITHDRAWN);
    private static final Set<CaseStatus> NOT_FILED_ON = EnumSet.of(CaseStatus.NOT_FILED, CaseStatus.RECONSIDERING, CaseStatus.REVIEWING);

    private final String series;
    private final String title;
    private final boolean perStopPayment;
    private final boolean frontDesk;

    DocumentKind(String series, String title, boolean perStopPayment, boolean frontDesk) {
        this.series = series;
        this.title = title;
        this.perStopPayment = perStopPayment;
        this.frontDesk = frontDesk;
    }

    /** The series of the number: 受 in 武公(湖)受字〔2026〕123号. */
    public String series() {
        return series;
    }

    /** The form's title as printed. */
    public String title() {
        return title;
    }

    /** One document per stop-payment (the bank notices), asked for with its id. */
    public boolean perStopPayment() {
        return perStopPayment;
    }

    /**
     * Front-desk paper an AUXILIARY may hand out too (the registration and the receipt, at
     * intake); the rest is an OFFICER's or a SUPERVISOR's, as the steps they record.
     */
    public boolean auxiliaryMay() {
        return frontDesk;
    }

    /**
     * Whether the case's state allows the document: the registration and the receipt once the case
     * is accepted; the filing report while the head decides and once filed; the decision once
     * filed; the notice of not filing when not filed. The bank notices follow their stop-payment
     * ({@link #availableFor(FreezeStatus)}).
     */
    public boolean availableFor(CaseStatus status) {
        return switch (this) {
            case CASE_REGISTRATION, ACCEPTANCE_RECEIPT -> ACCEPTED_ON.contains(status);
            case FILING_REPORT -> status == CaseStatus.ACCEPTED || FILED_ON.contains(status);
            case FILING_DECISION -> FILED_ON.contains(status);
            // reprinted while the person asks for reconsideration or review of it
            case NOT_FILING_NOTICE -> NOT_FILED_ON.contains(status);
            case FREEZE_NOTICE, RENEWAL_NOTICE, UNFREEZE_NOTICE -> status != CaseStatus.REPORTED;
        };
    }

    /**
     * For a bank notice, whether the stop-payment's freeze allows it (null: never frozen): the
     * freeze notice once frozen, the renewal notice when renewed, the unfreeze notice when unfrozen.
     */
    public boolean availableFor(FreezeStatus freeze) {
        if (!perStopPayment) {
            return true;
        }
        if (freeze == null) {
            return false;
        }
        return switch (this) {
            case FREEZE_NOTICE -> true;
            case RENEWAL_NOTICE -> freeze == FreezeStatus.RENEWED;
            case UNFREEZE_NOTICE -> freeze == FreezeStatus.UNFROZEN;
            default -> false;
        };
    }
}
