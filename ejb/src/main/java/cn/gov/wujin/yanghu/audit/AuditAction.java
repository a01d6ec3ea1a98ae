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
    NOTIFIED,
    /** An SMS the gateway accepted (the outbox's dispatcher, as "system"). */
    SMS_SENT,
    /** An SMS given up after its last attempt. */
    SMS_FAILED,
    /** A document of the procedure generated for the first time: its number issued. */
    DOCUMENT_ISSUED,
    /** A document generated again: the same number, printed once more. */
    DOCUMENT_REPRINTED,
    /** A batch of records past their retention term purged or anonymised (the retention job; the counts in the summary). */
    RETENTION_PURGED,
    /** A person confirmed a second factor (an authenticator app, a security key). */
    SECOND_FACTOR_ENROLLED,
    /** An administrator removed a person's second factor. */
    SECOND_FACTOR_RESET,
    /** A signed-in browser or an API token ended by its owner or an administrator. */
    SESSION_ENDED
}
