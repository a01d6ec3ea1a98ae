package cn.gov.wujin.yanghu.patrol.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A shift with its staffing; {@code mine} is the caller's own sign-up (or null), and
 * {@code signups} the whole list for the officer (empty for volunteers).
 */
public record ShiftView(long id, long groupId, String groupName, String area, Instant startsAt, Instant endsAt, int needed,
                        long signedUp, boolean understaffed, boolean cancelled, String checkpoints, long version,
                        SignupView mine, List<SignupView> signups) implements Serializable {
}
