package cn.gov.wujin.yanghu.organization.domain;

/** 社区 in towns and streets, 村 in the countryside. */
public enum CommunityKind {
    COMMUNITY,
    VILLAGE
}
