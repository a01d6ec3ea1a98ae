package cn.gov.wujin.yanghu.fraud.warning;

/** Where a lead stands: open, or what came of reaching the person. */
public enum LeadOutcome {
    OPEN,
    /** 劝阻成功 */
    DISSUADED,
    /** 已被骗: a fraud case is opened and linked. */
    ALREADY_DEFRAUDED,
    /** 无法联系 */
    UNREACHABLE
}
