package cn.gov.wujin.yanghu.liaison.application;

import static cn.gov.wujin.yanghu.shared.SqlValues.instant;
import cn.gov.wujin.yanghu.shared.Conditions;
import cn.gov.wujin.yanghu.audit.AuditAction;
import cn.gov.wujin.yanghu.audit.AuditLog;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.RequestView;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.Satisfaction;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.TransitionView;
import cn.gov.wujin.yanghu.liaison.domain.Enterprise;
import cn.gov.wujin.yanghu.liaison.domain.EnterpriseRequest;
import cn.gov.wujin.yanghu.liaison.domain.FollowUp;
import cn.gov.wujin.yanghu.liaison.domain.LiaisonAssignment;
import cn.gov.wujin.yanghu.liaison.domain.Project;
import cn.gov.wujin.yanghu.liaison.domain.RequestCategory;
import cn.gov.wujin.yanghu.liaison.domain.RequestDeadline;
import cn.gov.wujin.yanghu.liaison.domain.RequestStatus;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.Backlog;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.RoleNotPermittedException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import cn.gov.wujin.yanghu.shared.Page;
import cn.gov.wujin.yanghu.shared.ScheduledRuns;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Enterprises' requests (诉求): taken down with a deadline from their category, worked and
 * resolved by their owner, closed with the enterprise's rating. Overdue requests are marked
 * at once and escalated to the station head by a timer that every instance may run: the
 * escalation is one UPDATE of rows not yet escalated, so each row is escalated once.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.LIAISON})
public class RequestService {

    private static final List<RequestStatus> OPEN = List.of(RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ScheduledRuns runs;

    @Inject
    private LiaisonScope access;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Event<RequestEscalated> escalations;

    public RequestView receive(@NotNull RequestForm form) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        Enterprise enterprise = null;
        Project project = null;
        if (form.getProjectId() != null) {
            project = access.project(form.getProjectId());
            enterprise = project.getEnterprise();
            if (form.getEnterpriseId() != null && !form.getEnterpriseId().equals(enterprise.getId())) {
                problems.add("projectId", "liaison.request.projectOfEnterprise");
            }
        } else if (form.getEnterpriseId() != null) {
            enterprise = access.enterprise(form.getEnterpriseId());
        } else {
            problems.add("enterpriseId", "liaison.request.enterprise");
        }
        RequestCategory category = null;
        try {
            category = RequestCategory.valueOf(form.getCategory() == null ? "" : form.getCategory().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("category", "liaison.request.category", form.getCategory());
        }
        String description = form.getDescription() == null ? "" : form.getDescription().strip();
        if (description.isEmpty() || description.length() > 2000) {
            problems.add("description", "liaison.request.description");
        }
        Instant now = Instant.now();
        Instant received = form.getReceivedAt() == null ? now : form.getReceivedAt().toInstant();
        if (BureauTime.isFuture(received, now) || received.isBefore(now.minusSeconds(366L * 24 * 3600))) {
            problems.add("receivedAt", "liaison.request.receivedAt");
        }
        problems.throwIfAny();
        Account owner = owner(form.getOwner(), project, enterprise);
        EnterpriseRequest request = new EnterpriseRequest(enterprise, project, category, description, received,
                em.find(RequestDeadline.class, category), owner, access.caller().username());
        em.persist(request);
        em.flush();
        return view(request, now);
    }

    /** The queue: open requests first, the nearest deadline first; overdue ones are marked. */
    public Page<RequestView> queue(RequestFilter filter, int first, int pageSize) {
        Conditions where = conditions(filter == null ? new RequestFilter() : filter);
        TypedQuery<EnterpriseRequest> rows = where.bind(em.createQuery("SELECT r FROM EnterpriseRequest r JOIN FETCH r.enterprise "
                + "JOIN FETCH r.owner LEFT JOIN FETCH r.project" + where.jpql()
                + " ORDER BY CASE WHEN r.resolvedAt IS NULL THEN 0 ELSE 1 END, r.deadlineAt, r.id", EnterpriseRequest.class));
        TypedQuery<Long> count = where.bind(em.createQuery("SELECT COUNT(r) FROM EnterpriseRequest r" + where.jpql(), Long.class));
        Instant now = Instant.now();
        List<RequestView> views = Page.window(rows, first, pageSize)
                .getResultStream().map(r -> view(r, now)).toList();
        return new Page<>(views, count.getSingleResult());
    }

    /**
     * What waits in the queue of this filter (a home page's count): the queue's own conditions,
     * counted up to {@code cap}, and whether an open one among them is past its deadline.
     */
    public Backlog backlog(RequestFilter filter, int cap) {
        Conditions where = conditions(filter);
        // the deadlines, not the ids: the station's request index (V10) alone answers
        long count = where.bind(em.createQuery("SELECT r.deadlineAt FROM EnterpriseRequest r" + where.jpql(), Instant.class))
                .setMaxResults(Math.max(1, cap)).getResultList().size();
        boolean overdue = count > 0 && !where.bind(em.createQuery("SELECT r.deadlineAt FROM EnterpriseRequest r" + where.jpql()
                        + " AND r.status IN :lateStatuses AND r.deadlineAt < :late", Instant.class))
                .setParameter("lateStatuses", OPEN).setParameter("late", Instant.now()).setMaxResults(1).getResultList().isEmpty();
        return new Backlog(count, overdue);
    }

    /** The same per station (the bureau's table): exact counts and whether any is overdue; stations without one left out. */
    @RolesAllowed(Roles.SUPERVISOR)
    public Map<Long, Backlog> backlogByStation(RequestFilter filter) {
        Conditions where = conditions(filter);
        Map<Long, Backlog> result = new HashMap<>();
        for (Object[] row : where.bind(em.createQuery("SELECT r.stationId, COUNT(r), SUM(CASE WHEN r.status IN :lateStatuses "
                        + "AND r.deadlineAt < :late THEN 1 ELSE 0 END) FROM EnterpriseRequest r" + where.jpql() + " GROUP BY r.stationId",
                Object[].class)).setParameter("lateStatuses", OPEN).setParameter("late", Instant.now()).getResultList()) {
            result.put(((Number) row[0]).longValue(), new Backlog(((Number) row[1]).longValue(), row[2] != null && ((Number) row[2]).longValue() > 0));
        }
        return result;
    }

    /** The queue's conditions, written once for its page, its total and the counts of a home page. */
    private Conditions conditions(RequestFilter f) {
        RequestStatus status = f.getStatus() == null || f.getStatus().isBlank() ? null : status("status", f.getStatus());
        Long station = access.stations().stationFilter();
        boolean supervisor = access.isSupervisor();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        Instant now = Instant.now();
        if (supervisor && station != null) {
            where.append(" AND r.stationId = :station");
            parameters.put("station", station);
        }
        if (!supervisor) {
            where.append(" AND (r.owner.id = :me OR EXISTS (SELECT a FROM LiaisonAssignment a WHERE a.endedAt IS NULL "
                    + "AND a.officer.id = :me AND (a.project = r.project OR a.enterprise = r.enterprise)))");
            parameters.put("me", access.caller().accountId());
        }
        if (f.getStationCode() != null) {
            where.append(" AND r.stationId = (SELECT st.id FROM Station st WHERE st.code = :stationCode)");
            parameters.put("stationCode", f.getStationCode().toUpperCase(Locale.ROOT));
        }
        if (status != null) {
            where.append(" AND r.status = :status");
            parameters.put("status", status);
        }
        if (f.isOverdueOnly()) {
            where.append(" AND r.status IN :open AND r.deadlineAt < :now");
            parameters.put("now", now);
        }
        if (f.isEscalatedOnly()) {
            where.append(RequestQueue.ESCALATED.jpql());
        }
        if (f.getQueue() != null) {
            where.append(f.getQueue().jpql());
            if (f.getQueue() == RequestQueue.DUE) {
                parameters.put("dueBy", now.plus(RequestQueue.DUE_AHEAD));
            }
        }
        if (where.indexOf(":open") >= 0) {
            parameters.put("open", OPEN);
        }
        if (f.isFollowUpOpen()) {
            where.append(" AND r.followUp = :followUp");
            parameters.put("followUp", FollowUp.OPEN);
        }
        if (f.getEnterpriseId() != null) {
            where.append(" AND r.enterprise.id = :enterprise");
            parameters.put("enterprise", f.getEnterpriseId());
        }
        return new Conditions(where.toString(), parameters);
    }


    public RequestView request(long id) {
        return view(access.request(id), Instant.now());
    }

    /** A project's requests, open first (for a project the caller has been allowed to see). */
    public List<RequestView> ofProject(Project project) {
        Instant now = Instant.now();
        return em.createQuery("SELECT r FROM EnterpriseRequest r JOIN FETCH r.owner WHERE r.project = :p "
                        + "ORDER BY CASE WHEN r.resolvedAt IS NULL THEN 0 ELSE 1 END, r.deadlineAt DESC", EnterpriseRequest.class)
                .setParameter("p", project).getResultStream().map(r -> view(r, now)).toList();
    }

    /** Moves a request on: to IN_PROGRESS, or to RESOLVED with what was done. Other moves answer 409. */
    public RequestView transition(long id, String to, String note, long expectedVersion) {
        EnterpriseRequest request = editable(id, expectedVersion);
        Instant now = Instant.now();
        String actor = access.caller().username();
        switch (status("to", to)) {
            case IN_PROGRESS -> request.start(actor, note, now);
            case RESOLVED -> request.resolve(actor, note, now);
            case CLOSED -> throw new InvalidInputException("to", "liaison.request.closeByRating");
            default -> throw new RuleViolationException("liaison.request.transition",
                    request.getStatus().name(), to);
        }
        em.flush();
        return view(request, now);
    }

    /** The enterprise's satisfaction (1–5) closes a resolved request; 1 or 2 opens a follow-up for the station head. */
    public RequestView rate(long id, Integer rating, String comment, long expectedVersion) {
        EnterpriseRequest request = editable(id, expectedVersion);
        if (rating == null) {
            throw new InvalidInputException("rating", "liaison.request.rating");
        }
        if (comment != null && comment.strip().length() > 500) {
            throw new InvalidInputException("comment", "common.tooLong", 500);
        }
        Instant now = Instant.now();
        request.close(rating, comment == null || comment.isBlank() ? null : comment.strip(), access.caller().username(), now);
        em.flush();
        return view(request, now);
    }

    /** The station head closes the follow-up of a low rating with a note. */
    @RolesAllowed(Roles.SUPERVISOR)
    public RequestView closeFollowUp(long id, String note, long expectedVersion) {
        EnterpriseRequest request = access.request(id);
        Caller caller = access.caller();
        if (caller.stationId() != null && !Objects.equals(caller.stationId(), request.stationId())) {
            throw new RoleNotPermittedException("liaison.request.stationHead");
        }
        if (request.getVersion() != expectedVersion) {
            throw new ConflictException("EnterpriseRequest", id);
        }
        if (note != null && note.strip().length() > 1000) {
            throw new InvalidInputException("note", "common.tooLong", 1000);
        }
        Instant now = Instant.now();
        request.closeFollowUp(note, caller.username(), now);
        em.flush();
        return view(request, now);
    }

    /**
     * Marks open requests past their deadline as escalated to the station head, now rather than
     * at the timer's next run; the trail names the administrator who asked.
     */
    @RolesAllowed(Roles.ADMIN)
    public int escalateOverdue() {
        return escalate(null);
    }

    /** Every minute, once across the deployment group: an overdue request reaches its head within a minute. */
    @Schedule(hour = "*", minute = "*", persistent = false)
    @PermitAll
    void escalateOnSchedule() {
        runs.once("enterprise-request-escalation", Duration.ofMinutes(1), () -> escalate(AuditLog.SYSTEM) + " escalated");
    }

    /**
     * Every instance runs the timer; the UPDATE takes each row once, so each escalation is
     * audited once and announced once (its liaison and the station's heads are told). It leaves
     * the version alone: an escalation must not turn someone's next step into a conflict.
     * {@code actor} null means the caller.
     */
    private int escalate(String actor) {
        List<?> escalated = em.createNativeQuery("UPDATE enterprise_request r SET escalated_at = now() FROM enterprise e "
                        + "WHERE e.id = r.enterprise_id AND r.status IN ('RECEIVED', 'IN_PROGRESS') AND r.deadline_at < now() "
                        + "AND r.escalated_at IS NULL "
                        + "RETURNING r.id, r.station_id, r.project_id, e.name, r.description, r.deadline_at, r.owner_id")
                .getResultList();
        for (Object row : escalated) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            long station = ((Number) r[1]).longValue();
            String summary = "escalated to the station head: overdue";
            if (actor == null) {
                auditLog.record(AuditAction.UPDATE, "EnterpriseRequest", id, station, summary);
            } else {
                auditLog.recordAs(actor, AuditAction.UPDATE, "EnterpriseRequest", id, station, summary);
            }
            escalations.fire(new RequestEscalated(id, station, r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3],
                    (String) r[4], instant(r[5]), ((Number) r[6]).longValue()));
        }
        return escalated.size();
    }


    /** Satisfaction of requests closed in the Beijing days [from, to], per station the caller sees. */
    @RolesAllowed(Roles.SUPERVISOR)
    public List<Satisfaction> satisfaction(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(BureauTime.ZONE);
        LocalDate first = from == null ? today.withDayOfYear(1) : from;
        LocalDate last = to == null ? today : to;
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "points.period.order");
        }
        Long station = access.stations().stationFilter();
        List<?> rows = em.createNativeQuery("SELECT s.code, count(*), avg(r.rating), "
                        + "count(*) FILTER (WHERE r.rating = 1), count(*) FILTER (WHERE r.rating = 2), count(*) FILTER (WHERE r.rating = 3), "
                        + "count(*) FILTER (WHERE r.rating = 4), count(*) FILTER (WHERE r.rating = 5), "
                        + "count(*) FILTER (WHERE r.follow_up = 'OPEN') "
                        + "FROM enterprise_request r JOIN station s ON s.id = r.station_id "
                        + "WHERE r.status = 'CLOSED' AND r.closed_at >= ?1 AND r.closed_at < ?2"
                        + (station == null ? "" : " AND r.station_id = ?3") + " GROUP BY s.code ORDER BY s.code")
                .setParameter(1, Timestamp.from(first.atStartOfDay(BureauTime.ZONE).toInstant()))
                .setParameter(2, Timestamp.from(last.plusDays(1).atStartOfDay(BureauTime.ZONE).toInstant()))
                .setParameter(3, station == null ? -1L : station).getResultList();
        List<Satisfaction> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long[] stars = new long[5];
            for (int i = 0; i < 5; i++) {
                stars[i] = ((Number) r[3 + i]).longValue();
            }
            result.add(new Satisfaction((String) r[0], ((Number) r[1]).longValue(),
                    new BigDecimal(r[2].toString()).setScale(2, RoundingMode.HALF_UP), stars, stars[0] + stars[1],
                    ((Number) r[8]).longValue()));
        }
        return result;
    }

    private EnterpriseRequest editable(long id, long expectedVersion) {
        EnterpriseRequest request = access.request(id);
        if (request.getVersion() != expectedVersion) {
            throw new ConflictException("EnterpriseRequest", id);
        }
        return request;
    }

    /** The named officer; else the project's (or enterprise's) liaison; else the caller. */
    private Account owner(String username, Project project, Enterprise enterprise) {
        Account owner;
        if (username != null && !username.isBlank()) {
            owner = em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username.strip())
                    .getResultStream().findFirst().orElse(null);
        } else {
            TypedQuery<LiaisonAssignment> running = em.createQuery("SELECT a FROM LiaisonAssignment a WHERE a.endedAt IS NULL AND "
                    + (project != null ? "(a.project = :p OR a.enterprise = :e)" : "a.enterprise = :e"), LiaisonAssignment.class)
                    .setParameter("e", enterprise);
            if (project != null) {
                running.setParameter("p", project);
            }
            // the project's own liaison before the enterprise's
            owner = running.getResultStream().sorted(Comparator.comparing(a -> a.getProject() == null))
                    .map(LiaisonAssignment::getOfficer).findFirst()
                    .orElseGet(() -> em.find(Account.class, access.caller().accountId()));
        }
        long station = project != null ? project.stationId() : enterprise.stationId();
        if (owner == null || !owner.isActive() || !Objects.equals(owner.stationId(), station)
                || !(owner.getRoles().contains(Role.LIAISON) || owner.getRoles().contains(Role.SUPERVISOR))) {
            throw new InvalidInputException("owner", "liaison.request.owner");
        }
        return owner;
    }

    /** A status named by the caller, in the field or parameter it came in (a list's filter, a move's target). */
    private static RequestStatus status(String field, String value) {
        try {
            return RequestStatus.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "liaison.request.status", value);
        }
    }

    private static RequestView view(EnterpriseRequest r, Instant now) {
        return new RequestView(r.getId(), r.getEnterprise().getId(), r.getEnterprise().getName(),
                r.getProject() == null ? null : r.getProject().getId(), r.getProject() == null ? null : r.getProject().getName(),
                r.getEnterprise().getStation().getCode(), r.getCategory().name(), r.getDescription(), r.getReceivedAt(),
                r.getDeadlineAt(), r.getOwner().getUsername(), r.getOwner().getDisplayName(), r.getStatus().name(),
                r.getResolution(), r.getRating(), r.getRatingComment(), r.isOverdueAt(now), r.getEscalatedAt(),
                r.getFollowUp().name(), r.getFollowUpNote(),
                r.getTransitions().stream().map(t -> new TransitionView(t.getFrom() == null ? null : t.getFrom().name(),
                        t.getTo().name(), t.getActor(), t.getAt(), t.getNote())).toList(), r.getVersion());
    }
}
