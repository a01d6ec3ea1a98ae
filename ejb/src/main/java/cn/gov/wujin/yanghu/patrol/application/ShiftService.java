package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.geo.application.Area;
import cn.gov.wujin.yanghu.geo.application.Boundaries;
import cn.gov.wujin.yanghu.geo.application.MapSettings;
import cn.gov.wujin.yanghu.geo.domain.Level;
import cn.gov.wujin.yanghu.organization.domain.Community;
import cn.gov.wujin.yanghu.organization.domain.Grid;
import cn.gov.wujin.yanghu.patrol.domain.CheckInPosition;
import cn.gov.wujin.yanghu.patrol.domain.DeviceTime;
import cn.gov.wujin.yanghu.shared.Conditions;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.patrol.domain.GroupMember;
import cn.gov.wujin.yanghu.patrol.domain.PatrolGroup;
import cn.gov.wujin.yanghu.patrol.domain.Shift;
import cn.gov.wujin.yanghu.patrol.domain.ShiftSignup;
import cn.gov.wujin.yanghu.shared.Backlog;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Shifts (班次): officers plan them for their groups; members sign up, check in and out on
 * their phones and write the log. Checking out after a shift earns the hours' points.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.VOLUNTEER})
public class ShiftService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    @Inject
    private PatrolGroupService groups;

    @Inject
    private PointsLedger points;

    @Inject
    private Event<ShiftChanged> changes;

    @Inject
    private Boundaries boundaries;

    @Inject
    private MapSettings mapSettings;

    @Inject
    private OfflineSettings offlineSettings;

    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public ShiftView plan(@NotNull @Valid NewShift form) {
        PatrolGroup group = scope.find(PatrolGroup.class, form.getGroupId());
        if (!group.isActive()) {
            throw new RuleViolationException("shift.group.inactive");
        }
        Shift shift = new Shift(group, form.getArea().strip(), form.getStartsAt().toInstant(), form.getEndsAt().toInstant(),
                form.getNeeded(), blankToNull(form.getCheckpoints()), scope.caller().username(), Instant.now());
        placeOf(shift, form);
        em.persist(shift);
        em.flush();
        changes.fire(new ShiftChanged(shift.getId(), ShiftChanged.Change.PLANNED));
        return view(shift, null, true);
    }

    /** Moves or restaffs a planned shift that has not started; members already signed up stay on it. */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public ShiftView reschedule(long shiftId, @NotNull @Valid NewShift form, long expectedVersion) {
        Shift shift = scope.find(Shift.class, shiftId);
        if (shift.getVersion() != expectedVersion) {
            throw new ConflictException("Shift", shiftId);
        }
        Instant now = Instant.now();
        if (shift.isCancelled() || !now.isBefore(shift.getStartsAt())) {
            throw new RuleViolationException("shift.edit.started");
        }
        String area = shift.getArea();
        Instant start = shift.getStartsAt();
        Instant end = shift.getEndsAt();
        shift.reschedule(form.getArea().strip(), form.getStartsAt().toInstant(), form.getEndsAt().toInstant(), form.getNeeded(),
                blankToNull(form.getCheckpoints()), now);
        Long grid = shift.getGridId();
        Long community = shift.getCommunityId();
        placeOf(shift, form);
        em.flush();
        boolean moved = !area.equals(shift.getArea()) || !Objects.equals(grid, shift.getGridId())
                || !Objects.equals(community, shift.getCommunityId()) || !start.equals(shift.getStartsAt()) || !end.equals(shift.getEndsAt());
        changes.fire(new ShiftChanged(shiftId, moved ? ShiftChanged.Change.MOVED : ShiftChanged.Change.RESTAFFED));
        return view(shift, null, true);
    }

    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public ShiftView cancel(long shiftId, long expectedVersion) {
        Shift shift = scope.find(Shift.class, shiftId);
        if (shift.getVersion() != expectedVersion) {
            throw new ConflictException("Shift", shiftId);
        }
        shift.cancel();
        em.flush();
        changes.fire(new ShiftChanged(shiftId, ShiftChanged.Change.CANCELLED));
        return view(shift, null, true);
    }

    /**
     * Shifts between two instants: the station's (staff; one group when {@code groupId} is
     * given) or those of the caller's own groups (volunteer), earliest first.
     */
    public List<ShiftView> shifts(Long groupId, Instant from, Instant to) {
        Conditions scoped = scoped(null);
        StringBuilder jpql = new StringBuilder(scoped.jpql()).append(" AND s.startsAt < :to AND s.endsAt > :from");
        Map<String, Object> parameters = new HashMap<>(scoped.parameters());
        parameters.put("from", from);
        parameters.put("to", to);
        if (groupId != null) {
            jpql.append(" AND s.group.id = :group");
            parameters.put("group", groupId);
        }
        return views(new Conditions(jpql.toString(), parameters), false);
    }

    /**
     * A queue of shifts ({@link ShiftQueue}) in the caller's scope, of one station when
     * {@code stationCode} is given, earliest first (at most 500).
     */
    public List<ShiftView> queue(ShiftQueue queue, String stationCode) {
        return views(queued(queue, stationCode), queue == ShiftQueue.UPCOMING);
    }

    /** How many shifts the queue holds (a home page's count), counted up to {@code cap}; shifts have no "overdue". */
    public Backlog backlog(ShiftQueue queue, int cap) {
        Conditions where = queued(queue, null);
        return new Backlog(where.bind(em.createQuery("SELECT s.id FROM Shift s" + where.jpql(), Long.class))
                .setMaxResults(Math.max(1, cap)).getResultList().size(), false);
    }

    /** The same per station (the bureau's table), exact; stations without such a shift are left out. */
    public Map<Long, Backlog> backlogByStation(ShiftQueue queue) {
        Conditions where = queued(queue, null);
        Map<Long, Backlog> result = new HashMap<>();
        for (Object[] row : where.bind(em.createQuery("SELECT s.stationId, COUNT(s) FROM Shift s" + where.jpql() + " GROUP BY s.stationId",
                Object[].class)).getResultList()) {
            result.put(((Number) row[0]).longValue(), new Backlog(((Number) row[1]).longValue(), false));
        }
        return result;
    }

    private Conditions queued(ShiftQueue queue, String stationCode) {
        Conditions scoped = scoped(stationCode);
        Map<String, Object> parameters = new HashMap<>(scoped.parameters());
        queue.bind(parameters, scope.caller().accountId(), Instant.now());
        return new Conditions(scoped.jpql() + queue.jpql(), parameters);
    }

    /** What the caller may see: the station's shifts (staff), or those of the groups they are an active member of. */
    private Conditions scoped(String stationCode) {
        Caller caller = scope.caller();
        StringBuilder jpql = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        Long station = scope.stationFilter();
        if (caller.isStationStaff()) {
            if (station != null) {
                jpql.append(" AND s.stationId = :station");
                parameters.put("station", station);
            }
        } else {
            jpql.append(" AND EXISTS (SELECT m FROM GroupMember m WHERE m.group = s.group AND m.accountId = :member AND m.active = TRUE)");
            parameters.put("member", caller.accountId());
        }
        if (stationCode != null && !stationCode.isBlank()) {
            jpql.append(" AND s.stationId = (SELECT st.id FROM Station st WHERE st.code = :stationCode)");
            parameters.put("stationCode", stationCode.strip().toUpperCase(Locale.ROOT));
        }
        return new Conditions(jpql.toString(), parameters);
    }

    /**
     * The shifts as the caller sees them, earliest first: staff with the sign-ups, a volunteer
     * (or anyone listing their own, {@code own}) with their own sign-up.
     */
    private List<ShiftView> views(Conditions where, boolean own) {
        Caller caller = scope.caller();
        boolean staff = caller.isStationStaff() && !own;
        return where.bind(em.createQuery("SELECT s FROM Shift s" + where.jpql() + " ORDER BY s.startsAt, s.id", Shift.class))
                .setMaxResults(500).getResultStream().map(s -> view(s, staff ? null : memberFor(s, caller), staff)).toList();
    }


    public ShiftView shift(long shiftId) {
        Shift shift = readable(shiftId);
        Caller caller = scope.caller();
        boolean staff = caller.isStationStaff();
        return view(shift, staff ? null : memberFor(shift, caller), staff);
    }

    @RolesAllowed(Roles.VOLUNTEER)
    public ShiftView signUp(long shiftId) {
        return act(shiftId, (shift, member, now) -> shift.signUp(member, now));
    }

    @RolesAllowed(Roles.VOLUNTEER)
    public ShiftView cancelSignUp(long shiftId) {
        return act(shiftId, Shift::cancelSignUp);
    }

    @RolesAllowed(Roles.VOLUNTEER)
    public ShiftView checkIn(long shiftId) {
        return checkIn(shiftId, null, null, null);
    }

    /**
     * Checks in with where the phone is (all optional: a phone without a fix checks in all the
     * same). The position is judged against the shift's grid, else its community, else the
     * group's grid or community, else the station: on site inside it or within the tolerance
     * setting plus the accuracy. Off site is kept, flagged with the distance.
     */
    @RolesAllowed(Roles.VOLUNTEER)
    public ShiftView checkIn(long shiftId, Double latitude, Double longitude, Double accuracy) {
        return checkIn(shiftId, latitude, longitude, accuracy, null);
    }

    /**
     * The same, with the time the member tapped on the phone ({@code deviceTime}; null: the
     * server's clock decides). A phone without signal sends it later from its queue: accepted
     * within the offline tolerance setting, when that time lies in the check-in window; the
     * check-in is then stored at the phone's time, marked sent late when it arrived late.
     */
    @RolesAllowed(Roles.VOLUNTEER)
    public ShiftView checkIn(long shiftId, Double latitude, Double longitude, Double accuracy, Instant deviceTime) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        if (latitude != null && (latitude.isNaN() || latitude < -90 || latitude > 90)) {
            problems.add("latitude", "checkin.latitude");
        }
        if (longitude != null && (longitude.isNaN() || longitude < -180 || longitude > 180)) {
            problems.add("longitude", "checkin.longitude");
        }
        if (latitude == null != (longitude == null)) {
            problems.add(latitude == null ? "latitude" : "longitude", "checkin.bothOrNeither");
        }
        if (accuracy != null && (accuracy.isNaN() || accuracy < 0 || accuracy > MAX_ACCURACY)) {
            problems.add("accuracy", "checkin.accuracy", MAX_ACCURACY);
        }
        problems.throwIfAny();
        if (deviceTime == null) {
            return act(shiftId, (shift, member, now) -> shift.checkIn(member, now, judge(shift, latitude, longitude, accuracy)));
        }
        return act(shiftId, (shift, member, now) -> shift.checkIn(member, DeviceTime.of(deviceTime, now, offlineSettings.current().tolerance()),
                judge(shift, latitude, longitude, accuracy)));
    }

    /** A phone that cannot place itself within this many metres gives no position worth judging; more is refused. */
    static final int MAX_ACCURACY = 10_000;

    private CheckInPosition judge(Shift shift, Double latitude, Double longitude, Double accuracy) {
        if (latitude == null) {
            return CheckInPosition.NONE;
        }
        Area area = areaOf(shift);
        if (area == null) {
            return CheckInPosition.unjudged(latitude, longitude, accuracy);
        }
        return CheckInPosition.judged(latitude, longitude, accuracy, area.outline().distanceMetres(latitude, longitude),
                mapSettings.current().checkInToleranceMetres());
    }

    /** The narrowest area with a boundary the shift patrols: its grid, community, the group's grid, community, the station. */
    private Area areaOf(Shift shift) {
        PatrolGroup group = shift.getGroup();
        Area found = null;
        if (shift.getGridId() != null) {
            found = boundaries.area(Level.GRID, shift.getGridId());
        }
        if (found == null && shift.getCommunityId() != null) {
            found = boundaries.area(Level.COMMUNITY, shift.getCommunityId());
        }
        if (found == null && shift.getGridId() == null && shift.getCommunityId() == null) {
            if (group.getGrid() != null) {
                found = boundaries.area(Level.GRID, group.getGrid().getId());
            }
            if (found == null && group.getCommunity() != null) {
                found = boundaries.area(Level.COMMUNITY, group.getCommunity().getId());
            }
        }
        return found != null ? found : boundaries.area(Level.STATION, shift.stationId());
    }

    /** The form's grid and community: of the shift's station, the grid in the community; a grid alone stands for its community. */
    private void placeOf(Shift shift, NewShift form) {
        Grid grid = null;
        if (form.getGridId() != null) {
            grid = em.find(Grid.class, form.getGridId());
            if (grid == null || !grid.stationId().equals(shift.stationId())) {
                throw new InvalidInputException("gridId", "map.shift.grid");
            }
        }
        Community community = grid != null ? grid.getCommunity() : null;
        if (form.getCommunityId() != null) {
            if (community != null && !community.getId().equals(form.getCommunityId())) {
                throw new InvalidInputException("gridId", "map.shift.gridOfCommunity");
            }
            community = em.find(Community.class, form.getCommunityId());
            if (community == null || !community.stationId().equals(shift.stationId())) {
                throw new InvalidInputException("communityId", "map.shift.community");
            }
        }
        shift.patrols(community == null ? null : community.getId(), grid == null ? null : grid.getId());
    }

    /** Checking out closes the member's hours on this shift and writes their points (once). */
    @RolesAllowed(Roles.VOLUNTEER)
    public ShiftView checkOut(long shiftId) {
        return checkOut(shiftId, null);
    }

    /** The same at the time tapped on the phone ({@code deviceTime}; null: now), as a check-in's: hours count from it. */
    @RolesAllowed(Roles.VOLUNTEER)
    public ShiftView checkOut(long shiftId, Instant deviceTime) {
        ShiftView view = deviceTime == null ? act(shiftId, Shift::checkOut)
                : act(shiftId, (shift, member, now) -> shift.checkOut(member, DeviceTime.of(deviceTime, now, offlineSettings.current().tolerance())));
        Shift shift = em.find(Shift.class, shiftId);
        GroupMember member = memberFor(shift, scope.caller());
        ShiftSignup signup = shift.signupOf(member).orElseThrow();
        double hours = shift.hoursOf(signup);
        if (hours > 0) {
            points.award(member.getAccountId(), shift.getGroup().getId(), shift.stationId(), "SHIFT_HOUR", BigDecimal.valueOf(hours),
                    "points.reason.shift", List.of(shift.getArea(), String.valueOf(hours)), PointsLedger.Source.SHIFT_SIGNUP,
                    signup.getId(), scope.caller().username());
        }
        return view;
    }

    @RolesAllowed(Roles.VOLUNTEER)
    public ShiftView writeLog(long shiftId, String routeNotes, String findings) {
        if (routeNotes != null && routeNotes.length() > 2000 || findings != null && findings.length() > 2000) {
            throw new InvalidInputException("findings", "shift.log.tooLong");
        }
        return act(shiftId, (shift, member, now) -> shift.writeLog(member, routeNotes, findings));
    }

    @FunctionalInterface
    private interface MemberAction {
        void apply(Shift shift, GroupMember member, Instant now);
    }

    /** A member's step on a shift, with the shift row locked: two taps from two phones take turns. */
    private ShiftView act(long shiftId, MemberAction action) {
        Shift shift = em.find(Shift.class, shiftId, LockModeType.PESSIMISTIC_WRITE);
        Caller caller = scope.caller();
        GroupMember member = shift == null ? null : memberFor(shift, caller);
        if (member == null) {
            throw new RecordNotFoundException("Shift", shiftId);
        }
        action.apply(shift, member, Instant.now());
        em.flush();
        return view(shift, member, false);
    }

    private Shift readable(long shiftId) {
        Shift shift = em.find(Shift.class, shiftId);
        Caller caller = scope.caller();
        boolean allowed = shift != null && (caller.isStationStaff() ? scope.canSee(shift.stationId())
                : memberFor(shift, caller) != null);
        if (!allowed) {
            throw new RecordNotFoundException("Shift", shiftId);
        }
        return shift;
    }

    private GroupMember memberFor(Shift shift, Caller caller) {
        return groups.memberOf(shift.getGroup(), caller.accountId());
    }

    private ShiftView view(Shift s, GroupMember me, boolean withSignups) {
        SignupView mine = me == null ? null : s.signupOf(me).map(x -> signup(s, x)).orElse(null);
        List<SignupView> all = withSignups ? s.getSignups().stream().map(x -> signup(s, x)).toList() : List.of();
        return new ShiftView(s.getId(), s.getGroup().getId(), s.getGroup().getName(), s.getArea(), s.getStartsAt(), s.getEndsAt(),
                s.getNeeded(), s.signedUp(), s.isUnderstaffed(), s.isCancelled(), s.getCheckpoints(), s.getVersion(), mine, all,
                s.getGridId(), s.getCommunityId());
    }

    private static SignupView signup(Shift s, ShiftSignup x) {
        return new SignupView(x.getMember().getId(), x.getMember().getName(), x.getMember().getKind().name(), x.isActive(),
                x.getCheckedInAt(), x.getCheckedOutAt(), s.hoursOf(x), x.getRouteNotes(), x.getFindings(), x.getOnSite(),
                x.getDistanceMeters(), x.isSentLate() ? Boolean.TRUE : null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
