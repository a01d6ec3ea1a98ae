package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.audit.AuditEntryView;
import cn.gov.wujin.yanghu.audit.AuditRecord;
import cn.gov.wujin.yanghu.audit.AuditTrail;
import cn.gov.wujin.yanghu.audit.PersonalDataView;
import cn.gov.wujin.yanghu.fraud.domain.CaseStatus;
import cn.gov.wujin.yanghu.fraud.domain.FraudCase;
import cn.gov.wujin.yanghu.fraud.domain.FundReturn;
import cn.gov.wujin.yanghu.fraud.domain.LimitCode;
import cn.gov.wujin.yanghu.fraud.domain.StopPayment;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.application.OfficerChoice;
import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import cn.gov.wujin.yanghu.organization.application.StaffDirectory;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.Backlog;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading fraud cases: the list (filtered, sorted and counted in the database), one case,
 * its links, the cases carrying an identifier, its officers and its audit trail. Station staff
 * read their station's cases, bureau supervisors all ({@link StationScope}).
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
public class CaseQueries {

    private static final ZoneId BUREAU_ZONE = BureauTime.ZONE;

    private static final Map<String, String> SORTABLE = Map.of(
            "caseNumber", "caseNumber", "reportedAt", "reportedAt", "status", "status", "dueAt", "dueAt");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProcedureLimits limits;

    private final StationScope scope;
    private final CaseLinks links;
    private final CaseViewAssembler views;
    private final OrganizationService organization;
    private final AuditTrail auditTrail;
    private final StaffDirectory staff;

    @Inject
    public CaseQueries(StationScope scope, CaseLinks links, CaseViewAssembler views, OrganizationService organization,
                       AuditTrail auditTrail, StaffDirectory staff) {
        this.scope = scope;
        this.links = links;
        this.views = views;
        this.organization = organization;
        this.auditTrail = auditTrail;
        this.staff = staff;
    }

    /** For the container. */
    protected CaseQueries() {
        this(null, null, null, null, null, null);
    }

    /**
     * One page of the cases the caller may see, filtered and sorted in the database. Without a
     * {@code sortField} the list has its own order: a work queue the most urgent first (the
     * nearest due date), otherwise by report, the newest first unless {@code ascending}.
     */
    public Page<CaseRow> search(CaseFilter filter, int first, int pageSize, String sortField, boolean ascending) {
        CaseFilter f = filter == null ? CaseFilter.none() : filter;
        boolean ownOrder = sortField == null || sortField.isBlank();
        String field = ownOrder ? (f.queue() != null ? "dueAt" : "reportedAt") : SORTABLE.getOrDefault(sortField, "reportedAt");
        boolean up = ownOrder && f.queue() != null || ascending;
        Instant now = Instant.now();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<FraudCase> q = cb.createQuery(FraudCase.class);
        Root<FraudCase> c = q.from(FraudCase.class);
        c.fetch("station");
        c.fetch("fraudType");
        c.fetch("assignedOfficer", JoinType.LEFT);
        Expression<?> order = c.get(field);
        q.select(c).where(conditions(cb, q, c, f, now)).orderBy(up ? cb.asc(order) : cb.desc(order), cb.desc(c.get("id")));
        List<FraudCase> found = Page.window(em.createQuery(q), first, pageSize)
                // the page's losses: the transfers of all its cases in one query, not one per case
                .setHint("eclipselink.batch", "c.transfers").setHint("eclipselink.batch.type", "IN")
                .getResultList();
        Set<Long> goldenHour = needingStopPayment(found.stream().map(FraudCase::getId).toList(), now);
        List<CaseRow> rows = found.stream().map(k -> views.row(k, goldenHour.contains(k.getId()), now)).toList();
        return new Page<>(rows, count(f));
    }

    /** Of these cases, those whose money left within 48 hours with no stop-payment asked for yet (one query). */
    private Set<Long> needingStopPayment(List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<?> rows = em.createQuery("SELECT DISTINCT t.fraudCase.id FROM MoneyTransfer t WHERE t.fraudCase.id IN :ids "
                        + "AND t.transferredAt > :since AND NOT EXISTS (SELECT s FROM StopPayment s WHERE s.fraudCase = t.fraudCase)")
                .setParameter("ids", ids).setParameter("since", now.minus(limits.duration(LimitCode.STOP_PAYMENT_HOURS))).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).collect(Collectors.toSet());
    }

    public long count(CaseFilter filter) {
        CaseFilter f = filter == null ? CaseFilter.none() : filter;
        if (f.onlyStatusOrType()) {
            return countFromTally(f);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<FraudCase> c = q.from(FraudCase.class);
        q.select(cb.count(c)).where(conditions(cb, q, c, f, Instant.now()));
        return em.createQuery(q).getSingleResult();
    }

    /**
     * What waits in the list of this filter (a work queue, say), for a home page: how many cases,
     * counted up to {@code cap} (the list's index answers that at once, where an exact count of
     * tens of thousands of overdue cases would scan them all; an unbounded count when the tally
     * answers it), and whether any of them is overdue. The same conditions as the list's.
     */
    public Backlog backlog(CaseFilter filter, int cap) {
        CaseFilter f = filter == null ? CaseFilter.none() : filter;
        long count = f.onlyStatusOrType() ? countFromTally(f) : firstMatches(f, cap).size();
        boolean deadline = f.queue() == null || f.queue().hasDeadline();
        boolean overdue = deadline && count > 0 && (f.overdueOnly() || f.queue() == CaseQueue.OVERDUE || !firstMatches(f.overdue(), 1).isEmpty());
        return new Backlog(count, overdue);
    }

    /**
     * The same per station (the bureau's table): for each station the caller sees that has cases
     * of the queue's statuses (the tally says which, at once), {@link #backlog} of the filter
     * narrowed to that station, which is the station's list. Counting the whole bureau's overdue
     * cases grouped by station would read hundreds of thousands of rows; this reads at most
     * {@code cap} of each station's. Stations without a case are left out.
     */
    public Map<Long, Backlog> backlogByStation(CaseFilter filter, int cap) {
        CaseFilter f = filter == null ? CaseFilter.none() : filter;
        Set<CaseStatus> statuses = f.queue() == null || f.queue().statuses() == null ? null : f.queue().statuses();
        Long station = scope.stationFilter();
        List<?> candidates = em.createNativeQuery("SELECT DISTINCT s.id, s.code FROM fraud_case_tally t JOIN station s ON s.id = t.station_id "
                        + "WHERE t.cases > 0" + (station == null ? "" : " AND t.station_id = ?1")
                        // enum names, not input: written into the statement
                        + (statuses == null ? "" : " AND t.status IN (" + statuses.stream().map(x -> "'" + x.name() + "'")
                        .collect(Collectors.joining(", ")) + ")"))
                .setParameter(1, station == null ? -1L : station).getResultList();
        Map<Long, Backlog> result = new HashMap<>();
        for (Object row : candidates) {
            Object[] r = (Object[]) row;
            Backlog b = backlog(new CaseFilter(f.status(), f.fraudType(), f.reportedFrom(), f.reportedTo(), f.assignedOfficer(),
                    f.overdueOnly(), f.caseNumber(), f.queue(), (String) r[1]), cap);
            if (b.count() > 0) {
                result.put(((Number) r[0]).longValue(), b);
            }
        }
        return result;
    }

    /**
     * The first {@code limit} matching cases (their due dates: counting them then reads the
     * station's due-date index alone, V20), in no particular order.
     */
    private List<Instant> firstMatches(CaseFilter f, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Instant> q = cb.createQuery(Instant.class);
        Root<FraudCase> c = q.from(FraudCase.class);
        q.select(c.get("dueAt")).where(conditions(cb, q, c, f, Instant.now()));
        return em.createQuery(q).setMaxResults(Math.max(1, limit)).getResultList();
    }

    /** The same count from fraud_case_tally (kept by triggers): a few hundred rows instead of a scan. */
    private long countFromTally(CaseFilter f) {
        StringBuilder sql = new StringBuilder("SELECT coalesce(sum(cases), 0) FROM fraud_case_tally WHERE true");
        List<Object> parameters = new ArrayList<>();
        Long station = scope.stationFilter();
        if (station != null) {
            parameters.add(station);
            sql.append(" AND station_id = ?").append(parameters.size());
        }
        if (f.stationCode() != null && !f.stationCode().isBlank()) {
            parameters.add(f.stationCode().strip().toUpperCase(Locale.ROOT));
            sql.append(" AND station_id = (SELECT id FROM station WHERE code = ?").append(parameters.size()).append(")");
        }
        if (f.queue() != null) {
            Set<CaseStatus> statuses = EnumSet.copyOf(f.queue().statuses());
            if (f.status() != null) {
                statuses.retainAll(Set.of(f.status()));
            }
            if (statuses.isEmpty()) {
                return 0;
            }
            // enum names, not input: written into the statement
            sql.append(" AND status IN (").append(statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")))
                    .append(")");
        }
        if (f.status() != null) {
            parameters.add(f.status().name());
            sql.append(" AND status = ?").append(parameters.size());
        }
        if (f.fraudType() != null) {
            parameters.add(f.fraudType());
            sql.append(" AND fraud_type = ?").append(parameters.size());
        }
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private Predicate[] conditions(CriteriaBuilder cb, AbstractQuery<?> query, Root<FraudCase> c, CaseFilter f, Instant now) {
        List<Predicate> where = new ArrayList<>();
        where.add(scope.restrict(cb, c.get("stationId")));
        if (f.stationCode() != null && !f.stationCode().isBlank()) {
            Subquery<Long> station = query.subquery(Long.class);
            Root<Station> s = station.from(Station.class);
            station.select(s.get("id")).where(cb.equal(s.get("code"), f.stationCode().strip().toUpperCase(Locale.ROOT)));
            where.add(cb.equal(c.get("stationId"), station));
        }
        if (f.queue() != null) {
            where.add(f.queue().where(cb, query, c, now, limits.duration(LimitCode.STOP_PAYMENT_HOURS)));
        }
        if (f.status() != null) {
            where.add(cb.equal(c.get("status"), f.status()));
        }
        if (f.fraudType() != null) {
            where.add(cb.equal(c.get("fraudType").get("code"), f.fraudType()));
        }
        if (f.reportedFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(c.get("reportedAt"), f.reportedFrom().atStartOfDay(BUREAU_ZONE).toInstant()));
        }
        if (f.reportedTo() != null) {
            where.add(cb.lessThan(c.get("reportedAt"), f.reportedTo().plusDays(1).atStartOfDay(BUREAU_ZONE).toInstant()));
        }
        if (f.assignedOfficer() != null) {
            where.add(cb.equal(c.get("assignedOfficer").get("username"), f.assignedOfficer()));
        }
        if (f.overdueOnly()) {
            where.add(CaseQueue.OVERDUE.where(cb, query, c, now, limits.duration(LimitCode.STOP_PAYMENT_HOURS)));
        }
        if (f.caseNumber() != null && !f.caseNumber().isBlank()) {
            where.add(cb.like(c.get("caseNumber"), "%" + f.caseNumber().strip().toUpperCase(Locale.ROOT).replace("%", "") + "%"));
        }
        if (f.communityId() != null) {
            List<Long> ids = casesOfCommunity(f.communityId());
            where.add(ids.isEmpty() ? cb.disjunction() : c.get("id").in(ids));
        }
        return where.toArray(Predicate[]::new);
    }

    /**
     * The cases that came from a warning lead or a tip of the community (the heat layer's rule for
     * cases): the ids, read first by their indexed columns, since the tip is patrol's record, not a
     * fraud entity. A community's cases are a few hundred at most.
     */
    private List<Long> casesOfCommunity(long communityId) {
        List<?> rows = em.createNativeQuery("SELECT fraud_case_id FROM warning_lead WHERE community_id = ?1 AND fraud_case_id IS NOT NULL "
                + "UNION SELECT fraud_case_id FROM tip WHERE community_id = ?1 AND fraud_case_id IS NOT NULL")
                .setParameter(1, communityId).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    /** A case with personal data masked. */
    public FraudCaseView get(long id) {
        return views.view(scope.find(FraudCase.class, id), true, Instant.now());
    }

    /** A case with the victims' ID-card numbers and phones in full: written to the audit trail. */
    @PersonalDataView("FraudCase")
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public FraudCaseView getWithPersonalData(long id) {
        return views.view(scope.find(FraudCase.class, id), false, Instant.now());
    }

    public List<LinkedCase> links(long id) {
        return links.of(scope.find(FraudCase.class, id).getId());
    }

    /** All cases (in scope, or shown as other stations' numbers) that carry the identifier, whatever its kind. */
    public List<LinkedCase> carrying(String identifier) {
        return links.carrying(identifier);
    }

    /** The active officers of the case's station: whom a supervisor may hand it to. */
    public List<OfficerChoice> officersFor(long id) {
        return organization.staffOf(scope.find(FraudCase.class, id).stationId(), Role.OFFICER);
    }

    /** Who did what to the case, its stop-payments and returns, and who saw its personal data; newest first. */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public List<AuditEntryView> auditTrail(long id) {
        return auditTrail.of(trailOf(scope.find(FraudCase.class, id)));
    }

    /** The same trail as people read it: names for usernames, field by field, a change as what changed (the case page). */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public List<CaseAuditEntry> auditHistory(long id) {
        List<AuditRecord> records = auditTrail.recordsOf(trailOf(scope.find(FraudCase.class, id)));
        return CaseAuditAssembler.entries(records, staff.displayNames(CaseAuditAssembler.people(records)));
    }

    private Map<String, List<Long>> trailOf(FraudCase c) {
        return Map.of("FraudCase", List.of(c.getId()),
                "StopPayment", c.getStopPayments().stream().map(StopPayment::getId).toList(),
                "FundReturn", c.getReturns().stream().map(FundReturn::getId).toList(),
                "CaseDocument", documentsOf(c));
    }

    /** The case's documents (fraud.documents): their generations and reprints belong to its trail. */
    private List<Long> documentsOf(FraudCase c) {
        return em.createNativeQuery("SELECT id FROM case_document WHERE fraud_case_id = ?1").setParameter(1, c.getId())
                .getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    }
}
