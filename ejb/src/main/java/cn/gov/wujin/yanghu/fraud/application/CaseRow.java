package cn.gov.wujin.yanghu.fraud.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A case in the list: nothing personal. {@code needsStopPayment}: money left within the last
 * 48 hours and no stop-payment was asked for yet (the golden hour): the row stands out.
 */
public record CaseRow(Long id, String caseNumber, String stationCode, String fraudType, String status, Instant reportedAt,
                      String assignedOfficer, Instant dueAt, boolean overdue, String totalLoss, boolean needsStopPayment) implements Serializable {
}
