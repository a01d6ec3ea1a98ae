package cn.gov.wujin.yanghu.liaison.domain;

/** After a low rating (1 or 2) the station head follows up and closes it with a note. */
public enum FollowUp {
    NONE, OPEN, CLOSED
}
