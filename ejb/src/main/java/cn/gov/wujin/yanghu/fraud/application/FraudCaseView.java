package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.shared.StationOwned;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A case as its station sees it. Victims' ID-card numbers and phones are masked unless
 * {@code masked} is false. What other contexts keep about the case (the tips it was opened
 * from) the web tier adds beside it.
 */
public record FraudCaseView(Long id, String caseNumber, Long stationId, String stationCode, String fraudType, String status,
                            Instant reportedAt, Instant contactStartedAt, String contactMethod, String narrative,
                            String assignedOfficer, Instant dueAt, boolean overdue, String totalLoss,
                            List<Victim> victims, List<Transfer> transfers, List<Identifier> identifiers,
                            List<Transition> transitions, List<LinkedCase> linkedCases, boolean masked, long version,
                            Money money)
        implements StationOwned, Serializable {

    /** {@code returned}: what this victim got back so far. */
    public record Victim(String name, String idNumber, String phone, Integer age, String occupation, String returned) implements Serializable {
    }

    /**
     * The money panel: sums to the fen, the stop-payments with their 48-hour windows, and
     * whether the golden hour is running with no stop-payment asked for yet.
     */
    public record Money(String stopped, String frozen, String returned, boolean needsStopPayment,
                        List<StopPayment> stopPayments, List<Return> returns) implements Serializable {
    }

    public record StopPayment(Long id, String bank, String account, String amountRequested, Instant requestedAt,
                              String requestedBy, String amountStopped, Instant stoppedAt, String amountFrozen,
                              Instant frozenAt, Instant windowEndsAt, boolean expired, boolean open) implements Serializable {
    }

    public record Return(int victimNumber, String victimName, String amount, Instant returnedAt, String recordedBy) implements Serializable {
    }

    /** {@code amount} as a decimal string ("12000.10"). */
    public record Transfer(Instant time, String amount, String channel, String fromAccount, String toAccount, String toBank) implements Serializable {
    }

    public record Identifier(String type, String value, String normalized) implements Serializable {
    }

    public record Transition(String action, String fromStatus, String toStatus, String actor, Instant at, String reason) implements Serializable {
    }
}
