package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.ForbiddenException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.NotAllowedException;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

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
        this.reportedAt = reportedAt;
        this.narrative = narrative;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = CaseStatus.REPORTED;
        this.dueAt = now.plus(CaseStatus.REPORTED.nextStepWithin());
    }

    public void describeContact(Instant startedAt, String method) {
        this.contactStartedAt = startedAt;
        this.contactMethod = method;
    }

    public void addVictim(String name, String idCardNumber, String phone, Integer age, String occupation) {
        victims.add(new Victim(this, victims.size() + 1, name, idCardNumber, phone, age, occupation));
    }

    public void addTransfer(Instant at, BigDecimal amount, PaymentChannel channel, String fromAccount, String toAccount, String toBank) {
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
            throw new InvalidInputException("transfers[" + transfers.size() + "].amount", "fraud.amount.invalid");
        }
        transfers.add(new MoneyTransfer(this, transfers.size() + 1, at, amount, channel, fromAccount, toAccount, toBank));
    }

    /** Adds an already normalised identifier once; a repeat is ignored. */
    public void addIdentifier(IdentifierType type, String rawValue, String normalizedValue) {
        boolean known = identifiers.stream().anyMatch(i -> i.getType() == type && i.getNormalizedValue().equals(normalizedValue));
        if (!known) {
            identifiers.add(new SuspectIdentifier(this, type, rawValue, normalizedValue));
        }
    }

    public void assignTo(Account officer) {
        this.assignedOfficer = officer;
    }

    /**
     * Moves the case by one step of the procedure. Refuses (and changes nothing) when the
     * action is not possible from the current state, when the actor's roles may not take
     * it, or when it needs a reason and has none.
     */
    public void perform(CaseAction action, String actor, Set<Role> actorRoles, String reason, Instant now) {
        if (!action.isAllowedFor(actorRoles)) {
            throw new ForbiddenException("fraud.transition.role", action.name());
        }
        if (!action.isAllowedFrom(status)) {
            throw new NotAllowedException("fraud.transition.state", action.name(), status.name());
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (action.isReasonRequired() && why == null) {
            throw new InvalidInputException("reason", "fraud.transition.reasonRequired", action.name());
        }
        transitions.add(new CaseTransition(this, action, status, actor, now, why));
        status = action.target();
        dueAt = status.isFinal() ? null : now.plus(status.nextStepWithin());
    }

    public boolean isOverdueAt(Instant now) {
        return dueAt != null && now.isAfter(dueAt);
    }

    /** The sum of all transfers, exact to the fen. */
    public BigDecimal totalLoss() {
        return transfers.stream().map(MoneyTransfer::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, java.math.RoundingMode.UNNECESSARY);
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

    @Override
    public String auditSummary() {
        return caseNumber + " " + fraudType.getCode() + " " + status + " loss " + totalLoss();
    }
}
