package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.Amount;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
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

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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
     * it, or when it needs a reason and has none.
     */
    public void perform(CaseAction action, String actor, Set<Role> actorRoles, String reason, Instant now) {
        if (!action.isAllowedFor(actorRoles)) {
            throw new RoleNotPermittedException("fraud.transition.role", action.name());
        }
        if (!action.isAllowedFrom(status)) {
            throw new RuleViolationException("fraud.transition.state", action.name(), status.name());
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (action.isReasonRequired() && why == null) {
            throw new InvalidInputException("reason", "fraud.transition.reasonRequired", action.name());
        }
        if (why != null && why.length() > CaseTransition.REASON_LENGTH) {
            throw new InvalidInputException("reason", "common.tooLong", CaseTransition.REASON_LENGTH); // refused, not cut
        }
        transitions.add(new CaseTransition(this, action, status, actor, stored(now), why));
        status = action.target();
        if (receiptCode == null && status != CaseStatus.REPORTED) {
            receiptCode = ReceiptCode.next();
        }
        dueAt = status.isFinal() ? null : stored(now.plus(status.nextStepWithin()));
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
    public boolean needsStopPaymentAt(Instant now) {
        return stopPayments.isEmpty() && transfers.stream().map(MoneyTransfer::getTransferredAt)
                .anyMatch(t -> t.isAfter(now.minus(StopPayment.WINDOW)));
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
