package cn.gov.wujin.yanghu.patrol.domain;

/** Who patrols with a group (群防群治力量). */
public enum MemberKind {
    VOLUNTEER,
    GRID_WORKER,
    SECURITY_GUARD,
    AUXILIARY_POLICE
}
