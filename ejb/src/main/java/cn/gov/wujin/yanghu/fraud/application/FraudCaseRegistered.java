package cn.gov.wujin.yanghu.fraud.application;

import java.time.Instant;

/**
 * A fraud case was registered through the intake. Fired inside the intake's transaction:
 * other contexts observe it to update what they own (a tip the case was opened from), and an
 * observer that refuses rolls the whole intake back.
 *
 * @param tipId the tip the case was opened from, or null
 * @param warningLeadId the warning lead the case was opened from, or null
 */
public record FraudCaseRegistered(long caseId, String caseNumber, long stationId, Long tipId, Long warningLeadId,
        String registeredBy, Instant registeredAt) {
}
