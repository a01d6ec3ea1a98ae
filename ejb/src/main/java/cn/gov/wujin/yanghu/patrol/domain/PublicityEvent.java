package cn.gov.wujin.yanghu.patrol.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import cn.gov.wujin.yanghu.shared.StationOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** An anti-fraud publicity event (反诈宣传) reported by a member; an officer confirms it before it counts. */
@Entity
@Table(name = "publicity_event")
public class PublicityEvent implements AuditedEntity, StationOwned {

    /** The longest decision note its column holds. */
    public static final int NOTE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "station_id", nullable = false, updatable = false)
    private Long stationId;

    @Column(name = "group_id", updatable = false)
    private Long groupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PublicityKind kind;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(nullable = false, updatable = false)
    private String place;

    @Column(nullable = false, updatable = false)
    private int audience;

    @Column(updatable = false)
    private String description;

    @Column(name = "reported_by", nullable = false, updatable = false)
    private Long reportedBy;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PublicityStatus status = PublicityStatus.REPORTED;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "publicity_participant", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "account_id")
    private Set<Long> participants = new LinkedHashSet<>();

    @Version
    private long version;

    protected PublicityEvent() {
    }

    public PublicityEvent(long stationId, Long groupId, PublicityKind kind, LocalDate heldOn, String place, int audience,
                          String description, long reportedBy, Set<Long> participants, Instant now) {
        this.stationId = stationId;
        this.groupId = groupId;
        this.kind = kind;
        this.heldOn = heldOn;
        this.place = place;
        this.audience = audience;
        this.description = description;
        this.reportedBy = reportedBy;
        this.reportedAt = now;
        this.participants.add(reportedBy);
        this.participants.addAll(participants);
    }

    /** Confirmed by an officer of the station: from now on it counts, and its participants earn points. */
    public void confirm(String officer, String note, Instant now) {
        decide(PublicityStatus.CONFIRMED, officer, note, now);
    }

    public void reject(String officer, String note, Instant now) {
        decide(PublicityStatus.REJECTED, officer, note, now);
    }

    private void decide(PublicityStatus outcome, String officer, String note, Instant now) {
        if (status != PublicityStatus.REPORTED) {
            throw new RuleViolationException("publicity.decided", status.name());
        }
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (kept != null && kept.length() > NOTE_LENGTH) {
            throw new InvalidInputException("note", "common.tooLong", NOTE_LENGTH);
        }
        status = outcome;
        decidedBy = officer;
        decidedAt = now;
        decisionNote = kept;
    }

    public Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public PublicityKind getKind() {
        return kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    public int getAudience() {
        return audience;
    }

    public String getDescription() {
        return description;
    }

    public Long getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public PublicityStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Set<Long> getParticipants() {
        return Collections.unmodifiableSet(participants);
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
        return kind + " " + heldOn + " " + place + " audience " + audience + " " + status + " participants " + participants.size();
    }
}
