package cn.gov.wujin.yanghu.fraud.application;

import java.time.Instant;

/** A supervisor handed a case to another officer; fired in the same transaction. */
public record CaseHandedOver(long caseId, String caseNumber, String officer, String by, Instant dueAt) {
}
