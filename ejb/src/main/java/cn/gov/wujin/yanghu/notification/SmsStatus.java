package cn.gov.wujin.yanghu.notification;

/** Where a message of the outbox stands: waiting to be sent (again), sent, or given up after the last attempt. */
public enum SmsStatus {
    PENDING,
    SENT,
    FAILED
}
