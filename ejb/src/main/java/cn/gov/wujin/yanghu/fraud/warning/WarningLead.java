package cn.gov.wujin.yanghu.fraud.warning;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.fraud.domain.FraudCase;
import cn.gov.wujin.yanghu.organization.domain.Community;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.Masking;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import cn.gov.wujin.yanghu.shared.StationOwned;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/** An early-warning lead (预警线索): reach the person before the deadline, then record what came of it. */
@Entity
@Table(name = "warning_lead")
public class WarningLead implements AuditedEntity, StationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "station_id", nullable = false)
    private Station station;

    @Column(name = "station_id", insertable = false, updatable = false)
    private Long stationId;

    @Column(nullable = false, updatable = false)
    private String phone;

    @Column(name = "person_name", updatable = false)
    private String personName;

    /** Where the person lives, when the lead says so: a community of the lead's station. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "community_id", updatable = false)
    private Community community;

    @Column(name = "community_id", insertable = false, updatable = false)
    private Long communityId;

    @Column(updatable = false)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LeadSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LeadUrgency urgency;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(nullable = false, updatable = false)
    private Instant deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeadOutcome status = LeadOutcome.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_method")
    private ContactMethod contactMethod;

    @Column(name = "outcome_note")
    private String outcomeNote;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    @Column(name = "outcome_by")
    private String outcomeBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "fraud_case_id")
    private FraudCase fraudCase;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected WarningLead() {
    }

    /** A lead of {@code station}; {@code community} (optional) must be one of the station's. */
    public WarningLead(Station station, String phone, String personName, Community community, String address, LeadSource source,
                       LeadUrgency urgency, Instant receivedAt, String createdBy) {
        if (community != null && !Objects.equals(community.stationId(), station.getId())) {
            throw new InvalidInputException("community", "lead.community.notOfStation", community.getCode());
        }
        this.station = station;
        this.stationId = station.getId();
        this.phone = phone;
        this.personName = personName;
        this.community = community;
        this.communityId = community == null ? null : community.getId();
        this.address = address == null || address.isBlank() ? null : address.strip();
        this.source = source;
        this.urgency = urgency;
        this.receivedAt = receivedAt;
        this.deadline = receivedAt.plus(urgency.within());
        this.createdBy = createdBy;
    }

    /** Records what came of reaching (or trying to reach) the person. Once only. */
    public void recordOutcome(LeadOutcome outcome, ContactMethod method, String note, String by, Instant at) {
        if (status != LeadOutcome.OPEN) {
            throw new RuleViolationException("lead.outcome.already", status.name());
        }
        if (outcome == null || outcome == LeadOutcome.OPEN) {
            throw new InvalidInputException("outcome", "lead.outcome.required");
        }
        if (method == null && outcome != LeadOutcome.UNREACHABLE) {
            throw new InvalidInputException("contactMethod", "lead.contactMethod.required");
        }
        this.status = outcome;
        this.contactMethod = method;
        this.outcomeNote = note == null || note.isBlank() ? null : note.strip();
        this.outcomeBy = by;
        this.outcomeAt = at;
    }

    /** The case this lead turned into, or that was later reported by the same person. */
    public void linkTo(FraudCase fraudCase) {
        if (this.fraudCase == null) {
            this.fraudCase = fraudCase;
        }
    }

    public boolean isOverdueAt(Instant now) {
        return status == LeadOutcome.OPEN && now.isAfter(deadline);
    }

    public Long getId() {
        return id;
    }

    public Station getStation() {
        return station;
    }

    public String getPhone() {
        return phone;
    }

    public String getPersonName() {
        return personName;
    }

    public Community getCommunity() {
        return community;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public String getAddress() {
        return address;
    }

    public boolean isOpen() {
        return status == LeadOutcome.OPEN;
    }

    public LeadSource getSource() {
        return source;
    }

    public LeadUrgency getUrgency() {
        return urgency;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public LeadOutcome getStatus() {
        return status;
    }

    public ContactMethod getContactMethod() {
        return contactMethod;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public Instant getOutcomeAt() {
        return outcomeAt;
    }

    public String getOutcomeBy() {
        return outcomeBy;
    }

    public FraudCase getFraudCase() {
        return fraudCase;
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
        return urgency + " " + Masking.phone(phone) + " " + status + (community == null ? "" : " community " + community.getCode());
    }
}
