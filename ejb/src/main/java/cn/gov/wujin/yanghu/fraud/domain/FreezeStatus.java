package cn.gov.wujin.yanghu.fraud.domain;

/**
 * Where a freeze (冻结) stands: in force as first made or after a renewal (续冻), or ended by its
 * expiry without renewal (LAPSED) or by an unfreeze (解冻).
 */
public enum FreezeStatus {
    ACTIVE, RENEWED, LAPSED, UNFROZEN;

    /** The money is still held. */
    public boolean inForce() {
        return this == ACTIVE || this == RENEWED;
    }
}
