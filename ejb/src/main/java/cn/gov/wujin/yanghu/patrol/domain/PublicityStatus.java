package cn.gov.wujin.yanghu.patrol.domain;

/** Where a publicity event stands: it counts (and earns points) only once an officer has confirmed it. */
public enum PublicityStatus { REPORTED, CONFIRMED, REJECTED }
