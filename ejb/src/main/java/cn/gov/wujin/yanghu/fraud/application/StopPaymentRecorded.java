package cn.gov.wujin.yanghu.fraud.application;

/** A stop-payment was requested, or the bank's answer or a freezing recorded; fired in the same transaction. */
public record StopPaymentRecorded(long caseId, long stopPaymentId) {
}
