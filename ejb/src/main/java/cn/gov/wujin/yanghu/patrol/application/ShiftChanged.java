package cn.gov.wujin.yanghu.patrol.application;

/** A shift was planned, moved, restaffed or cancelled; fired in the same transaction. */
public record ShiftChanged(long shiftId, Change change) {

    public enum Change {
        PLANNED,
        /** Its time or area changed. */
        MOVED,
        /** Only the number of people needed (or the checkpoints) changed. */
        RESTAFFED,
        CANCELLED
    }
}
