package cn.gov.wujin.yanghu.patrol.alerts;

import java.time.Instant;
import java.util.List;

/**
 * A shift as its rules see it: when and where, how many it needs and has, and the group's active
 * members who have an active account (the only ones who can be told), each with the moment they
 * signed up for it, or null when they have not.
 */
public record ShiftRoster(long shiftId, String group, String area, Instant startsAt, Instant endsAt, int needed, long signedUp,
                          boolean cancelled, List<Member> members) {

    public record Member(long accountId, Instant signedUpAt) {

        public boolean isSignedUp() {
            return signedUpAt != null;
        }
    }

    public List<Long> signedUpMembers() {
        return members.stream().filter(Member::isSignedUp).map(Member::accountId).toList();
    }

    /** Members who signed up before {@code moment}: who signed up later chose the shift knowing its time. */
    public List<Long> signedUpBefore(Instant moment) {
        return members.stream().filter(Member::isSignedUp).filter(m -> !m.signedUpAt().isAfter(moment)).map(Member::accountId).toList();
    }

    public List<Long> notSignedUp() {
        return members.stream().filter(m -> !m.isSignedUp()).map(Member::accountId).toList();
    }

    public boolean isUnderstaffed() {
        return !cancelled && signedUp < needed;
    }
}
