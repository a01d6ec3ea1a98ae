package cn.gov.wujin.yanghu.notification;

/**
 * What a notification tells its reader. Each kind has a title and a text in the bundle
 * {@code notification/texts} ({@code <kind>.title}, {@code <kind>.text}), filled with the
 * notification's arguments when it is read, in the reader's language.
 */
public enum NotificationKind {
    /** A new urgent warning lead of the station: reach the person before the deadline. */
    LEAD_URGENT(true),
    /** An urgent lead still without an outcome 10 minutes after it came in. */
    LEAD_ESCALATED(true),
    /** A lead's deadline passed without an outcome. */
    LEAD_OVERDUE(true),
    /** Members on shift in the lead's community: please go and dissuade in person. */
    LEAD_HELP_REQUESTED(true),
    /** A member answered a help request. */
    LEAD_HELP_ANSWERED(false),
    /** A case's next step is a supervisor's decision. */
    CASE_AWAITS_DECISION(false),
    /** A supervisor decided on a case. */
    CASE_DECIDED(false),
    /** A case was handed to the reader. */
    CASE_HANDED_OVER(false),
    /** A stop-payment's 48-hour window ends within 6 hours. */
    STOP_PAYMENT_ENDING(true),
    /** A stop-payment's window ended without a freeze. */
    STOP_PAYMENT_ENDED(false),
    /** A freeze (冻结) of the reader's case or station expires within a threshold (15, 7, 3 days by default): renew or let go. */
    FREEZE_EXPIRING(false),
    /** A tip the reader sent changed its status. */
    TIP_STATUS_CHANGED(false),
    /** A shift the reader signed up for starts in 24 hours. */
    SHIFT_TOMORROW(false),
    /** A shift the reader signed up for starts in an hour. */
    SHIFT_SOON(false),
    /** A shift of the reader's group lacks people 48 hours before it starts. */
    SHIFT_COVER_NEEDED(false),
    /** A shift the reader signed up for was moved. */
    SHIFT_MOVED(false),
    /** A shift the reader signed up for was cancelled. */
    SHIFT_CANCELLED(false),
    /** An enterprise request passed its deadline. */
    REQUEST_OVERDUE(false),
    /** An enterprise request was escalated. */
    REQUEST_ESCALATED(true),
    /** An account was locked after failed sign-ins. */
    ACCOUNT_LOCKED(false),
    /** An administrator reset the reader's second factor. */
    SECOND_FACTOR_RESET(false);

    private final boolean urgent;

    NotificationKind(boolean urgent) {
        this.urgent = urgent;
    }

    /** Urgent kinds stand out in the list and ignore a person's quiet hours for SMS. */
    public boolean isUrgent() {
        return urgent;
    }
}
