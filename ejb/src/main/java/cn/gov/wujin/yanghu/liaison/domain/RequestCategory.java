package cn.gov.wujin.yanghu.liaison.domain;

/** What an enterprise asks the police for; each category has its own deadline (request_deadline). */
public enum RequestCategory {
    /** 人才落户: residence and household registration for hired talent. */
    TALENT_RESIDENCE,
    /** 工地安全检查: a security check of a site. */
    SITE_SECURITY_CHECK,
    /** 纠纷调处: help with a dispute. */
    DISPUTE_HELP,
    /** 防诈宣讲: an anti-fraud talk for the staff. */
    FRAUD_PREVENTION_TALK,
    OTHER
}
