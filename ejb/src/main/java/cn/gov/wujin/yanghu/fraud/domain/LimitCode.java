package cn.gov.wujin.yanghu.fraud.domain;

/**
 * The procedure's numbers that the rules read from the reference table {@code procedure_limit}
 * (kept by ADMIN, each row with its legal source). The code names the rule; the table holds
 * the number and its unit.
 */
public enum LimitCode {
    STOP_PAYMENT_HOURS,
    STOP_PAYMENTS_PER_ACCOUNT,
    FREEZE_MONTHS,
    FREEZE_EXTENDED_MONTHS,
    FREEZE_BOARD_DAYS,
    FREEZE_ALERT_FIRST_DAYS,
    FREEZE_ALERT_SECOND_DAYS,
    FREEZE_ALERT_LAST_DAYS,
    RETURN_NOTICE_DAYS,
    RECONSIDERATION_REQUEST_DAYS,
    RECONSIDERATION_DECISION_DAYS,
    REVIEW_REQUEST_DAYS,
    REVIEW_DECISION_DAYS,
    FILING_REVIEW_DAYS,
    FILING_REVIEW_EXTENDED_DAYS,
    FILING_REVIEW_FURTHER_DAYS
}
