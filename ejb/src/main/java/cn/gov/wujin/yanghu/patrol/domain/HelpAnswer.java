package cn.gov.wujin.yanghu.patrol.domain;

/** A member's answer to a request to dissuade a warning lead's person at the door (上门劝阻). */
public enum HelpAnswer {
    /** On the way. */
    GOING,
    /** Visited, and the person was dissuaded. */
    DISSUADED,
    /** Visited, nobody opened. */
    NOBODY_HOME
}
