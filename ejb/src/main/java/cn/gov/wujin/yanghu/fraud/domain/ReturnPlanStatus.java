package cn.gov.wujin.yanghu.fraud.domain;

/** Where a return plan stands: drafted, approved and on public notice (公告), executed. */
public enum ReturnPlanStatus {
    DRAFT, NOTICE, EXECUTED
}
