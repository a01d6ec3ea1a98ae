package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.patrol.application.TipRow;
import cn.gov.wujin.yanghu.shared.StationOwned;

import java.time.Instant;
import java.util.List;

/** A case as its station sees it. Victims' ID-card numbers and phones are masked unless {@code masked} is false. */
public record FraudCaseView(Long id, String caseNumber, Long stationId, String stationCode, String fraudType, String status,
                            Instant reportedAt, Instant contactStartedAt, String contactMethod, String narrative,
                            String assignedOfficer, Instant dueAt, boolean overdue, String totalLoss,
                            List<Victim> victims, List<Transfer> transfers, List<Identifier> identifiers,
                            List<Transition> transitions, List<LinkedCase> linkedCases, boolean masked, long version,
                            Money money, List<TipRow> tips)
        implements StationOwned {

    /** {@code returned}: what this victim got back so far. */
    public record Victim(String name, String idNumber, String phone, Integer age, String occupation, String returned) {
    }

    /**
     * The money panel: sums to the fen, the stop-payments with their 48-hour windows, and
     * whether the golden hour is running with no stop-payment asked for yet.
     */
    public record Money(String stopped, String frozen, String returned, boolean needsStopPayment,
                        List<StopPayment> stopPayments, List<Return> returns) {
    }

    public record StopPayment(Long id, String bank, String account, String amountRequested, Instant requestedAt,
                              String requestedBy, String amountStopped, Instant stoppedAt, String amountFrozen,
                              Instant frozenAt, Instant windowEndsAt, boolean expired, boolean open) {
    }

    public record Return(int victimNumber, String victimName, String amount, Instant returnedAt, String recordedBy) {
    }

    /** {@code amount} as a decimal string ("12000.10"). */
    public record Transfer(Instant time, String amount, String channel, String fromAccount, String toAccount, String toBank) {
    }

    public record Identifier(String type, String value, String normalized) {
    }

    public record Transition(String action, String fromStatus, String toStatus, String actor, Instant at, String reason) {
    }
}
