package cn.gov.wujin.yanghu.patrol.domain;

/** What an officer does with a new tip; opening a case goes through case intake with the tip's id. */
public enum TipAction {
    DISMISS,
    RESOLVE,
    HAND_OVER,
    /** A tip without a station (the bureau's queue) goes to a station, by a bureau supervisor. */
    ASSIGN
}
