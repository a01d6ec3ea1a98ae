package cn.gov.wujin.yanghu.patrol.domain;

/** Where a tip stands. A tip handed to another station is NEW again in that station's queue. */
public enum TipStatus {
    NEW,
    DISMISSED,
    RESOLVED,
    CASE_OPENED;

    /** Whether the tip led to action (it earns the tipster points). */
    public boolean ledToAction() {
        return this == RESOLVED || this == CASE_OPENED;
    }
}
