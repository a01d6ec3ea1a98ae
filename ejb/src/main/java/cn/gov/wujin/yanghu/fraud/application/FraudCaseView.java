package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.shared.StationOwned;

import java.time.Instant;
import java.util.List;

/** A case as its station sees it. Victims' ID-card numbers and phones are masked unless {@code masked} is false. */
public record FraudCaseView(Long id, String caseNumber, Long stationId, String stationCode, String fraudType, String status,
                            Instant reportedAt, Instant contactStartedAt, String contactMethod, String narrative,
                            String assignedOfficer, Instant dueAt, boolean overdue, String totalLoss,
                            List<Victim> victims, List<Transfer> transfers, List<Identifier> identifiers,
                            List<Transition> transitions, List<LinkedCase> linkedCases, boolean masked, long version)
        implements StationOwned {

    public record Victim(String name, String idNumber, String phone, Integer age, String occupation) {
    }

    /** {@code amount} as a decimal string ("12000.10"). */
    public record Transfer(Instant time, String amount, String channel, String fromAccount, String toAccount, String toBank) {
    }

    public record Identifier(String type, String value, String normalized) {
    }

    public record Transition(String action, String fromStatus, String toStatus, String actor, Instant at, String reason) {
    }
}
