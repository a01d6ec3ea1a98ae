package cn.gov.wujin.yanghu.liaison.domain;

/** A major project's stage: 签约 signed → 落地 landed → 建设 under construction → 投产 operating. */
public enum ProjectStage {
    SIGNED, LANDED, CONSTRUCTION, OPERATING
}
