package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.shared.LinkKeys;
import cn.gov.wujin.yanghu.patrol.domain.Shift;
import cn.gov.wujin.yanghu.shared.BureauTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Lists of shifts that ask for someone's attention: each a condition on the shifts (JPQL on
 * {@code Shift s}), defined here once for the list and for the count on a home page. The
 * caller's scope applies on top (staff: their station; a volunteer: their groups).
 */
public enum ShiftQueue {

    /**
     * Today's shifts (Beijing day) of the groups the caller leads or that the caller is signed up
     * to: an officer's own shifts and groups today.
     */
    TODAY("today", " AND s.startsAt < :dayEnd AND s.startsAt > :earliest AND s.endsAt > :dayStart AND (s.group.leadingOfficer.id = :me "
            + "OR EXISTS (SELECT x FROM ShiftSignup x WHERE x.shift = s AND x.cancelledAt IS NULL AND x.member.accountId = :me))") {
        @Override
        void bind(Map<String, Object> parameters, Long me, Instant now) {
            LocalDate today = LocalDate.ofInstant(now, BureauTime.ZONE);
            Instant dayStart = today.atStartOfDay(BureauTime.ZONE).toInstant();
            parameters.put("dayStart", dayStart);
            // a shift lasts at most Shift.LONGEST: the start index reads the day's shifts only, not every earlier one
            parameters.put("earliest", dayStart.minus(Shift.LONGEST));
            parameters.put("dayEnd", today.plusDays(1).atStartOfDay(BureauTime.ZONE).toInstant());
            parameters.put("me", me);
        }
    },

    /** Not cancelled, starting within the next {@link #UNDERSTAFFED_AHEAD}, with fewer members signed up than needed. */
    UNDERSTAFFED("understaffed", " AND s.cancelled = FALSE AND s.startsAt >= :now AND s.startsAt < :until "
            + "AND (SELECT COUNT(x) FROM ShiftSignup x WHERE x.shift = s AND x.cancelledAt IS NULL) < s.needed") {
        @Override
        void bind(Map<String, Object> parameters, Long me, Instant now) {
            parameters.put("now", now);
            parameters.put("until", now.plus(UNDERSTAFFED_AHEAD));
        }
    },

    /** The shifts the caller is signed up to and has yet to finish (not ended, not checked out): a volunteer's next shifts. */
    UPCOMING("upcoming", " AND s.cancelled = FALSE AND s.endsAt > :now AND EXISTS (SELECT x FROM ShiftSignup x WHERE x.shift = s "
            + "AND x.cancelledAt IS NULL AND x.checkedOutAt IS NULL AND x.member.accountId = :me)") {
        @Override
        void bind(Map<String, Object> parameters, Long me, Instant now) {
            parameters.put("now", now);
            parameters.put("me", me);
        }
    };

    /** How far ahead an understaffed shift is a call for cover. */
    public static final Duration UNDERSTAFFED_AHEAD = Duration.ofHours(48);

    private final String key;
    private final String jpql;

    ShiftQueue(String key, String jpql) {
        this.key = key;
        this.jpql = jpql;
    }

    /** The queue's name in links and in the API ({@code ?queue=understaffed}). */
    public String key() {
        return key;
    }

    public static Optional<ShiftQueue> byKey(String key) {
        return LinkKeys.find(values(), ShiftQueue::key, key);
    }

    /** The condition, to append to a WHERE clause on {@code Shift s}. */
    String jpql() {
        return jpql;
    }

    /** Its parameters, for the caller {@code me} at {@code now}. */
    abstract void bind(Map<String, Object> parameters, Long me, Instant now);
}
