package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.shared.StationOwned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A case as its station sees it. Victims' ID-card numbers and phones are masked unless
 * {@code masked} is false. What other contexts keep about the case (the tips it was opened
 * from) the web tier adds beside it.
 */
// no @Schema on the type: the API answers a case as the web tier's CaseWithTips, which the document describes
public record FraudCaseView(
        @Schema(required = true, description = "The case's id in this API.", example = "1042") Long id,
        @Schema(required = true, pattern = CaseDocs.CASE_NUMBER, description = "The case number: station code, year of registration "
                + "and a number counted per station and year.", example = "HT-2026-000123") String caseNumber,
        @Schema(required = true, description = "The id of the case's station.", example = "1") Long stationId,
        @Schema(required = true, description = "The code of the case's station.", example = "HT") String stationCode,
        @Schema(required = true, description = CaseDocs.FRAUD_TYPE, example = "ORDER_BRUSHING") String fraudType,
        @Schema(required = true, description = CaseDocs.STATUS, enumeration = {"REPORTED", "ACCEPTED", "FILED", "NOT_FILED",
                "INVESTIGATING", "SOLVED", "PROSECUTION_TRANSFERRED", "CLOSED", "WITHDRAWN", "RECONSIDERING",
                "REVIEWING"}, example = "REPORTED") String status,
        @Schema(required = true, description = "When the victim reported (报案时间).") Instant reportedAt,
        @Schema(description = "When the fraudster first made contact, if known.") Instant contactStartedAt,
        @Schema(description = "How the fraudster made contact (free text), if given.", example = "QQ 群招募刷单") String contactMethod,
        @Schema(required = true, description = "What happened, in the victim's words as recorded at intake.") String narrative,
        @Schema(description = "The username of the officer who has the case; left out while nobody has it.", example = "officer1")
        String assignedOfficer,
        @Schema(description = "When the next step of the procedure is due; left out in the final states (NOT_FILED, CLOSED, "
                + "WITHDRAWN). ACCEPTED: the filing review's time from acceptance (3 days, extended to 30 and 60); RECONSIDERING "
                + "and REVIEWING: the decision's time (30 days); the times are reference values ADMIN keeps.") Instant dueAt,
        @Schema(required = true, description = "Whether dueAt has passed.") boolean overdue,
        @Schema(required = true, pattern = CaseDocs.AMOUNT, description = "The sum of the transfers, in yuan.", example = "25800.00")
        String totalLoss,
        @Schema(required = true, description = "The victims, in the order given at intake (a return names a victim by its position, "
                + "counting from 1).") List<Victim> victims,
        @Schema(required = true, description = "The money the victims transferred.") List<Transfer> transfers,
        @Schema(required = true, description = "The suspect identifiers (涉案要素) as given and as normalised for linking.")
        List<Identifier> identifiers,
        @Schema(required = true, description = "The steps of the procedure taken so far, oldest first.") List<Transition> transitions,
        @Schema(required = true, description = "The other cases sharing a suspect identifier with this one (串并案).")
        List<LinkedCase> linkedCases,
        @Schema(required = true, description = "True when the victims' ID-card numbers and phones are masked (320412********1234, "
                + "138****5678); false only for a full view (GET /api/v1/fraud-cases/{id}?full=true), which is audited.")
        boolean masked,
        @Schema(required = true, description = "The case's version: send it back with a step or an assignment to be refused (409) "
                + "if someone changed the case meanwhile.", example = "3") long version,
        @Schema(required = true) Money money,
        @Schema(pattern = "^[A-HJ-NP-Z2-9]{10}$", description = "The query code printed on the receipt (受案回执) once the case is "
                + "accepted: with the last four digits of the reporter's phone it opens the public progress lookup. Left out before "
                + "acceptance.", example = "K7QX2M9PLT") String receiptCode,
        @Schema(required = true, description = "The papers of the procedure served (送达), in the order served.")
        List<Service> services)
        implements StationOwned, Serializable {

    @Schema(name = "NoticeService", description = "The serving (送达) of a paper of the procedure: which, when, how, to whom, "
            + "recorded by whom.")
    public record Service(
            @Schema(required = true, description = CaseDocs.SERVED_DOCUMENT, enumeration = {"ACCEPTANCE_RECEIPT", "FILING_DECISION",
                    "NOT_FILING_NOTICE", "RECONSIDERATION_DECISION", "REVIEW_DECISION"}, example = "NOT_FILING_NOTICE") String document,
            @Schema(required = true, description = CaseDocs.SERVICE_METHOD, enumeration = {"IN_PERSON", "POST", "SMS", "OTHER"},
                    example = "IN_PERSON") String method,
            @Schema(required = true, description = "When it was served.") Instant servedAt,
            @Schema(required = true, description = "To whom.", example = "王丽（报案人本人）") String servedTo,
            @Schema(required = true, description = "The username of who recorded it.", example = "officer1") String recordedBy)
            implements Serializable {
    }

    /** {@code returned}: what this victim got back so far. */
    @Schema(name = "CaseVictim", description = "A victim of the case.")
    public record Victim(
            @Schema(required = true, description = "The victim's name (not masked).", example = "王秀英") String name,
            @Schema(description = "The ID-card number (身份证号), masked unless the case was read in full.",
                    example = "320412********0024") String idNumber,
            @Schema(description = "The phone, masked unless the case was read in full.", example = "139****2468") String phone,
            @Schema(description = "The age in years.", example = "67") Integer age,
            @Schema(description = "The occupation.", example = "退休") String occupation,
            @Schema(required = true, pattern = CaseDocs.AMOUNT, description = "What this victim got back so far (返还), in yuan.",
                    example = "0.00") String returned) implements Serializable {
    }

    /**
     * The money panel: sums to the fen, the stop-payments with their 48-hour windows, and
     * whether the golden hour is running with no stop-payment asked for yet.
     */
    @Schema(name = "CaseMoney", description = "The case's money: what was stopped, frozen and returned, its stop-payments and returns.")
    public record Money(
            @Schema(required = true, pattern = CaseDocs.AMOUNT, description = "The sum stopped by the banks (止付), in yuan.",
                    example = "12000.00") String stopped,
            @Schema(required = true, pattern = CaseDocs.AMOUNT, description = "The sum frozen (冻结), in yuan.", example = "12000.00")
            String frozen,
            @Schema(required = true, pattern = CaseDocs.AMOUNT, description = "The sum returned to the victims (返还), in yuan.",
                    example = "5000.00") String returned,
            @Schema(required = true, description = "True while money left within the last 48 hours and no stop-payment was asked "
                    + "for yet (the golden hour).") boolean needsStopPayment,
            @Schema(required = true, description = "The stop-payment requests, in the order made.") List<StopPayment> stopPayments,
            @Schema(required = true, description = "The returns to victims, in the order recorded.") List<Return> returns)
            implements Serializable {
    }

    @Schema(name = "StopPayment", description = "A stop-payment request (紧急止付) against a receiving account, and what came of it. "
            + "The bank holds the money for 48 hours from the stop (from the request while it has not answered); freezing must "
            + "come within that window.")
    public record StopPayment(
            @Schema(required = true, description = "The stop-payment's id (for its outcome).", example = "77") Long id,
            @Schema(required = true, description = "The bank asked.", example = "中国工商银行常州武进支行") String bank,
            @Schema(required = true, description = "The receiving account, without spaces.", example = "6222021105001234567")
            String account,
            @Schema(required = true, pattern = CaseDocs.AMOUNT, description = "The amount asked to be stopped, in yuan.",
                    example = "12000.00") String amountRequested,
            @Schema(required = true, description = "When it was requested.") Instant requestedAt,
            @Schema(required = true, description = "The username of who requested it.", example = "officer1") String requestedBy,
            @Schema(pattern = CaseDocs.AMOUNT, description = "The amount the bank stopped, once it answered (0.00 when the money was "
                    + "gone).", example = "12000.00") String amountStopped,
            @Schema(description = "When the bank stopped it.") Instant stoppedAt,
            @Schema(pattern = CaseDocs.AMOUNT, description = "The amount frozen, once frozen.", example = "12000.00") String amountFrozen,
            @Schema(description = "When it was frozen.") Instant frozenAt,
            @Schema(description = "Where the freeze stands, once frozen: ACTIVE (as first made), RENEWED (renewed, 续冻, and in force), "
                    + "LAPSED (expired without renewal), UNFROZEN (解冻).", enumeration = {"ACTIVE", "RENEWED", "LAPSED", "UNFROZEN"},
                    example = "ACTIVE") String freezeStatus,
            @Schema(description = "When the freeze expires unless renewed, once frozen (6 months from the freeze by default; the "
                    + "term is a reference value ADMIN keeps).") Instant expiresAt,
            @Schema(required = true, description = "When the 48-hour window ends: 48 hours from the stop, or from the request while "
                    + "the bank has not answered.") Instant windowEndsAt,
            @Schema(required = true, description = "True when the window ended without a freeze: the money is released.")
            boolean expired,
            @Schema(required = true, description = "True until the money is frozen.") boolean open,
            @Schema(required = true, description = "True when a SUPERVISOR approved the extended term at the freeze (1 year by "
                    + "default instead of 6 months); renewals run the same term.") boolean extended,
            @Schema(description = "When it was unfrozen (解冻), once unfrozen.") Instant unfrozenAt,
            @Schema(description = "The username of the supervisor who unfroze it, once unfrozen.", example = "head1") String unfrozenBy,
            @Schema(maxLength = 1000, description = "Why it was unfrozen, once unfrozen.", example = "被害人已与对方达成和解") String unfreezeReason,
            @Schema(required = true, description = "The freeze's renewals (续冻), oldest first; empty until renewed.")
            List<Renewal> renewals) implements Serializable {
    }

    @Schema(name = "FreezeRenewal", description = "A renewal (续冻) of a freeze, approved by a SUPERVISOR: the term again from the "
            + "previous expiry.")
    public record Renewal(
            @Schema(required = true, description = "The renewal's id.", example = "12") Long id,
            @Schema(required = true, description = "When it was renewed.") Instant renewedAt,
            @Schema(required = true, description = "The expiry before the renewal.") Instant previousExpiresAt,
            @Schema(required = true, description = "The expiry after the renewal.") Instant newExpiresAt,
            @Schema(required = true, description = "The username of the supervisor who approved it.", example = "head1")
            String approvedBy) implements Serializable {
    }

    @Schema(name = "FundReturn", description = "Money returned (返还) to a victim.")
    public record Return(
            @Schema(required = true, minimum = "1", description = "The victim's position in the case's victims, counting from 1.",
                    example = "1") int victimNumber,
            @Schema(required = true, description = "The victim's name.", example = "王秀英") String victimName,
            @Schema(required = true, pattern = CaseDocs.AMOUNT, description = "The amount returned, in yuan.", example = "5000.00")
            String amount,
            @Schema(required = true, description = "When it was returned.") Instant returnedAt,
            @Schema(required = true, description = "The username of who recorded it.", example = "officer1") String recordedBy)
            implements Serializable {
    }

    /** {@code amount} as a decimal string ("12000.10"). */
    @Schema(name = "CaseTransfer", description = "A transfer of the victim's money to the fraudsters.")
    public record Transfer(
            @Schema(required = true, description = "When the money left.") Instant time,
            @Schema(required = true, pattern = CaseDocs.AMOUNT, description = "The amount, in yuan.", example = "12000.00") String amount,
            @Schema(required = true, description = CaseDocs.CHANNEL, enumeration = {"BANK_CARD", "ALIPAY", "WECHAT_PAY", "CRYPTO", "CASH",
                    "OTHER"}, example = "BANK_CARD") String channel,
            @Schema(description = "The account the money left from.", example = "6217001234567890123") String fromAccount,
            @Schema(description = "The account that received it.", example = "6222021105001234567") String toAccount,
            @Schema(description = "The receiving account's bank.", example = "中国工商银行") String toBank) implements Serializable {
    }

    @Schema(name = "CaseIdentifier", description = "A suspect identifier (涉案要素): a value as given and as normalised; two cases "
            + "sharing a normalised value of one type are linked.")
    public record Identifier(
            @Schema(required = true, description = CaseDocs.IDENTIFIER_TYPE, enumeration = {"PHONE", "BANK_ACCOUNT", "PAYMENT_ACCOUNT",
                    "WECHAT", "QQ", "URL", "APP", "IP"}, example = "PHONE") String type,
            @Schema(required = true, description = "The value as given (in a linked case: the normalised value).",
                    example = "+86 171-2345-6789") String value,
            @Schema(required = true, description = "The value as normalised for linking (phones without spaces and +86, URLs without "
                    + "scheme and www., WeChat IDs in lower case, …).", example = "17123456789") String normalized) implements Serializable {
    }

    @Schema(name = "CaseTransition", description = "A step of the procedure: who took it, when, from which status to which, and why.")
    public record Transition(
            @Schema(required = true, description = CaseDocs.ACTION, enumeration = {"ACCEPT", "FILE", "NOT_FILE", "INVESTIGATE", "SOLVE",
                    "TRANSFER", "CLOSE", "WITHDRAW", "EXTEND_REVIEW", "RECONSIDER", "UPHOLD", "REVERSE", "REQUEST_REVIEW",
                    "REVIEW_UPHOLD", "REVIEW_REVERSE", "REOPEN"}, example = "ACCEPT") String action,
            @Schema(required = true, description = "The status before the step.", enumeration = {"REPORTED", "ACCEPTED", "FILED",
                    "NOT_FILED", "INVESTIGATING", "SOLVED", "PROSECUTION_TRANSFERRED", "CLOSED", "WITHDRAWN", "RECONSIDERING",
                    "REVIEWING"}, example = "REPORTED")
            String fromStatus,
            @Schema(required = true, description = "The status after the step.", enumeration = {"REPORTED", "ACCEPTED", "FILED",
                    "NOT_FILED", "INVESTIGATING", "SOLVED", "PROSECUTION_TRANSFERRED", "CLOSED", "WITHDRAWN", "RECONSIDERING",
                    "REVIEWING"}, example = "ACCEPTED")
            String toStatus,
            @Schema(required = true, description = "The username of who took the step.", example = "officer1") String actor,
            @Schema(required = true, description = "When.") Instant at,
            @Schema(description = "The reason given (required for NOT_FILE and WITHDRAW).", example = "经审查不符合立案条件") String reason)
            implements Serializable {
    }
}
