package cn.gov.wujin.yanghu.fraud.warning;

/** 电话劝阻 or 见面劝阻. */
public enum ContactMethod {
    CALL,
    VISIT
}
