package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.audit.AuditEntryView;
import cn.gov.wujin.yanghu.audit.AuditTrail;
import cn.gov.wujin.yanghu.audit.PersonalDataView;
import cn.gov.wujin.yanghu.fraud.domain.FraudCase;
import cn.gov.wujin.yanghu.fraud.domain.FundReturn;
import cn.gov.wujin.yanghu.fraud.domain.StopPayment;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.application.OfficerChoice;
import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
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

    private final StationScope scope;
    private final CaseLinks links;
    private final CaseViewAssembler views;
    private final OrganizationService organization;
    private final AuditTrail auditTrail;

    @Inject
    public CaseQueries(StationScope scope, CaseLinks links, CaseViewAssembler views, OrganizationService organization,
                       AuditTrail auditTrail) {
        this.scope = scope;
        this.links = links;
        this.views = views;
        this.organization = organization;
        this.auditTrail = auditTrail;
    }

    /** For the container. */
    protected CaseQueries() {
        this(null, null, null, null, null);
    }

    /** One page of the cases the caller may see, filtered and sorted in the database. */
    public Page<CaseRow> search(CaseFilter filter, int first, int pageSize, String sortField, boolean ascending) {
        CaseFilter f = filter == null ? CaseFilter.none() : filter;
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<FraudCase> q = cb.createQuery(FraudCase.class);
        Root<FraudCase> c = q.from(FraudCase.class);
        c.fetch("station");
        c.fetch("fraudType");
        c.fetch("assignedOfficer", JoinType.LEFT);
        Expression<?> order = c.get(SORTABLE.getOrDefault(sortField, "reportedAt"));
        q.select(c).where(conditions(cb, c, f)).orderBy(ascending ? cb.asc(order) : cb.desc(order), cb.desc(c.get("id")));
        Instant now = Instant.now();
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
                .setParameter("ids", ids).setParameter("since", now.minus(StopPayment.WINDOW)).getResultList();
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
        q.select(cb.count(c)).where(conditions(cb, c, f));
        return em.createQuery(q).getSingleResult();
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

    private Predicate[] conditions(CriteriaBuilder cb, Root<FraudCase> c, CaseFilter f) {
        List<Predicate> where = new ArrayList<>();
        where.add(scope.restrict(cb, c.get("stationId")));
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
            where.add(cb.lessThan(c.get("dueAt"), Instant.now()));
        }
        if (f.caseNumber() != null && !f.caseNumber().isBlank()) {
            where.add(cb.like(c.get("caseNumber"), "%" + f.caseNumber().strip().toUpperCase(Locale.ROOT).replace("%", "") + "%"));
        }
        return where.toArray(Predicate[]::new);
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
        FraudCase c = scope.find(FraudCase.class, id);
        return auditTrail.of(Map.of("FraudCase", List.of(c.getId()),
                "StopPayment", c.getStopPayments().stream().map(StopPayment::getId).toList(),
                "FundReturn", c.getReturns().stream().map(FundReturn::getId).toList()));
    }
}
