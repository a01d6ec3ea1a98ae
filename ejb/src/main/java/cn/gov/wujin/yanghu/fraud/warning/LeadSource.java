package cn.gov.wujin.yanghu.fraud.warning;

/** Who sent the lead: the anti-fraud centre, the 96110 warning line, a bank, other. */
public enum LeadSource {
    ANTI_FRAUD_CENTER,
    HOTLINE_96110,
    BANK,
    OTHER
}
