package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.audit.AuditEntryView;
import cn.gov.wujin.yanghu.audit.AuditTrail;
import cn.gov.wujin.yanghu.audit.PersonalDataView;
import cn.gov.wujin.yanghu.fraud.domain.CaseAction;
import cn.gov.wujin.yanghu.fraud.domain.FraudCase;
import cn.gov.wujin.yanghu.fraud.domain.FraudType;
import cn.gov.wujin.yanghu.fraud.domain.FundReturn;
import cn.gov.wujin.yanghu.fraud.domain.IdentifierType;
import cn.gov.wujin.yanghu.fraud.domain.PaymentChannel;
import cn.gov.wujin.yanghu.fraud.domain.StopPayment;
import cn.gov.wujin.yanghu.fraud.warning.WarningLeadService;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.application.OfficerChoice;
import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.patrol.application.TipService;
import cn.gov.wujin.yanghu.shared.Amount;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.IdCardNumbers;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.shared.Masking;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fraud cases: intake (报案登记), reading, the procedure's transitions and case linking.
 * Station staff work on their station's cases; bureau supervisors on all.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
public class FraudCaseService {

    private static final ZoneId BUREAU_ZONE = CaseNumbers.BUREAU_ZONE;


    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    @Inject
    private OrganizationService organization;

    @Inject
    private CaseLinks links;

    @Inject
    private CaseNumbers caseNumbers;

    @Inject
    private WarningLeadService leads;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private TipService tips;

    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.LIAISON, Roles.ADMIN})
    public List<FraudTypeView> fraudTypes() {
        return em.createNamedQuery("FraudType.all", FraudType.class).getResultList().stream()
                .map(FraudCaseService::view).toList();
    }

    /** Changes a fraud type's names, order or active flag (ADMIN); codes never change, cases keep them. */
    @RolesAllowed(Roles.ADMIN)
    public FraudTypeView reviseFraudType(String code, String nameZh, String nameEn, int sortOrder, boolean active, long version) {
        FraudType type = em.find(FraudType.class, code);
        if (type == null) {
            throw new RecordNotFoundException("FraudType", code);
        }
        if (type.getVersion() != version) {
            throw new ConflictException("FraudType", code);
        }
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        if (nameZh == null || nameZh.isBlank() || nameZh.length() > 60) {
            problems.add("nameZh", "fraudType.name.invalid");
        }
        if (nameEn == null || nameEn.isBlank() || nameEn.length() > 100) {
            problems.add("nameEn", "fraudType.name.invalid");
        }
        problems.throwIfAny();
        type.revise(nameZh.strip(), nameEn.strip(), sortOrder, active);
        em.flush();
        return view(type);
    }

    private static FraudTypeView view(FraudType t) {
        return new FraudTypeView(t.getCode(), t.getNameZh(), t.getNameEn(), t.getSortOrder(), t.isActive(), t.getVersion());
    }

    /** Registers a report; every invalid input is named at once and nothing is stored. */
    public FraudCaseView register(@NotNull @Valid NewFraudCase form) {
        Caller caller = scope.caller();
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        Station station = scope.targetStation(form.getStationCode()).orElse(null);
        if (station == null) {
            problems.add("stationCode", blank(form.getStationCode()) ? "fraud.station.required" : "fraud.station.notYours",
                    form.getStationCode());
        }
        FraudType type = form.getFraudType() == null ? null : em.find(FraudType.class, form.getFraudType());
        if (type == null || !type.isActive()) {
            problems.add("fraudType", "fraud.type.unknown", form.getFraudType());
        }
        Instant now = Instant.now();
        Instant reportedAt = form.getReportedAt().toInstant();
        if (BureauTime.isFuture(reportedAt, now)) {
            problems.add("reportedAt", "fraud.reportedAt.future");
        }
        if (form.getContactStartedAt() != null && form.getContactStartedAt().toInstant().isAfter(reportedAt)) {
            problems.add("contactStartedAt", "fraud.contactStartedAt.afterReport");
        }
        checkVictims(form, problems);
        checkTransfers(form, problems);
        List<String[]> identifiers = normalizedIdentifiers(form, problems);
        problems.throwIfAny();

        FraudCase fraudCase = new FraudCase(caseNumbers.next(station, now), station, type,
                reportedAt, form.getNarrative().strip(), caller.username(), now);
        if (form.getContactStartedAt() != null || form.getContactMethod() != null) {
            fraudCase.describeContact(form.getContactStartedAt() == null ? null : form.getContactStartedAt().toInstant(),
                    form.getContactMethod());
        }
        for (NewFraudCase.VictimInput v : form.getVictims()) {
            fraudCase.addVictim(v.getName().strip(), IdCardNumbers.normalize(blankToNull(v.getIdNumber())),
                    phone(v.getPhone()), v.getAge(), blankToNull(v.getOccupation()));
        }
        for (NewFraudCase.TransferInput t : form.getTransfers()) {
            fraudCase.addTransfer(t.getTime().toInstant(), Amount.parse(t.getAmount()).orElseThrow(),
                    PaymentChannel.valueOf(t.getChannel()), blankToNull(t.getFromAccount()), blankToNull(t.getToAccount()),
                    blankToNull(t.getToBank()));
        }
        for (String[] identifier : identifiers) {
            fraudCase.addIdentifier(IdentifierType.valueOf(identifier[0]), identifier[1], identifier[2]);
        }
        if (caller.has(Role.OFFICER)) {
            fraudCase.assignTo(em.find(Account.class, caller.accountId()));
        }
        em.persist(fraudCase);
        leads.linkCaseToEarlierLeads(fraudCase);
        em.flush();
        if (form.getTipId() != null) {
            try {
                tips.caseOpened(form.getTipId(), fraudCase.getId());
            } catch (RecordNotFoundException e) {
                throw new InvalidInputException("tipId", "tip.case.unknown", form.getTipId());
            }
        }
        return view(fraudCase, true);
    }

    private static final Map<String, String> SORTABLE = Map.of(
            "caseNumber", "caseNumber", "reportedAt", "reportedAt", "status", "status", "dueAt", "dueAt");

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
        List<CaseRow> rows = found.stream()
                .map(k -> new CaseRow(k.getId(), k.getCaseNumber().value(), k.getStation().getCode(), k.getFraudType().getCode(),
                        k.getStatus().name(), k.getReportedAt(),
                        k.getAssignedOfficer() == null ? null : k.getAssignedOfficer().getDisplayName(), k.getDueAt(),
                        k.isOverdueAt(now), k.totalLoss().toPlainString(), goldenHour.contains(k.getId())))
                .toList();
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
        jakarta.persistence.Query query = em.createNativeQuery(sql.toString());
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
        return view(scope.find(FraudCase.class, id), true);
    }

    /** A case with the victims' ID-card numbers and phones in full: written to the audit trail. */
    @PersonalDataView("FraudCase")
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public FraudCaseView getWithPersonalData(long id) {
        return view(scope.find(FraudCase.class, id), false);
    }

    public List<LinkedCase> links(long id) {
        return links.of(scope.find(FraudCase.class, id).getId());
    }

    /** All cases (in scope, or shown as other stations' numbers) that carry the identifier, whatever its kind. */
    public List<LinkedCase> findByIdentifier(String value) {
        return links.carrying(value);
    }

    /** Moves a case one step; {@code expectedVersion} (when given) must still be current. */
    public FraudCaseView perform(long id, @NotNull CaseAction action, String reason, Long expectedVersion) {
        FraudCase fraudCase = scope.find(FraudCase.class, id);
        if (expectedVersion != null && expectedVersion != fraudCase.getVersion()) {
            throw new ConflictException("FraudCase", id);
        }
        Caller caller = scope.caller();
        fraudCase.perform(action, caller.username(), caller.roles(), reason, Instant.now());
        em.flush();
        return view(fraudCase, true);
    }

    /**
     * Hands the case to another officer of its station and/or moves the next step's due
     * date. Reassigning is a supervisor's decision; the assigned officer may move the date.
     */
    public FraudCaseView reassign(long id, String officerUsername, OffsetDateTime dueAt, Long expectedVersion) {
        FraudCase fraudCase = scope.find(FraudCase.class, id);
        if (expectedVersion != null && expectedVersion != fraudCase.getVersion()) {
            throw new ConflictException("FraudCase", id);
        }
        if (blank(officerUsername) && dueAt == null) {
            throw new InvalidInputException("officer", "fraud.assign.nothing");
        }
        Caller caller = scope.caller();
        if (!blank(officerUsername)) {
            Account officer = em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", officerUsername.strip())
                    .getResultStream().findFirst().orElse(null);
            fraudCase.reassign(officer, caller.roles());
        }
        if (dueAt != null) {
            fraudCase.reschedule(dueAt.toInstant(), caller.username(), caller.roles(), Instant.now());
        }
        em.flush();
        return view(fraudCase, true);
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

    private static void checkVictims(NewFraudCase form, InvalidInputsException.Collector problems) {
        for (int i = 0; i < form.getVictims().size(); i++) {
            NewFraudCase.VictimInput v = form.getVictims().get(i);
            String idNumber = blankToNull(v.getIdNumber());
            if (idNumber != null && !IdCardNumbers.isValid(idNumber)) {
                problems.add("victims[" + i + "].idNumber", "validation.idCard");
            }
            if (blankToNull(v.getPhone()) != null && phone(v.getPhone()) == null) {
                problems.add("victims[" + i + "].phone", "fraud.phone.invalid");
            }
        }
    }

    private static void checkTransfers(NewFraudCase form, InvalidInputsException.Collector problems) {
        for (int i = 0; i < form.getTransfers().size(); i++) {
            NewFraudCase.TransferInput t = form.getTransfers().get(i);
            if (Amount.parse(t.getAmount()).filter(Amount::isPositive).isEmpty()) {
                problems.add("transfers[" + i + "].amount", Amount.INVALID);
            }
            try {
                PaymentChannel.valueOf(t.getChannel());
            } catch (IllegalArgumentException e) {
                problems.add("transfers[" + i + "].channel", "fraud.channel.unknown", t.getChannel());
            }
        }
    }

    /** [type, raw, normalized] for each identifier; invalid ones are reported. */
    private static List<String[]> normalizedIdentifiers(NewFraudCase form, InvalidInputsException.Collector problems) {
        ArrayList<String[]> result = new ArrayList<>();
        for (int i = 0; i < form.getIdentifiers().size(); i++) {
            NewFraudCase.IdentifierInput input = form.getIdentifiers().get(i);
            IdentifierType type;
            try {
                type = IdentifierType.valueOf(input.getType());
            } catch (IllegalArgumentException e) {
                problems.add("identifiers[" + i + "].type", "fraud.identifier.typeUnknown", input.getType());
                continue;
            }
            final int index = i;
            type.normalize(input.getValue()).ifPresentOrElse(
                    normalized -> result.add(new String[]{type.name(), input.getValue().strip(), normalized}),
                    () -> problems.add(new InvalidInputException("identifiers[" + index + "].value", "fraud.identifier.invalid", type.name())));
        }
        return result;
    }

    private static String phone(String raw) {
        return raw == null ? null : IdentifierType.PHONE.normalize(raw).orElse(null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private FraudCaseView view(FraudCase c, boolean masked) {
        Instant now = Instant.now();
        return new FraudCaseView(c.getId(), c.getCaseNumber().value(), c.stationId(), c.getStation().getCode(),
                c.getFraudType().getCode(), c.getStatus().name(), c.getReportedAt(), c.getContactStartedAt(),
                c.getContactMethod(), c.getNarrative(),
                c.getAssignedOfficer() == null ? null : c.getAssignedOfficer().getUsername(), c.getDueAt(), c.isOverdueAt(now),
                c.totalLoss().toPlainString(),
                c.getVictims().stream().map(v -> new FraudCaseView.Victim(v.getName(),
                        masked ? Masking.idCardNumber(v.getIdCardNumber()) : v.getIdCardNumber(),
                        masked ? Masking.phone(v.getPhone()) : v.getPhone(), v.getAge(), v.getOccupation(),
                        c.returnedTo(v).toPlainString())).toList(),
                c.getTransfers().stream().map(t -> new FraudCaseView.Transfer(t.getTransferredAt(), t.getAmount().toPlainString(),
                        t.getChannel().name(), t.getFromAccount(), t.getToAccount(), t.getToBank())).toList(),
                c.getIdentifiers().stream().map(i -> new FraudCaseView.Identifier(i.getType().name(), i.getRawValue(),
                        i.getNormalizedValue())).toList(),
                c.getTransitions().stream().map(t -> new FraudCaseView.Transition(t.getAction().name(), t.getFromStatus().name(),
                        t.getToStatus().name(), t.getActor(), t.getOccurredAt(), t.getReason())).toList(),
                links.of(c.getId()), masked, c.getVersion(), money(c, now), tips.ofCase(c.getId()));
    }

    private static FraudCaseView.Money money(FraudCase c, Instant now) {
        return new FraudCaseView.Money(c.totalStopped().toPlainString(), c.totalFrozen().toPlainString(),
                c.totalReturned().toPlainString(), c.needsStopPaymentAt(now),
                c.getStopPayments().stream().map(s -> new FraudCaseView.StopPayment(s.getId(), s.getBank(), s.getAccount(),
                        s.getAmountRequested().toPlainString(), s.getRequestedAt(), s.getRequestedBy(), plain(s.getAmountStopped()),
                        s.getStoppedAt(), plain(s.getAmountFrozen()), s.getFrozenAt(), s.windowEndsAt(), s.isExpiredAt(now),
                        s.isOpen())).toList(),
                c.getReturns().stream().map(r -> new FraudCaseView.Return(c.getVictims().indexOf(r.getVictim()) + 1,
                        r.getVictim().getName(), r.getAmount().toPlainString(), r.getReturnedAt(), r.getRecordedBy())).toList());
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    /** Asks a bank to stop payment on a receiving account (紧急止付). */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public FraudCaseView requestStopPayment(long caseId, @NotNull @Valid StopPaymentRequest request) {
        FraudCase c = locked(caseId);
        Instant now = Instant.now();
        Instant at = request.getRequestedAt() == null ? now : request.getRequestedAt().toInstant();
        c.requestStopPayment(request.getBank(), request.getAccount(), Amount.parse("amountRequested", request.getAmountRequested()),
                at, scope.caller().username());
        em.flush();
        return view(c, true);
    }

    /** Records the bank's answer to a stop-payment, or the freezing that follows it. */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public FraudCaseView recordStopPaymentOutcome(long caseId, long stopPaymentId, @NotNull StopPaymentOutcome outcome) {
        FraudCase c = locked(caseId);
        StopPayment stop = c.stopPayment(stopPaymentId);
        Instant at = outcome.getAt() == null ? Instant.now() : outcome.getAt().toInstant();
        // text that is no number is the request's "amount"; a number outside the rules is named by what it would be
        String field = !Amount.isDecimalText(outcome.getAmount()) ? "amount" : outcome.isFreeze() ? "amountFrozen" : "amountStopped";
        Amount amount = Amount.parse(field, outcome.getAmount());
        if (outcome.isFreeze()) {
            stop.recordFrozen(amount, at);
        } else {
            stop.recordStopped(amount, at);
        }
        em.flush();
        return view(c, true);
    }

    /** Records money returned to a victim (numbered from 1). */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public FraudCaseView recordReturn(long caseId, int victimNumber, String amount, OffsetDateTime returnedAt) {
        FraudCase c = locked(caseId);
        c.recordReturn(victimNumber, Amount.parse("amount", amount), returnedAt == null ? Instant.now() : returnedAt.toInstant(),
                scope.caller().username());
        em.flush();
        return view(c, true);
    }

    /**
     * The case, locked until the transaction ends, for changes inside the aggregate
     * (stop-payments, returns): concurrent writers take turns, so a rule that spans the
     * case, such as "returns never exceed the frozen total", sees the other's work. The
     * case's version steps too, also when only a stop-payment changed: whoever holds the case
     * as it was gets a conflict, and the trail gets the case's row with its new money state.
     */
    private FraudCase locked(long caseId) {
        return scope.require(em.find(FraudCase.class, caseId, LockModeType.PESSIMISTIC_FORCE_INCREMENT), caseId);
    }
}
