package cn.gov.wujin.yanghu.patrol.domain;

/** What a volunteer saw (线索类别). */
public enum TipCategory {
    SUSPICIOUS_PERSON,
    SUSPICIOUS_VEHICLE,
    SAFETY_HAZARD,
    DISPUTE,
    FRAUD_LEAD,
    OTHER
}
