package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.fraud.domain.FraudCase;
import cn.gov.wujin.yanghu.fraud.domain.FraudType;
import cn.gov.wujin.yanghu.fraud.warning.LeadLinks;
import cn.gov.wujin.yanghu.fraud.warning.LeadOutcome;
import cn.gov.wujin.yanghu.fraud.warning.OutcomeRequest;
import cn.gov.wujin.yanghu.fraud.warning.WarningLead;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.shared.Masking;
import cn.gov.wujin.yanghu.shared.RoleNotPermittedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Registers fraud cases (报案登记): the one way a case comes into being, whether reported at the
 * station, opened from a volunteer's tip, from a warning lead whose person was already
 * defrauded, or loaded as demo data. Every way takes the same checks ({@link CaseIntakeChecks}),
 * names every invalid input at once and stores nothing then; a registered case gets its number,
 * its officer, its links to earlier leads and its audit rows, and {@link FraudCaseRegistered} is
 * fired in the same transaction.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
public class CaseIntake {

    /** How a warning lead's outcome request nests the report: its refusals name the fields so. */
    private static final String LEAD_CASE = "case.";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    private final StationScope scope;
    private final CaseNumbers caseNumbers;
    private final LeadLinks leadLinks;
    private final CaseViewAssembler views;
    private final Event<FraudCaseRegistered> registered;
    /** A Boolean, not a boolean: Payara's generated EJB view calls this constructor with nulls. */
    private final Boolean demo;

    @Inject
    public CaseIntake(StationScope scope, CaseNumbers caseNumbers, LeadLinks leadLinks, CaseViewAssembler views,
                      Event<FraudCaseRegistered> registered,
                      @ConfigProperty(name = "yanghu.demo", defaultValue = "false") Boolean demo) {
        this.scope = scope;
        this.caseNumbers = caseNumbers;
        this.leadLinks = leadLinks;
        this.views = views;
        this.registered = registered;
        this.demo = demo;
    }

    /** For the container. */
    protected CaseIntake() {
        this(null, null, null, null, null, null);
    }

    /** A report taken at the station (or from a tip, {@code tipId}): the caller's station unless one is named. */
    public FraudCaseView register(@NotNull @Valid NewFraudCase form) {
        Caller caller = scope.caller();
        Instant now = Instant.now();
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        Station station = scope.targetStation(form.getStationCode()).orElse(null);
        if (station == null) {
            problems.add("stationCode", blank(form.getStationCode()) ? "fraud.station.required" : "fraud.station.notYours",
                    form.getStationCode());
        }
        Checked checked = check(form, station, "", now, Map.of(), problems);
        FraudCase fraudCase = build(checked, form, caller.username(), now);
        assignToCallerIfOfficer(fraudCase, caller);
        return views.view(registered(fraudCase, form.getTipId(), null, caller.username(), now), true, Instant.now());
    }

    /**
     * The case of a lead's person who was already defrauded: the lead's outcome is recorded
     * and the case, registered at the lead's station, is linked to it, in one transaction.
     * The report's refusals name its fields as the request nests them ({@code case.victims[0].phone});
     * a victim's phone sent as the lead's phone masked (138****5678) stands for the lead's phone.
     */
    public FraudCaseView registerFromLead(long leadId, @NotNull @Valid OutcomeRequest request) {
        WarningLead lead = scope.find(WarningLead.class, leadId);
        Caller caller = scope.caller();
        Instant now = Instant.now();
        lead.recordOutcome(LeadOutcome.ALREADY_DEFRAUDED, request.getContactMethod(), request.getNote(), caller.username(), now);
        NewFraudCase form = request.getCase();
        if (form == null) {
            throw new InvalidInputException("case", "lead.case.required");
        }
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        Station station = lead.getStation();
        if (!blank(form.getStationCode()) && !form.getStationCode().strip().toUpperCase(Locale.ROOT).equals(station.getCode())) {
            problems.add(LEAD_CASE + "stationCode", "fraud.station.notLeads", station.getCode());
        }
        Checked checked = check(form, station, LEAD_CASE, now, Map.of(Masking.phone(lead.getPhone()), lead.getPhone()), problems);
        FraudCase fraudCase = build(checked, form, caller.username(), now);
        assignToCallerIfOfficer(fraudCase, caller);
        return views.view(registered(fraudCase, form.getTipId(), lead, caller.username(), now), true, Instant.now());
    }

    /**
     * A demo case (FraudDemoData, with {@code yanghu.demo=true}, at start, where nobody is
     * signed in): the same checks and construction as a report, registered back-dated at
     * {@code registeredAt} by the officer who keeps it. Answers the case's id: a view would
     * read the caller's scope, and there is no caller.
     */
    @PermitAll
    public long registerDemo(@NotNull @Valid NewFraudCase form, @NotNull String officer, @NotNull Instant registeredAt) {
        String name = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        if (!Boolean.TRUE.equals(demo) || name != null && !"ANONYMOUS".equals(name)) {
            throw new RoleNotPermittedException("error.forbidden");
        }
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        Station station = em.createNamedQuery("Station.byCode", Station.class).setParameter("code", form.getStationCode())
                .getResultStream().findFirst().orElse(null);
        if (station == null) {
            problems.add("stationCode", "fraud.station.notYours", form.getStationCode());
        }
        Checked checked = check(form, station, "", registeredAt, Map.of(), problems);
        FraudCase fraudCase = build(checked, form, officer, registeredAt);
        fraudCase.assignTo(em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", officer).getSingleResult());
        return registered(fraudCase, null, null, officer, registeredAt).getId();
    }

    /** A report that keeps every rule, with the station and the fraud type it goes to. */
    private record Checked(Station station, FraudType type, CaseIntakeChecks.Report report) {
    }

    /** Every problem of the report, with the station's already collected, is refused at once. */
    private Checked check(NewFraudCase form, Station station, String prefix, Instant now, Map<String, String> maskedPhones,
                          InvalidInputsException.Collector problems) {
        FraudType type = form.getFraudType() == null ? null : em.find(FraudType.class, form.getFraudType());
        if (type == null || !type.isActive()) {
            problems.add(prefix + "fraudType", "fraud.type.unknown", form.getFraudType());
        }
        CaseIntakeChecks.Report report = new CaseIntakeChecks(prefix, now, maskedPhones).check(form, problems);
        problems.throwIfAny();
        return new Checked(station, type, report);
    }

    private FraudCase build(Checked checked, NewFraudCase form, String createdBy, Instant now) {
        CaseIntakeChecks.Report report = checked.report();
        Station station = checked.station();
        FraudCase fraudCase = new FraudCase(caseNumbers.next(station, now), station, checked.type(), report.reportedAt(),
                form.getNarrative().strip(), createdBy, now);
        if (report.contactStartedAt() != null || form.getContactMethod() != null) {
            fraudCase.describeContact(report.contactStartedAt(), form.getContactMethod());
        }
        report.victims().forEach(v -> fraudCase.addVictim(v.name(), v.idCardNumber(), v.phone(), v.age(), v.occupation()));
        report.transfers().forEach(t -> fraudCase.addTransfer(t.at(), t.amount(), t.channel(), t.fromAccount(), t.toAccount(),
                t.toBank()));
        report.identifiers().forEach(i -> fraudCase.addIdentifier(i.type(), i.rawValue(), i.normalizedValue()));
        return fraudCase;
    }

    /** The officer who registers a report keeps it; others' reports wait for a supervisor to hand them out. */
    private void assignToCallerIfOfficer(FraudCase fraudCase, Caller caller) {
        if (caller.has(Role.OFFICER)) {
            fraudCase.assignTo(em.find(Account.class, caller.accountId()));
        }
    }

    private FraudCase registered(FraudCase fraudCase, Long tipId, WarningLead fromLead, String by, Instant at) {
        em.persist(fraudCase);
        if (fromLead != null) {
            fromLead.linkTo(fraudCase);
        }
        leadLinks.linkToEarlierLeads(fraudCase);
        em.flush();
        // observers change what their contexts own (the tip); a refusal rolls the whole intake back
        registered.fire(new FraudCaseRegistered(fraudCase.getId(), fraudCase.getCaseNumber().value(), fraudCase.stationId(), tipId,
                fromLead == null ? null : fromLead.getId(), by, at));
        return fraudCase;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
