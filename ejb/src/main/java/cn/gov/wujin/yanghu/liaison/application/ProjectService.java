package cn.gov.wujin.yanghu.liaison.application;

import cn.gov.wujin.yanghu.shared.Conditions;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.AssignmentView;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.ProjectDetail;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.ProjectRow;
import cn.gov.wujin.yanghu.liaison.domain.Enterprise;
import cn.gov.wujin.yanghu.liaison.domain.LiaisonAssignment;
import cn.gov.wujin.yanghu.liaison.domain.Project;
import cn.gov.wujin.yanghu.liaison.domain.ProjectStage;
import cn.gov.wujin.yanghu.liaison.domain.RequestStatus;
import cn.gov.wujin.yanghu.organization.application.OfficerChoice;
import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.Backlog;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Major projects: the board (which projects lack a liaison, a recent visit, or have open
 * requests), a project's file, its stage, and who its liaison officer is.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.LIAISON})
public class ProjectService {

    private static final List<RequestStatus> OPEN = List.of(RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LiaisonScope access;

    @Inject
    private LiaisonAssignments assignments;

    @Inject
    private LiaisonSettingsService settings;

    @Inject
    private EnterpriseService enterprises;

    @Inject
    private VisitService visits;

    @Inject
    private RequestService requests;

    @Inject
    private OrganizationService organization;

    /** The board: the caller's projects (liaison) or the station's (supervisor), filtered, by name. */
    public Page<ProjectRow> board(ProjectFilter filter, int first, int pageSize) {
        LocalDate since = since();
        Conditions where = conditions(filter == null ? new ProjectFilter() : filter, since);
        TypedQuery<Project> rows = where.bind(em.createQuery("SELECT p FROM Project p JOIN FETCH p.enterprise JOIN FETCH p.station"
                + where.jpql() + " ORDER BY p.name, p.id", Project.class));
        TypedQuery<Long> count = where.bind(em.createQuery("SELECT COUNT(p) FROM Project p" + where.jpql(), Long.class));
        List<Project> page = Page.window(rows, first, pageSize).getResultList();
        return new Page<>(rows(page, since), count.getSingleResult());
    }

    /**
     * What the board of this filter holds (a home page's count): its own conditions, counted up to
     * {@code cap}. Overdue: a project without a recent visit is overdue by definition; a project
     * with follow-ups to do is when one of them is past its day.
     */
    public Backlog backlog(ProjectFilter filter, int cap) {
        LocalDate since = since();
        Conditions where = conditions(filter, since);
        long count = where.bind(em.createQuery("SELECT p.id FROM Project p" + where.jpql(), Long.class)).setMaxResults(Math.max(1, cap))
                .getResultList().size();
        boolean overdue = count > 0 && (filter.isNoRecentVisit() || filter.isFollowUpsOpen() && !where.bind(em.createQuery(
                "SELECT p.id FROM Project p" + where.jpql() + " AND EXISTS (SELECT f FROM VisitFollowUp f WHERE f.visit.project = p "
                        + "AND f.doneAt IS NULL AND f.dueOn < :today)", Long.class))
                .setParameter("today", LocalDate.now(BureauTime.ZONE)).setMaxResults(1).getResultList().isEmpty());
        return new Backlog(count, overdue);
    }

    /** The board's conditions, written once for its page, its total and the counts of a home page. */
    private Conditions conditions(ProjectFilter f, LocalDate since) {
        ProjectStage stage = f.getStage() == null || f.getStage().isBlank() ? null : stage(f.getStage());
        Long station = access.stations().stationFilter();
        boolean supervisor = access.isSupervisor();
        String active = "(SELECT a FROM LiaisonAssignment a WHERE a.endedAt IS NULL AND (a.project = p OR a.enterprise = p.enterprise)";
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (supervisor && station != null) {
            where.append(" AND p.stationId = :station");
            parameters.put("station", station);
        }
        if (!supervisor) {
            where.append(" AND ").append(LiaisonScope.RUNS_PROJECT);
            parameters.put("me", access.caller().accountId());
        }
        if (stage != null) {
            where.append(" AND p.stage = :stage");
            parameters.put("stage", stage);
        }
        if (f.getLiaison() != null && !f.getLiaison().isBlank()) {
            where.append(" AND EXISTS ").append(active).append(" AND a.officer.username = :liaison)");
            parameters.put("liaison", f.getLiaison().strip());
        }
        if (f.isWithoutLiaison()) {
            where.append(" AND NOT EXISTS ").append(active).append(")");
        }
        if (f.isNoRecentVisit()) {
            where.append(" AND NOT EXISTS (SELECT v FROM Visit v WHERE v.project = p AND v.visitedOn >= :since)");
            parameters.put("since", since);
        }
        if (f.isOpenRequests()) {
            where.append(" AND EXISTS (SELECT r FROM EnterpriseRequest r WHERE r.project = p AND r.status IN :open)");
            parameters.put("open", OPEN);
        }
        if (f.isFollowUpsOpen()) {
            where.append(" AND EXISTS (SELECT fu FROM VisitFollowUp fu WHERE fu.visit.project = p AND fu.doneAt IS NULL)");
        }
        if (f.getEnterpriseId() != null) {
            where.append(" AND p.enterprise.id = :enterprise");
            parameters.put("enterprise", f.getEnterpriseId());
        }
        return new Conditions(where.toString(), parameters);
    }


    /** The project's file: the project, its enterprise, liaison history, visits (newest first) and requests. */
    public ProjectDetail project(long id) {
        Project p = access.project(id);
        LocalDate since = since();
        ProjectRow row = rows(List.of(p), since).get(0);
        List<AssignmentView> history = em.createQuery("SELECT a FROM LiaisonAssignment a JOIN FETCH a.officer "
                        + "WHERE a.project = :p OR a.enterprise = :e ORDER BY a.startedAt DESC, a.id DESC", LiaisonAssignment.class)
                .setParameter("p", p).setParameter("e", p.getEnterprise()).getResultStream()
                .map(a -> new AssignmentView(a.getId(), a.getOfficer().getUsername(), a.getOfficer().getDisplayName(),
                        a.getStartedAt(), a.getAssignedBy(), a.getReason(), a.getEndedAt(), a.getEndedBy(), a.getEndReason(),
                        a.getEnterprise() != null))
                .toList();
        return new ProjectDetail(row, enterprises.view(p.getEnterprise()), p.getSiteAddress(), p.getSignedOn(), p.getLandedOn(),
                p.getConstructionOn(), p.getOperatingOn(), history, visits.ofProject(p), requests.ofProject(p));
    }

    @RolesAllowed(Roles.SUPERVISOR)
    public ProjectRow register(@NotNull ProjectForm form) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        Enterprise enterprise = form.getEnterpriseId() == null ? null : access.enterprise(form.getEnterpriseId());
        if (enterprise == null) {
            problems.add("enterpriseId", "liaison.project.enterprise");
        }
        Station station = form.getStationCode() == null || form.getStationCode().isBlank()
                ? (enterprise == null ? null : enterprise.getStation())
                : access.stations().targetStation(form.getStationCode()).orElse(null);
        if (station == null && enterprise != null) {
            problems.add("stationCode", "fraud.station.notYours", form.getStationCode());
        }
        String name = checkName(form, enterprise, null, problems);
        checkDetails(form, problems);
        problems.throwIfAny();
        Project project = new Project(enterprise, station, name, Instant.now());
        project.describe(name, form.getSiteAddress() == null || form.getSiteAddress().isBlank() ? null : form.getSiteAddress().strip(),
                form.getInvestment(), form.getSignedOn());
        em.persist(project);
        em.flush();
        return rows(List.of(project), since()).get(0);
    }

    /** Corrects a project's name, site, investment or signing day (a supervisor, or its liaison). */
    public ProjectRow describe(long id, @NotNull ProjectForm form, long expectedVersion) {
        Project project = access.project(id);
        if (project.getVersion() != expectedVersion) {
            throw new ConflictException("Project", id);
        }
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        String name = checkName(form, project.getEnterprise(), id, problems);
        checkDetails(form, problems);
        problems.throwIfAny();
        project.describe(name, form.getSiteAddress() == null || form.getSiteAddress().isBlank() ? null : form.getSiteAddress().strip(),
                form.getInvestment(), form.getSignedOn());
        em.flush();
        return rows(List.of(project), since()).get(0);
    }

    /** The project's name: given, at most 200 characters, and not another project's of the same enterprise. */
    private String checkName(ProjectForm form, Enterprise enterprise, Long except, InvalidInputsException.Collector problems) {
        String name = form.getName() == null ? "" : form.getName().strip();
        if (name.isEmpty() || name.length() > 200) {
            problems.add("name", "liaison.project.name");
        } else if (enterprise != null && em.createQuery("SELECT COUNT(p) FROM Project p WHERE p.enterprise = :e AND p.name = :n "
                        + "AND p.id <> :except", Long.class)
                .setParameter("e", enterprise).setParameter("n", name).setParameter("except", except == null ? -1L : except)
                .getSingleResult() > 0) {
            problems.add("name", "liaison.project.nameTaken", name);
        }
        return name;
    }

    private static void checkDetails(ProjectForm form, InvalidInputsException.Collector problems) {
        if (form.getSiteAddress() != null && form.getSiteAddress().strip().length() > 300) {
            problems.add("siteAddress", "common.tooLong", 300);
        }
        if (form.getInvestment() != null && (form.getInvestment().signum() < 0 || form.getInvestment().scale() > 2
                || form.getInvestment().precision() - form.getInvestment().scale() > 14)) {
            problems.add("investment", "liaison.project.investment");
        }
    }

    /** The project reached a later stage on a day (its liaison or a supervisor says so). */
    public ProjectRow reachStage(long id, String stage, LocalDate on, long expectedVersion) {
        Project project = access.project(id);
        if (project.getVersion() != expectedVersion) {
            throw new ConflictException("Project", id);
        }
        LocalDate today = LocalDate.now(BureauTime.ZONE);
        if (on != null && on.isAfter(today)) {
            throw new InvalidInputException("on", "liaison.project.stageFuture");
        }
        project.reach(stage(stage), on == null ? today : on);
        em.flush();
        return rows(List.of(project), since()).get(0);
    }

    @RolesAllowed(Roles.SUPERVISOR)
    public ProjectDetail assignLiaison(long id, String officer, String reason, long expectedVersion) {
        assignments.assignToProject(id, officer, reason, expectedVersion);
        return project(id);
    }

    /** Liaison officers of the project's station: whom it can be handed to. */
    @RolesAllowed(Roles.SUPERVISOR)
    public List<OfficerChoice> liaisonsFor(long id) {
        return organization.staffOf(access.project(id).stationId(), Role.LIAISON);
    }

    private static ProjectStage stage(String value) {
        try {
            return ProjectStage.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("stage", "liaison.project.stage");
        }
    }

    private LocalDate since() {
        return LocalDate.now(BureauTime.ZONE).minusDays(settings.noVisitDays());
    }

    /** Board rows for a page of projects: liaison, last visit and request counts in one query each. */
    private List<ProjectRow> rows(List<Project> page, LocalDate since) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, LiaisonAssignment> liaisons = new HashMap<>();
        Map<Long, LiaisonAssignment> enterpriseLiaisons = new HashMap<>();
        em.createQuery("SELECT a FROM LiaisonAssignment a JOIN FETCH a.officer WHERE a.endedAt IS NULL "
                        + "AND (a.project IN :projects OR a.enterprise IN :enterprises)", LiaisonAssignment.class)
                .setParameter("projects", page).setParameter("enterprises", page.stream().map(Project::getEnterprise).distinct().toList())
                .getResultStream().forEach(a -> {
                    if (a.getProject() != null) {
                        liaisons.put(a.getProject().getId(), a);
                    } else {
                        enterpriseLiaisons.put(a.getEnterprise().getId(), a);
                    }
                });
        Map<Long, LocalDate> lastVisits = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT v.project.id, MAX(v.visitedOn) FROM Visit v WHERE v.project IN :projects "
                + "GROUP BY v.project.id", Object[].class).setParameter("projects", page).getResultList()) {
            lastVisits.put((Long) r[0], (LocalDate) r[1]);
        }
        Map<Long, long[]> open = new HashMap<>();
        Instant now = Instant.now();
        for (Object[] r : em.createQuery("SELECT r.project.id, COUNT(r), SUM(CASE WHEN r.deadlineAt < :now THEN 1 ELSE 0 END) "
                        + "FROM EnterpriseRequest r WHERE r.project IN :projects AND r.status IN :open GROUP BY r.project.id", Object[].class)
                .setParameter("projects", page).setParameter("open", OPEN).setParameter("now", now).getResultList()) {
            open.put((Long) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        return page.stream().map(p -> {
            LiaisonAssignment a = liaisons.getOrDefault(p.getId(), enterpriseLiaisons.get(p.getEnterprise().getId()));
            LocalDate last = lastVisits.get(p.getId());
            long[] counts = open.getOrDefault(p.getId(), new long[2]);
            return new ProjectRow(p.getId(), p.getName(), p.getEnterprise().getId(), p.getEnterprise().getName(),
                    p.getStation().getCode(), p.getStage().name(), p.getInvestment(),
                    a == null ? null : a.getOfficer().getUsername(), a == null ? null : a.getOfficer().getDisplayName(),
                    last, last == null || last.isBefore(since), counts[0], counts[1], p.getVersion());
        }).toList();
    }
}
