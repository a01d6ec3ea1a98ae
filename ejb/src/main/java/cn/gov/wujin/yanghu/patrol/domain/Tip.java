package cn.gov.wujin.yanghu.patrol.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import cn.gov.wujin.yanghu.shared.StationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A tip (线索) sent by a member or anonymously. It is inserted by {@code TipIntake} in one
 * idempotent statement; from then on officers of its station triage it here. An anonymous tip
 * whose station nobody could tell has none: it waits in the bureau's queue until the bureau
 * assigns it ({@link #assignTo}).
 */
@Entity
@Table(name = "tip")
public class Tip implements AuditedEntity, StationOwned {

    /** The longest triage note its column holds. */
    public static final int NOTE_LENGTH = 1000;

    @Id
    private Long id;

    /** Null: not assigned yet (the bureau's queue). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "station_id")
    private Station station;

    @Column(name = "station_id", insertable = false, updatable = false)
    private Long stationId;

    @Column(name = "group_id", updatable = false)
    private Long groupId;

    @Column(name = "submitter_account_id", updatable = false)
    private Long submitterAccountId;

    @Column(name = "tracking_code", nullable = false, updatable = false)
    private String trackingCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TipCategory category;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String place;

    @Column(updatable = false)
    private BigDecimal latitude;

    @Column(updatable = false)
    private BigDecimal longitude;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(name = "photo_type")
    private String photoType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TipStatus status;

    @Column(name = "triage_note")
    private String triageNote;

    @Column(name = "triaged_by")
    private String triagedBy;

    @Column(name = "triaged_at")
    private Instant triagedAt;

    @Column(name = "handed_from_station_id")
    private Long handedFromStationId;

    @Column(name = "fraud_case_id")
    private Long fraudCaseId;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    /** Where its position is (V30: set by the database at intake from the boundaries, the geo context's). */
    @Column(name = "grid_id", insertable = false, updatable = false)
    private Long gridId;

    @Column(name = "community_id", insertable = false, updatable = false)
    private Long communityId;

    @Version
    private long version;

    protected Tip() {
    }

    /** Dismissed with a reason: nothing to act on (not a police matter, duplicate, …). */
    public void dismiss(String reason, String officer, Instant now) {
        requireNew();
        triageNote = required(reason);
        close(TipStatus.DISMISSED, officer, now);
    }

    /** Dealt with on the spot (就地处置). */
    public void resolve(String note, String officer, Instant now) {
        requireNew();
        triageNote = required(note);
        close(TipStatus.RESOLVED, officer, now);
    }

    /** Belongs to another station's area: it lands there as a new tip, and the handing is kept. */
    public void handTo(Station other, String note, String officer, Instant now) {
        requireNew();
        if (other == null || Objects.equals(other.getId(), stationId)) {
            throw new InvalidInputException("stationCode", "tip.handOver.otherStation");
        }
        String kept = optional(note);
        handedFromStationId = stationId;
        station = other;
        stationId = other.getId();
        triageNote = kept;
        triagedBy = officer;
        triagedAt = now;
    }

    /** The bureau gives a tip without a station to the station whose area it is: it lands there as new. */
    public void assignTo(Station target, String note, String officer, Instant now) {
        requireNew();
        if (stationId != null) {
            throw new RuleViolationException("tip.assign.assignedAlready");
        }
        if (target == null) {
            throw new InvalidInputException("stationCode", "tip.handOver.otherStation");
        }
        String kept = optional(note);
        station = target;
        stationId = target.getId();
        triageNote = kept;
        triagedBy = officer;
        triagedAt = now;
    }

    /** Waits in the bureau's queue: no station could be told from what the tipster sent. */
    public boolean isUnassigned() {
        return stationId == null;
    }

    /** A fraud lead became a case (linked both ways: the case page lists its tip). */
    public void caseOpened(long caseId, String officer, Instant now) {
        requireNew();
        fraudCaseId = caseId;
        close(TipStatus.CASE_OPENED, officer, now);
    }

    private void close(TipStatus outcome, String officer, Instant now) {
        status = outcome;
        triagedBy = officer;
        triagedAt = now;
    }

    private void requireNew() {
        if (status != TipStatus.NEW) {
            throw new RuleViolationException("tip.triage.done", status.name());
        }
    }

    private static String required(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("note", "tip.triage.noteRequired");
        }
        return optional(text);
    }

    /** A note as kept: stripped, null when blank; a longer one than its column is refused, not cut. */
    private static String optional(String text) {
        String stripped = text == null || text.isBlank() ? null : text.strip();
        if (stripped != null && stripped.length() > NOTE_LENGTH) {
            throw new InvalidInputException("note", "common.tooLong", NOTE_LENGTH);
        }
        return stripped;
    }

    public void photoAttached(String contentType) {
        this.photoType = contentType;
    }

    public boolean isSubmittedBy(Long accountId) {
        return accountId != null && accountId.equals(submitterAccountId);
    }

    public Long getId() {
        return id;
    }

    public Station getStation() {
        return station;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Long getSubmitterAccountId() {
        return submitterAccountId;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public TipCategory getCategory() {
        return category;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getPlace() {
        return place;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public String getDescription() {
        return description;
    }

    public String getPhotoType() {
        return photoType;
    }

    public TipStatus getStatus() {
        return status;
    }

    public String getTriageNote() {
        return triageNote;
    }

    public String getTriagedBy() {
        return triagedBy;
    }

    public Instant getTriagedAt() {
        return triagedAt;
    }

    public Long getHandedFromStationId() {
        return handedFromStationId;
    }

    public Long getFraudCaseId() {
        return fraudCaseId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
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
        return trackingCode + " " + category + " " + status + (stationId == null ? " unassigned" : "") + (handedFromStationId == null ? "" : " handed from " + handedFromStationId)
                + (fraudCaseId == null ? "" : " case " + fraudCaseId);
    }

    public Long getGridId() {
        return gridId;
    }

    public Long getCommunityId() {
        return communityId;
    }
}
