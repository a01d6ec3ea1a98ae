package cn.gov.wujin.yanghu.patrol.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A shift with its staffing; {@code mine} is the caller's own sign-up (or null), and
 * {@code signups} the whole list for the officer (empty for volunteers).
 */
@Schema(description = "A shift with its staffing: staff see every sign-up, a member their own.")
public record ShiftView(
        @Schema(required = true, example = "5120") long id,
        @Schema(required = true, example = "7") long groupId,
        @Schema(required = true, example = "人民路巡防队") String groupName,
        @Schema(required = true, example = "人民路—长虹路沿线") String area,
        @Schema(required = true) Instant startsAt,
        @Schema(required = true) Instant endsAt,
        @Schema(required = true, description = "Members needed.", example = "4") int needed,
        @Schema(required = true, description = "Members signed up (sign-ups not cancelled).", example = "3") long signedUp,
        @Schema(required = true, description = "Not cancelled, and fewer signed up than needed.") boolean understaffed,
        @Schema(required = true) boolean cancelled,
        @Schema(description = "The points to pass or check.") String checkpoints,
        @Schema(required = true, description = "The version read: send it back to move or cancel the shift.") long version,
        @Schema(description = "The caller's own sign-up, for a member of the shift's group who signed up (also a cancelled one).")
        SignupView mine,
        @Schema(required = true, description = "Every sign-up, for staff; empty for members and in a member's own lists.")
        List<SignupView> signups,
        @Schema(description = "The grid patrolled, when the officer named one.", example = "31") Long gridId,
        @Schema(description = "The community patrolled, when named (or the grid's).", example = "12") Long communityId)
        implements Serializable {

    /** A shift without a grid or community of its own. */
    public ShiftView(long id, long groupId, String groupName, String area, Instant startsAt, Instant endsAt, int needed, long signedUp,
                     boolean understaffed, boolean cancelled, String checkpoints, long version, SignupView mine, List<SignupView> signups) {
        this(id, groupId, groupName, area, startsAt, endsAt, needed, signedUp, understaffed, cancelled, checkpoints, version, mine, signups,
                null, null);
    }
}
