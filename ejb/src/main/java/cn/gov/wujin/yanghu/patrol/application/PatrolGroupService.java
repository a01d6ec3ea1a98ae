package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Community;
import cn.gov.wujin.yanghu.organization.domain.Grid;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.patrol.domain.GroupMember;
import cn.gov.wujin.yanghu.patrol.domain.MemberKind;
import cn.gov.wujin.yanghu.patrol.domain.MembershipApplication;
import cn.gov.wujin.yanghu.patrol.domain.PatrolGroup;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.RoleNotPermittedException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.shared.Masking;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Patrol groups and their rosters. Station staff see their station's groups; a volunteer
 * sees only the groups they belong to (any other answers "not found"), and may ask to join
 * another group of their station.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.VOLUNTEER})
public class PatrolGroupService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    /** The groups the caller works with: the station's (staff) or their own (volunteer). */
    public List<GroupView> groups() {
        return groups(null);
    }

    /** As {@link #groups()}, for staff optionally only the groups of one community (its grids included). */
    public List<GroupView> groups(Long communityId) {
        Caller caller = scope.caller();
        List<PatrolGroup> groups;
        if (caller.isStationStaff()) {
            Long station = scope.stationFilter();
            TypedQuery<PatrolGroup> query = em.createQuery("SELECT g FROM PatrolGroup g WHERE 1 = 1"
                    + (station == null ? "" : " AND g.stationId = :station")
                    + (communityId == null ? "" : " AND g.community.id = :community") + " ORDER BY g.name", PatrolGroup.class);
            if (station != null) {
                query.setParameter("station", station);
            }
            if (communityId != null) {
                query.setParameter("community", communityId);
            }
            groups = query.getResultList();
        } else {
            groups = em.createQuery("SELECT DISTINCT g FROM PatrolGroup g, GroupMember m WHERE m.group = g AND m.accountId = :me "
                    + "AND m.active = TRUE ORDER BY g.name", PatrolGroup.class).setParameter("me", caller.accountId()).getResultList();
        }
        return groups.stream().map(this::view).toList();
    }

    /** Active groups of the volunteer's station they do not belong to: where they may apply. */
    @RolesAllowed(Roles.VOLUNTEER)
    public List<GroupView> joinable() {
        Caller caller = scope.caller();
        return em.createQuery("SELECT g FROM PatrolGroup g WHERE g.stationId = :station AND g.active = TRUE AND NOT EXISTS "
                        + "(SELECT m FROM GroupMember m WHERE m.group = g AND m.accountId = :me AND m.active = TRUE) ORDER BY g.name",
                        PatrolGroup.class)
                .setParameter("station", caller.stationId()).setParameter("me", caller.accountId()).getResultStream()
                .map(this::view).toList();
    }

    public GroupView group(long id) {
        return view(visible(id));
    }

    /** The roster: staff see masked phones; fellow members see names and kinds only. */
    public List<MemberView> roster(long groupId) {
        PatrolGroup group = visible(groupId);
        boolean staff = scope.caller().isStationStaff();
        return em.createQuery("SELECT m FROM GroupMember m WHERE m.group = :g ORDER BY m.active DESC, m.name", GroupMember.class)
                .setParameter("g", group).getResultStream()
                .filter(m -> staff || m.isActive())
                .map(m -> new MemberView(m.getId(), username(m.getAccountId()), m.getName(), m.getKind().name(),
                        staff ? Masking.phone(m.getPhone()) : null, staff ? m.getSkills() : null, m.getJoinedOn(), m.isActive(),
                        m.getVersion()))
                .toList();
    }

    /** A new group of a station, led by one of its officers (the caller, when an officer and none is named). */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public GroupView createGroup(@NotNull GroupForm form) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        Station station = scope.targetStation(form.getStationCode()).orElse(null);
        if (station == null) {
            problems.add("stationCode", "fraud.station.notYours", form.getStationCode());
        }
        String name = groupName(form, problems);
        problems.throwIfAny();
        requireFreeName(station.getId(), name, null);
        PatrolGroup group = new PatrolGroup(station, name, leadingOfficer(form), area(form.getCommunityId(), Community.class),
                area(form.getGridId(), Grid.class));
        em.persist(group);
        em.flush();
        return view(group);
    }

    /**
     * Renames a group, hands it to another officer of its station, moves it to another
     * community or grid, or stands it down (inactive groups take no new members). Only its
     * officer or a station head may.
     */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public GroupView updateGroup(long id, @NotNull GroupForm form, boolean active, long expectedVersion) {
        PatrolGroup group = scope.find(PatrolGroup.class, id);
        Caller caller = scope.caller();
        if (!caller.has(Role.SUPERVISOR) && !group.isLedBy(caller.username())) {
            throw new RoleNotPermittedException("patrol.group.groupOfficer");
        }
        if (group.getVersion() != expectedVersion) {
            throw new ConflictException("PatrolGroup", id);
        }
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        String name = groupName(form, problems);
        problems.throwIfAny();
        requireFreeName(group.stationId(), name, group.getId());
        group.rename(name);
        if (form.getLeadingOfficer() != null && !form.getLeadingOfficer().isBlank()) {
            group.ledBy(leadingOfficer(form));
        }
        group.covers(area(form.getCommunityId(), Community.class), area(form.getGridId(), Grid.class));
        group.activate(active);
        em.flush();
        return view(group);
    }

    private static String groupName(GroupForm form, InvalidInputsException.Collector problems) {
        String name = form.getName() == null ? "" : form.getName().strip();
        if (name.isEmpty() || name.length() > 100) {
            problems.add("name", "patrol.group.name");
        }
        return name;
    }

    private void requireFreeName(long stationId, String name, Long except) {
        long sameName = em.createQuery("SELECT COUNT(g) FROM PatrolGroup g WHERE g.stationId = :s AND g.name = :n AND g.id <> :except",
                        Long.class)
                .setParameter("s", stationId).setParameter("n", name).setParameter("except", except == null ? -1L : except)
                .getSingleResult();
        if (sameName > 0) {
            throw new InvalidInputException("name", "patrol.group.nameTaken", name);
        }
    }

    /** The named officer, or the caller; the group checks that they are an active officer of its station. */
    private Account leadingOfficer(GroupForm form) {
        String username = form.getLeadingOfficer() == null || form.getLeadingOfficer().isBlank()
                ? scope.caller().username() : form.getLeadingOfficer().strip();
        return em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
    }

    /** A community or grid by id; one of another station passes here and is refused by the group. */
    private <T> T area(Long id, Class<T> type) {
        if (id == null) {
            return null;
        }
        T found = em.find(type, id);
        if (found == null) {
            throw new InvalidInputException(type == Grid.class ? "gridId" : "communityId", "patrol.group.unknownArea", id);
        }
        return found;
    }

    /** Puts someone without an account on the roster (a guard, a grid worker), or a volunteer by hand. */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public MemberView addMember(long groupId, @NotNull @Valid NewMember form) {
        PatrolGroup group = scope.find(PatrolGroup.class, groupId);
        MemberKind kind = kind(form.getKind());
        GroupMember member = new GroupMember(group, null, form.getName().strip(), kind, blankToNull(form.getPhone()),
                blankToNull(form.getSkills()), form.getJoinedOn() == null ? LocalDate.now(BureauTime.ZONE) : form.getJoinedOn());
        em.persist(member);
        em.flush();
        return roster(groupId).stream().filter(m -> m.id() == member.getId()).findFirst().orElseThrow();
    }

    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public MemberView updateMember(long memberId, @NotNull @Valid NewMember form, boolean active, long expectedVersion) {
        GroupMember member = em.find(GroupMember.class, memberId);
        if (member == null || !scope.canSee(member.getGroup().stationId())) {
            throw new RecordNotFoundException("GroupMember", memberId);
        }
        if (member.getVersion() != expectedVersion) {
            throw new ConflictException("GroupMember", memberId);
        }
        // the roster shows phones masked: a masked value sent back means "unchanged"
        String phone = form.getPhone() != null && form.getPhone().contains("*") ? member.getPhone() : blankToNull(form.getPhone());
        member.describe(form.getName().strip(), kind(form.getKind()), phone, blankToNull(form.getSkills()));
        member.activate(active);
        em.flush();
        return roster(member.getGroup().getId()).stream().filter(m -> m.id() == memberId).findFirst().orElseThrow();
    }

    /** A volunteer asks to join a group of their station. */
    @RolesAllowed(Roles.VOLUNTEER)
    public ApplicationView apply(long groupId, String motivation) {
        Caller caller = scope.caller();
        PatrolGroup group = em.find(PatrolGroup.class, groupId);
        if (group == null || !group.isActive() || !group.stationId().equals(caller.stationId())) {
            throw new RecordNotFoundException("PatrolGroup", groupId);
        }
        if (memberOf(group, caller.accountId()) != null) {
            throw new RuleViolationException("patrol.application.alreadyMember");
        }
        long pending = em.createQuery("SELECT COUNT(a) FROM MembershipApplication a WHERE a.group = :g AND a.accountId = :me "
                        + "AND a.status = :pending", Long.class).setParameter("g", group).setParameter("me", caller.accountId())
                .setParameter("pending", MembershipApplication.Status.PENDING).getSingleResult();
        if (pending > 0) {
            throw new RuleViolationException("patrol.application.pending");
        }
        if (motivation != null && motivation.length() > 500) {
            throw new InvalidInputException("motivation", "patrol.application.motivation");
        }
        MembershipApplication application = new MembershipApplication(group, caller.accountId(),
                blankToNull(motivation), Instant.now());
        em.persist(application);
        em.flush(); // the partial unique index refuses a second pending application sent at the same moment
        return view(application);
    }

    /** Pending applications to the station's groups (staff), or the caller's own (volunteer). */
    public List<ApplicationView> applications() {
        Caller caller = scope.caller();
        if (caller.isStationStaff()) {
            Long station = scope.stationFilter();
            TypedQuery<MembershipApplication> query = em.createQuery("SELECT a FROM MembershipApplication a WHERE a.status = :pending"
                            + (station == null ? "" : " AND a.group.stationId = :station") + " ORDER BY a.appliedAt",
                    MembershipApplication.class).setParameter("pending", MembershipApplication.Status.PENDING);
            return (station == null ? query : query.setParameter("station", station)).getResultStream().map(this::view).toList();
        }
        return em.createQuery("SELECT a FROM MembershipApplication a WHERE a.accountId = :me ORDER BY a.appliedAt DESC",
                MembershipApplication.class).setParameter("me", caller.accountId()).getResultStream().map(this::view).toList();
    }

    /** The group's officer (or a supervisor) approves, which puts the volunteer on the roster, or rejects. */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public ApplicationView decide(long applicationId, boolean approve, String note) {
        MembershipApplication application = em.find(MembershipApplication.class, applicationId);
        if (application == null || !scope.canSee(application.getGroup().stationId())) {
            throw new RecordNotFoundException("MembershipApplication", applicationId);
        }
        Caller caller = scope.caller();
        if (!caller.has(Role.SUPERVISOR) && !application.getGroup().isLedBy(caller.username())) {
            throw new RoleNotPermittedException("patrol.application.groupOfficer");
        }
        application.decide(approve, caller.username(), note, Instant.now());
        if (approve && memberOf(application.getGroup(), application.getAccountId()) == null) {
            Account volunteer = em.find(Account.class, application.getAccountId());
            GroupMember existing = em.createQuery("SELECT m FROM GroupMember m WHERE m.group = :g AND m.accountId = :a", GroupMember.class)
                    .setParameter("g", application.getGroup()).setParameter("a", volunteer.getId()).getResultStream().findFirst().orElse(null);
            if (existing != null) {
                existing.activate(true); // a former member comes back
            } else {
                em.persist(new GroupMember(application.getGroup(), volunteer.getId(), volunteer.getDisplayName(), MemberKind.VOLUNTEER,
                        volunteer.getPhone(), null, LocalDate.now(BureauTime.ZONE)));
            }
        }
        em.flush();
        return view(application);
    }

    /** The caller's active membership in a group, or null. */
    public GroupMember memberOf(PatrolGroup group, Long accountId) {
        if (accountId == null) {
            return null;
        }
        return em.createQuery("SELECT m FROM GroupMember m WHERE m.group = :g AND m.accountId = :a AND m.active = TRUE", GroupMember.class)
                .setParameter("g", group).setParameter("a", accountId).getResultStream().findFirst().orElse(null);
    }

    /** A group the caller may see: staff within their scope, volunteers their own groups only. */
    public PatrolGroup visible(long id) {
        PatrolGroup group = em.find(PatrolGroup.class, id);
        Caller caller = scope.caller();
        boolean allowed = group != null && (caller.isStationStaff() ? scope.canSee(group.stationId()) : memberOf(group, caller.accountId()) != null);
        if (!allowed) {
            throw new RecordNotFoundException("PatrolGroup", id);
        }
        return group;
    }

    private static MemberKind kind(String value) {
        try {
            return MemberKind.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("kind", "patrol.member.kind", value);
        }
    }

    private String username(Long accountId) {
        if (accountId == null) {
            return null;
        }
        Account a = em.find(Account.class, accountId);
        return a == null ? null : a.getUsername();
    }

    private GroupView view(PatrolGroup g) {
        long members = em.createQuery("SELECT COUNT(m) FROM GroupMember m WHERE m.group = :g AND m.active = TRUE", Long.class)
                .setParameter("g", g).getSingleResult();
        Community community = g.getCommunity();
        Grid grid = g.getGrid();
        return new GroupView(g.getId(), g.getName(), g.getStation().getCode(), community == null ? null : community.getId(),
                community == null ? null : community.getNameZh(), community == null ? null : community.getNameEn(),
                grid == null ? null : grid.getId(), grid == null ? null : grid.getName(), grid == null ? null : grid.getNameEn(),
                g.getLeadingOfficer().getUsername(),
                g.getLeadingOfficer().getDisplayName(), g.isActive(), members, g.getVersion());
    }

    private ApplicationView view(MembershipApplication a) {
        Account applicant = em.find(Account.class, a.getAccountId());
        return new ApplicationView(a.getId(), a.getGroup().getId(), a.getGroup().getName(), applicant.getDisplayName(),
                a.getMotivation(), a.getAppliedAt(), a.getStatus().name(), a.getDecidedBy(), a.getNote());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
