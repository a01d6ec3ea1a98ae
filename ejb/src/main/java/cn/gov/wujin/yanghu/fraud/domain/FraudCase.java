package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.Amount;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.RoleNotPermittedException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.shared.StationOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A telecom-fraud case (电信网络诈骗案件): the aggregate of its victims, money flow and suspect
 * identifiers. Its procedure moves only through {@link #perform}, which keeps the rules of
 * {@link CaseAction} and writes the timeline.
 */
@Entity
@Table(name = "fraud_case")
public class FraudCase implements AuditedEntity, StationOwned {

    /**
     * From the identity column's own sequence, taken before the insert: an insert trigger writes the
     * identifiers the text names (V31), and IDENTITY would read that table's id back (lastval()).
     */
    @Id
    @SequenceGenerator(name = "fraud_case_id", sequenceName = "fraud_case_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fraud_case_id")
    private Long id;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "station_id", nullable = false, updatable = false)
    private Station station;

    @Column(name = "station_id", insertable = false, updatable = false)
    private Long stationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fraud_type", nullable = false)
    private FraudType fraudType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "contact_started_at")
    private Instant contactStartedAt;

    @Column(name = "contact_method")
    private String contactMethod;

    @Column(nullable = false)
    private String narrative;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_officer_id")
    private Account assignedOfficer;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "receipt_code")
    private String receiptCode;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "fraudCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Victim> victims = new ArrayList<>();

    @OneToMany(mappedBy = "fraudCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<MoneyTransfer> transfers = new ArrayList<>();

    @OneToMany(mappedBy = "fraudCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("type, normalizedValue")
    private List<SuspectIdentifier> identifiers = new ArrayList<>();

    @OneToMany(mappedBy = "fraudCase", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<CaseTransition> transitions = new ArrayList<>();

    @OneToMany(mappedBy = "fraudCase", cascade = CascadeType.ALL)
    @OrderBy("requestedAt, id")
    private List<StopPayment> stopPayments = new ArrayList<>();

    @OneToMany(mappedBy = "fraudCase", cascade = CascadeType.ALL)
    @OrderBy("returnedAt, id")
    private List<FundReturn> returns = new ArrayList<>();

    @OneToMany(mappedBy = "fraudCase", cascade = CascadeType.ALL)
    @OrderBy("servedAt, id")
    private List<NoticeService> services = new ArrayList<>();

    @Version
    private long version;

    protected FraudCase() {
    }

    /** A new report (报案): due to be accepted within a day. */
    public FraudCase(CaseNumber caseNumber, Station station, FraudType fraudType, Instant reportedAt, String narrative,
                     String createdBy, Instant now) {
        this.caseNumber = caseNumber.value();
        this.station = station;
        this.stationId = station.getId();
        this.fraudType = fraudType;
        this.reportedAt = stored(reportedAt);
        this.narrative = narrative;
        this.createdBy = createdBy;
        this.createdAt = stored(now);
        this.status = CaseStatus.REPORTED;
        this.dueAt = stored(now.plus(CaseStatus.REPORTED.nextStepWithin()));
    }

    public void describeContact(Instant startedAt, String method) {
        this.contactStartedAt = startedAt;
        this.contactMethod = method;
    }

    public void addVictim(String name, String idCardNumber, String phone, Integer age, String occupation) {
        victims.add(new Victim(this, victims.size() + 1, name, idCardNumber, phone, age, occupation));
    }

    public void addTransfer(Instant at, Amount amount, PaymentChannel channel, String fromAccount, String toAccount, String toBank) {
        BigDecimal paid = Amount.positive("transfers[" + transfers.size() + "].amount", amount).value();
        transfers.add(new MoneyTransfer(this, transfers.size() + 1, at, paid, channel, fromAccount, toAccount, toBank));
    }

    /** Adds an already normalised identifier once; a repeat is ignored. */
    public void addIdentifier(IdentifierType type, String rawValue, String normalizedValue) {
        boolean known = identifiers.stream().anyMatch(i -> i.getType() == type && i.getNormalizedValue().equals(normalizedValue));
        if (!known) {
            identifiers.add(new SuspectIdentifier(this, type, rawValue, normalizedValue));
        }
    }

    /** At intake: the officer who registers the report keeps it. */
    public void assignTo(Account officer) {
        this.assignedOfficer = officer;
    }

    /**
     * Hands the case to another officer: a supervisor's decision, and only to an active
     * officer of the case's own station. A finished case keeps its officer.
     */
    public void reassign(Account officer, Set<Role> actorRoles) {
        if (!actorRoles.contains(Role.SUPERVISOR)) {
            throw new RoleNotPermittedException("fraud.assign.role");
        }
        if (status.isFinal()) {
            throw new RuleViolationException("fraud.assign.finished", status.name());
        }
        if (officer == null || !officer.isActive() || !officer.getRoles().contains(Role.OFFICER)
                || !Objects.equals(officer.stationId(), stationId)) {
            throw new InvalidInputException("officer", "fraud.assign.notOfficerOfStation",
                    officer == null ? "" : officer.getUsername());
        }
        this.assignedOfficer = officer;
    }

    /**
     * Moves the due date of the next step: the supervisor, or the officer the case is
     * assigned to. It lies in the future; a finished case has none.
     */
    public void reschedule(Instant newDueAt, String actor, Set<Role> actorRoles, Instant now) {
        boolean ownCase = assignedOfficer != null && assignedOfficer.getUsername().equals(actor);
        if (!actorRoles.contains(Role.SUPERVISOR) && !ownCase) {
            throw new RoleNotPermittedException("fraud.due.role");
        }
        if (status.isFinal()) {
            throw new RuleViolationException("fraud.assign.finished", status.name());
        }
        if (newDueAt == null || !newDueAt.isAfter(now)) {
            throw new InvalidInputException("dueAt", "fraud.due.notFuture");
        }
        this.dueAt = stored(newDueAt);
    }

    /**
     * Moves the case by one step of the procedure. Refuses (and changes nothing) when the
     * action is not possible from the current state, when the actor's roles may not take
     * it, or when it needs a reason and has none. The next step's time comes from
     * {@code clock} where the reference table holds it. Not a bureau-level caller: see
     * {@link #perform(CaseAction, String, Set, boolean, String, Instant, ProcedureClock)}.
     */
    public void perform(CaseAction action, String actor, Set<Role> actorRoles, String reason, Instant now, ProcedureClock clock) {
        perform(action, actor, actorRoles, false, reason, now, clock);
    }

    /**
     * Moves the case by one step; {@code bureauLevel}: the actor is of the bureau (no station),
     * whom a review's decision needs. A person's request (reconsideration, review) is taken in
     * its time only, counted from the serving of the decision it answers, or from the decision
     * while no serving is recorded; an extension of the filing review at most twice.
     */
    public void perform(CaseAction action, String actor, Set<Role> actorRoles, boolean bureauLevel, String reason, Instant now,
                        ProcedureClock clock) {
        if (!action.isAllowedFor(actorRoles)) {
            throw new RoleNotPermittedException("fraud.transition.role", action.name());
        }
        if (!action.isAllowedFor(actorRoles, bureauLevel)) {
            throw new RoleNotPermittedException("fraud.procedure.bureauOnly", action.name());
        }
        if (!action.isPossibleAfter(status, lastStep())) {
            throw new RuleViolationException("fraud.transition.state", action.name(), status.name());
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (action.isReasonRequired() && why == null) {
            throw new InvalidInputException("reason", "fraud.transition.reasonRequired", action.name());
        }
        if (why != null && why.length() > CaseTransition.REASON_LENGTH) {
            throw new InvalidInputException("reason", "common.tooLong", CaseTransition.REASON_LENGTH); // refused, not cut
        }
        if (action.requestWindow() != null) {
            requireInTime(action, now, clock);
        }
        Instant extendedDue = action == CaseAction.EXTEND_REVIEW ? extendedReviewDue(clock) : null;
        transitions.add(new CaseTransition(this, action, status, actor, stored(now), why));
        status = action.target();
        if (receiptCode == null && status != CaseStatus.REPORTED) {
            receiptCode = ReceiptCode.next();
        }
        Instant due = extendedDue != null ? extendedDue : status.dueFrom(now, clock);
        dueAt = due == null ? null : stored(due);
    }

    /** The last step taken, or null before the first. */
    public CaseAction lastStep() {
        return transitions.isEmpty() ? null : transitions.get(transitions.size() - 1).getAction();
    }

    /**
     * When the person's time for {@code request} ends: counted from the first serving of the
     * paper of the decision it answers, or from the decision while none is recorded (the
     * paper is normally handed over at once; recording its serving moves the start).
     */
    public Instant requestTimeEnds(CaseAction request, ProcedureClock clock) {
        Instant from = requestTimeStarts(request);
        return from == null ? null : clock.after(request.requestWindow(), from);
    }

    private Instant requestTimeStarts(CaseAction request) {
        if (request.answers() == null || lastStep() != request.answers()) {
            return null;
        }
        Instant decided = transitions.get(transitions.size() - 1).getOccurredAt();
        return services.stream().filter(s -> s.getDocument() == request.windowStartsWith() && !s.getServedAt().isBefore(decided))
                .map(NoticeService::getServedAt).min(Comparator.naturalOrder()).orElse(decided);
    }

    private void requireInTime(CaseAction request, Instant now, ProcedureClock clock) {
        Instant from = requestTimeStarts(request);
        Instant ends = clock.after(request.requestWindow(), from);
        if (now.isAfter(ends)) {
            throw new RuleViolationException("fraud.procedure.tooLate", request.name(), LocalDate.ofInstant(from, BureauTime.ZONE),
                    LocalDate.ofInstant(ends, BureauTime.ZONE));
        }
    }

    /**
     * The filing decision's new due date: 30 days from acceptance, then 60 (the reference
     * table's numbers); a third extension is refused. Acceptance is the last ACCEPT or REOPEN.
     */
    private Instant extendedReviewDue(ProcedureClock clock) {
        Instant accepted = createdAt;
        int extensions = 0;
        for (CaseTransition t : transitions) {
            if (t.getAction() == CaseAction.EXTEND_REVIEW) {
                extensions++;
            } else if (t.getToStatus() == CaseStatus.ACCEPTED) {
                accepted = t.getOccurredAt();
                extensions = 0;
            }
        }
        return switch (extensions) {
            case 0 -> clock.after(LimitCode.FILING_REVIEW_EXTENDED_DAYS, accepted);
            case 1 -> clock.after(LimitCode.FILING_REVIEW_FURTHER_DAYS, accepted);
            default -> throw new RuleViolationException("fraud.procedure.noFurtherExtension", extensions);
        };
    }

    /**
     * Records that a paper of the procedure was served (送达). The paper exists once its step
     * was taken (else refused, 409); it is served at the earliest when that step was taken, and
     * not in the future.
     */
    public NoticeService recordService(ServedDocument document, ServiceMethod method, Instant servedAt, String servedTo,
                                       String recordedBy, Instant now) {
        if (document == null) {
            throw new InvalidInputException("document", "fraud.procedure.documentRequired");
        }
        if (method == null) {
            throw new InvalidInputException("method", "fraud.procedure.methodRequired");
        }
        String to = servedTo == null ? "" : servedTo.strip();
        if (to.isEmpty()) {
            throw new InvalidInputException("servedTo", "fraud.procedure.servedToRequired");
        }
        if (to.length() > NoticeService.SERVED_TO_LENGTH) {
            throw new InvalidInputException("servedTo", "common.tooLong", NoticeService.SERVED_TO_LENGTH);
        }
        Instant at = servedAt == null ? now : servedAt;
        if (at.isAfter(now)) {
            throw new InvalidInputException("servedAt", "fraud.procedure.servedInFuture");
        }
        Instant made = null;
        for (CaseTransition t : transitions) {
            if (document.madeBy().contains(t.getAction())) {
                made = t.getOccurredAt();
            }
        }
        if (made == null) {
            throw new RuleViolationException("fraud.procedure.noSuchDocument", document.name());
        }
        if (at.isBefore(made)) {
            throw new InvalidInputException("servedAt", "fraud.procedure.servedBeforeDecision");
        }
        NoticeService service = new NoticeService(this, document, method, stored(at), to, recordedBy, stored(now));
        services.add(service);
        return service;
    }

    /** The papers served, in the order served. */
    public List<NoticeService> getServices() {
        return Collections.unmodifiableList(services);
    }

    /** The last step's time (the public lookup shows its day only), or when the case was registered. */
    public Instant lastStepAt() {
        return transitions.isEmpty() ? createdAt : transitions.get(transitions.size() - 1).getOccurredAt();
    }

    /** A stop-payment request against a receiving account (紧急止付). */
    public StopPayment requestStopPayment(String bank, String account, Amount amount, Instant at, String requestedBy) {
        if (bank == null || bank.isBlank()) {
            throw new InvalidInputException("bank", "fraud.stop.bankRequired");
        }
        if (account == null || account.isBlank()) {
            throw new InvalidInputException("account", "fraud.stop.accountRequired");
        }
        StopPayment stop = new StopPayment(this, bank.strip(), account.replaceAll("\\s", ""), amount, at, requestedBy);
        stopPayments.add(stop);
        return stop;
    }

    public StopPayment stopPayment(long stopPaymentId) {
        return stopPayments.stream().filter(s -> s.getId() == stopPaymentId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("StopPayment", stopPaymentId));
    }

    /**
     * Money returned to a victim (numbered from 1 as on the form). All returns of a case
     * together never exceed what was frozen for it.
     */
    public void recordReturn(int victimNumber, Amount amount, Instant at, String recordedBy) {
        if (victimNumber < 1 || victimNumber > victims.size()) {
            throw new InvalidInputException("victim", "fraud.return.unknownVictim", victimNumber);
        }
        BigDecimal returned = Amount.positive("amount", amount).value();
        if (totalReturned().add(returned).compareTo(totalFrozen()) > 0) {
            throw new InvalidInputException("amount", "fraud.return.moreThanFrozen", totalFrozen().toPlainString());
        }
        returns.add(new FundReturn(this, victims.get(victimNumber - 1), returned, at, recordedBy));
    }

    /**
     * Money paid to a victim under an executed return plan (返还方案), which it names. The case's
     * own "returns never exceed what it froze" does not apply: the plan shares the frozen
     * account's money across cases, and the plan checked that account's money under its lock, so
     * a share may exceed what this case froze. Direct returns keep {@link #recordReturn}'s rule.
     */
    public FundReturn recordPlanReturn(ReturnPlan plan, int victimNumber, Amount amount, Instant at, String recordedBy) {
        if (victimNumber < 1 || victimNumber > victims.size()) {
            throw new InvalidInputException("victim", "fraud.return.unknownVictim", victimNumber);
        }
        FundReturn paid = new FundReturn(this, victims.get(victimNumber - 1), Amount.positive("amount", amount).value(), at, recordedBy,
                plan);
        returns.add(paid);
        return paid;
    }

    /** At the database's precision: a nanosecond the column cannot keep would look like a change at the next read. */
    private static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public BigDecimal totalStopped() {
        return sum(stopPayments.stream().map(StopPayment::getAmountStopped));
    }

    public BigDecimal totalFrozen() {
        return sum(stopPayments.stream().map(StopPayment::getAmountFrozen));
    }

    public BigDecimal totalReturned() {
        return sum(returns.stream().map(FundReturn::getAmount));
    }

    public BigDecimal returnedTo(Victim victim) {
        return sum(returns.stream().filter(r -> r.getVictim() == victim).map(FundReturn::getAmount));
    }

    /**
     * The golden hour (黄金止付时间): money left recently and no stop-payment was asked for
     * yet. Such cases stand out until someone acts.
     */
    public boolean needsStopPaymentAt(Instant now, Duration window) {
        return stopPayments.isEmpty() && transfers.stream().map(MoneyTransfer::getTransferredAt)
                .anyMatch(t -> t.isAfter(now.minus(window)));
    }

    private static BigDecimal sum(Stream<BigDecimal> amounts) {
        return amounts.filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.UNNECESSARY);
    }

    public List<StopPayment> getStopPayments() {
        return Collections.unmodifiableList(stopPayments);
    }

    public List<FundReturn> getReturns() {
        return Collections.unmodifiableList(returns);
    }

    public boolean isOverdueAt(Instant now) {
        return dueAt != null && now.isAfter(dueAt);
    }

    /** The sum of all transfers, exact to the fen. */
    public BigDecimal totalLoss() {
        return sum(transfers.stream().map(MoneyTransfer::getAmount));
    }

    public Long getId() {
        return id;
    }

    public CaseNumber getCaseNumber() {
        return new CaseNumber(caseNumber);
    }

    public Station getStation() {
        return station;
    }

    public FraudType getFraudType() {
        return fraudType;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Instant getContactStartedAt() {
        return contactStartedAt;
    }

    public String getContactMethod() {
        return contactMethod;
    }

    public String getNarrative() {
        return narrative;
    }

    public Account getAssignedOfficer() {
        return assignedOfficer;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    /** The query code on the receipt (受案回执), from acceptance on; null before. */
    public String getReceiptCode() {
        return receiptCode;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<Victim> getVictims() {
        return Collections.unmodifiableList(victims);
    }

    public List<MoneyTransfer> getTransfers() {
        return Collections.unmodifiableList(transfers);
    }

    public List<SuspectIdentifier> getIdentifiers() {
        return Collections.unmodifiableList(identifiers);
    }

    public List<CaseTransition> getTransitions() {
        return Collections.unmodifiableList(transitions);
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

    /**
     * Also written when only a part of the case changed (a stop-payment or its outcome, a
     * return): the case's row then shows the money state after the change.
     */
    @Override
    public String auditSummary() {
        return caseNumber + " " + fraudType.getCode() + " " + status + " loss " + totalLoss()
                + " officer " + (assignedOfficer == null ? "-" : assignedOfficer.getUsername()) + " due " + dueAt
                + " stop-payments " + stopPayments.size() + " frozen " + totalFrozen() + " returned " + totalReturned();
    }
}
