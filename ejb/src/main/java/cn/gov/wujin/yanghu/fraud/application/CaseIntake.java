package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.fraud.domain.FraudCase;
import cn.gov.wujin.yanghu.fraud.domain.FraudType;
import cn.gov.wujin.yanghu.fraud.warning.WarningLeadService;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.Map;

/**
 * Registers fraud cases (报案登记), reported at the station or opened from a volunteer's tip.
 * The report takes the intake's checks ({@link CaseIntakeChecks}), every invalid input is named
 * at once and nothing is stored then; a registered case gets its number, its officer, its links
 * to earlier leads and its audit rows, and {@link FraudCaseRegistered} is fired in the same
 * transaction.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
public class CaseIntake {

    @PersistenceContext
    private EntityManager em;

    private final StationScope scope;
    private final CaseNumbers caseNumbers;
    private final WarningLeadService leads;
    private final CaseViewAssembler views;
    private final Event<FraudCaseRegistered> registered;

    @Inject
    public CaseIntake(StationScope scope, CaseNumbers caseNumbers, WarningLeadService leads, CaseViewAssembler views,
                      Event<FraudCaseRegistered> registered) {
        this.scope = scope;
        this.caseNumbers = caseNumbers;
        this.leads = leads;
        this.views = views;
        this.registered = registered;
    }

    /** For the container. */
    protected CaseIntake() {
        this(null, null, null, null, null);
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
        return registered(fraudCase, form.getTipId(), caller.username(), now);
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

    private FraudCaseView registered(FraudCase fraudCase, Long tipId, String by, Instant at) {
        em.persist(fraudCase);
        leads.linkCaseToEarlierLeads(fraudCase);
        em.flush();
        // observers change what their contexts own (the tip); a refusal rolls the whole intake back
        registered.fire(new FraudCaseRegistered(fraudCase.getId(), fraudCase.getCaseNumber().value(), fraudCase.stationId(), tipId,
                null, by, at));
        return views.view(fraudCase, true, Instant.now());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
