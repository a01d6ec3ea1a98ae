package cn.gov.wujin.yanghu.fraud.application;

import java.time.Instant;

/** A case in the list: nothing personal. */
public record CaseRow(Long id, String caseNumber, String stationCode, String fraudType, String status, Instant reportedAt,
                      String assignedOfficer, Instant dueAt, boolean overdue, String totalLoss) {
}
