package cn.gov.wujin.yanghu.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    /** Personal data shown unmasked. */
    VIEW_PERSONAL_DATA,
    LOGIN,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    PASSWORD_CHANGED,
    TOKEN_ISSUED,
    TOKEN_REVOKED,
    /** A notification written for an account. */
    NOTIFIED
}
