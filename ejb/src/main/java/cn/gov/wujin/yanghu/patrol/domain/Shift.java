package cn.gov.wujin.yanghu.patrol.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import cn.gov.wujin.yanghu.shared.StationOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A planned patrol (班次) of one group: members sign up, check in and out within its window
 * and write the log; the hours between check-in and check-out inside the window count.
 */
@Entity
@Table(name = "shift")
public class Shift implements AuditedEntity, StationOwned {

    /** Check-in opens this long before the start. */
    public static final Duration CHECK_IN_EARLY = Duration.ofMinutes(30);
    /** Cancelling a sign-up closes this long before the start: the officer must be able to find someone else. */
    public static final Duration CANCEL_CUTOFF = Duration.ofHours(2);
    /** Checking out stays open this long after the end, for whoever forgot. */
    public static final Duration CHECK_OUT_LATE = Duration.ofHours(4);
    public static final Duration LONGEST = Duration.ofHours(12);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false, updatable = false)
    private PatrolGroup group;

    @Column(name = "station_id", nullable = false, updatable = false)
    private Long stationId;

    @Column(nullable = false)
    private String area;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private int needed;

    private String checkpoints;

    /** The grid patrolled, when the officer named one (its community is then {@link #communityId} too). */
    @Column(name = "grid_id")
    private Long gridId;

    /** The community patrolled, when named (or the named grid's). */
    @Column(name = "community_id")
    private Long communityId;

    @Column(nullable = false)
    private boolean cancelled;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @OneToMany(mappedBy = "shift", cascade = CascadeType.ALL)
    @OrderBy("signedUpAt, id")
    private List<ShiftSignup> signups = new ArrayList<>();

    @Version
    private long version;

    protected Shift() {
    }

    public Shift(PatrolGroup group, String area, Instant startsAt, Instant endsAt, int needed, String checkpoints, String createdBy,
                 Instant now) {
        this.group = group;
        this.stationId = group.stationId();
        this.createdBy = createdBy;
        reschedule(area, startsAt, endsAt, needed, checkpoints, now);
    }

    /** Area, time and staffing; the window lies ahead and lasts at most 12 hours. */
    public final void reschedule(String newArea, Instant start, Instant end, int newNeeded, String newCheckpoints, Instant now) {
        if (start == null || !start.isAfter(now)) {
            throw new InvalidInputException("startsAt", "shift.start.future");
        }
        if (end == null || !end.isAfter(start) || Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new InvalidInputException("endsAt", "shift.end.invalid");
        }
        if (newNeeded < 1 || newNeeded > 200) {
            throw new InvalidInputException("needed", "shift.needed.invalid");
        }
        this.area = newArea;
        this.startsAt = start.truncatedTo(ChronoUnit.SECONDS);
        this.endsAt = end.truncatedTo(ChronoUnit.SECONDS);
        this.needed = newNeeded;
        this.checkpoints = newCheckpoints;
    }

    public void cancel() {
        cancelled = true;
    }

    /**
     * The grid or community patrolled besides the area in words (both null: the group's area).
     * The caller checks that they are of the shift's station and that the grid lies in the community.
     */
    public void patrols(Long newCommunityId, Long newGridId) {
        this.communityId = newCommunityId;
        this.gridId = newGridId;
    }

    public ShiftSignup signUp(GroupMember member, Instant now) {
        if (cancelled || !now.isBefore(startsAt)) {
            throw new RuleViolationException("shift.signUp.closed");
        }
        if (!member.isActive() || !member.getGroup().getId().equals(group.getId())) {
            throw new RuleViolationException("shift.signUp.notMember");
        }
        Optional<ShiftSignup> earlier = signupOf(member);
        if (earlier.isPresent()) {
            earlier.get().renew(now);
            return earlier.get();
        }
        ShiftSignup signup = new ShiftSignup(this, member, now);
        signups.add(signup);
        return signup;
    }

    public void cancelSignUp(GroupMember member, Instant now) {
        ShiftSignup signup = requireSignup(member);
        if (now.isAfter(startsAt.minus(CANCEL_CUTOFF))) {
            throw new RuleViolationException("shift.cancel.tooLate", CANCEL_CUTOFF.toHours());
        }
        signup.cancel(now);
    }

    /** Refused outside [start − 30 min, end]: a check-in is a statement that one is out there now. */
    public void checkIn(GroupMember member, Instant now) {
        checkIn(member, now, CheckInPosition.NONE);
    }

    /** The same, with where the phone was and whether that is on site (decided by the caller against the boundaries). */
    public void checkIn(GroupMember member, Instant now, CheckInPosition position) {
        ShiftSignup signup = requireSignup(member);
        if (cancelled || !isCheckInOpen(startsAt, endsAt, now)) {
            throw new RuleViolationException("shift.checkIn.window");
        }
        signup.checkIn(now, position);
    }

    /**
     * A check-in made on the phone at {@code time} (perhaps offline, sent later): the same
     * window applies to the phone's time, and a cancelled shift refuses it by its own reason,
     * since the member could not have known.
     */
    public void checkIn(GroupMember member, DeviceTime time, CheckInPosition position) {
        ShiftSignup signup = requireSignup(member);
        if (cancelled) {
            throw new RuleViolationException("offline.refused.cancelled");
        }
        if (!isCheckInOpen(startsAt, endsAt, time.at())) {
            throw new RuleViolationException("offline.refused.window");
        }
        signup.checkIn(time.at(), position, time.late());
    }

    /** A check-out made on the phone at {@code time}: until 4 hours after the end, not before the check-in. */
    public void checkOut(GroupMember member, DeviceTime time) {
        ShiftSignup signup = requireSignup(member);
        if (time.at().isAfter(endsAt.plus(CHECK_OUT_LATE))) {
            throw new RuleViolationException("offline.refused.checkOutWindow", CHECK_OUT_LATE.toHours());
        }
        if (signup.getCheckedInAt() != null && time.at().isBefore(signup.getCheckedInAt())) {
            throw new RuleViolationException("offline.refused.beforeCheckIn");
        }
        signup.checkOut(time.at(), time.late());
    }

    /** When checking in to a shift starting then opens. */
    public static Instant checkInOpensAt(Instant startsAt) {
        return startsAt.minus(CHECK_IN_EARLY);
    }

    /** Whether one may check in now to a shift of this window (not cancelled): from {@link #CHECK_IN_EARLY} before the start to its end. */
    public static boolean isCheckInOpen(Instant startsAt, Instant endsAt, Instant now) {
        return !now.isBefore(checkInOpensAt(startsAt)) && !now.isAfter(endsAt);
    }

    public void checkOut(GroupMember member, Instant now) {
        ShiftSignup signup = requireSignup(member);
        if (now.isAfter(endsAt.plus(CHECK_OUT_LATE))) {
            throw new RuleViolationException("shift.checkOut.window");
        }
        signup.checkOut(now);
    }

    public void writeLog(GroupMember member, String routeNotes, String findings) {
        requireSignup(member).writeLog(routeNotes, findings);
    }

    /** Hours that count for a sign-up: check-in to check-out, inside the shift's window, in tenths, rounded down. */
    public double hoursOf(ShiftSignup signup) {
        if (signup.getCheckedInAt() == null || signup.getCheckedOutAt() == null) {
            return 0;
        }
        Instant from = signup.getCheckedInAt().isBefore(startsAt) ? startsAt : signup.getCheckedInAt();
        Instant to = signup.getCheckedOutAt().isAfter(endsAt) ? endsAt : signup.getCheckedOutAt();
        long minutes = Math.max(0, Duration.between(from, to).toMinutes());
        return Math.floor(minutes / 6.0) / 10.0;
    }

    /**
     * Whether the member of {@code signup} is out on this shift at {@code now}: signed up to a
     * shift that was not called off, not checked out, and either inside the shift's window or
     * checked in already (check-in opens {@link #CHECK_IN_EARLY} before the start). After the
     * end nobody is on duty, whether they forgot to check out or not.
     */
    public boolean isOnDutyAt(ShiftSignup signup, Instant now) {
        return !cancelled && signup.isActive() && signup.getCheckedOutAt() == null && !now.isAfter(endsAt)
                && (!now.isBefore(startsAt) || signup.getCheckedInAt() != null);
    }

    public long signedUp() {
        return signups.stream().filter(ShiftSignup::isActive).count();
    }

    public boolean isUnderstaffed() {
        return !cancelled && signedUp() < needed;
    }

    public Optional<ShiftSignup> signupOf(GroupMember member) {
        return signups.stream().filter(s -> s.getMember().getId().equals(member.getId())).findFirst();
    }

    private ShiftSignup requireSignup(GroupMember member) {
        return signupOf(member).filter(ShiftSignup::isActive).orElseThrow(() -> new RuleViolationException("shift.notSignedUp"));
    }

    public Long getId() {
        return id;
    }

    public PatrolGroup getGroup() {
        return group;
    }

    public String getArea() {
        return area;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public int getNeeded() {
        return needed;
    }

    public String getCheckpoints() {
        return checkpoints;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public Long getGridId() {
        return gridId;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public List<ShiftSignup> getSignups() {
        return Collections.unmodifiableList(signups);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Long stationId() {
        return stationId;
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditStationId() {
        return stationId;
    }

    @Override
    public String auditSummary() {
        return group.getName() + " " + area + " " + startsAt + "–" + endsAt + " needed " + needed + (cancelled ? " cancelled" : "");
    }
}
