package cn.gov.wujin.yanghu.liaison.domain;

/** Risks a liaison finds on a visit. */
public enum RiskCategory {
    SITE_THEFT, WAGE_DISPUTE, FRAUD_TARGETING_STAFF, TRAFFIC, FIRE_SAFETY, OTHER
}
