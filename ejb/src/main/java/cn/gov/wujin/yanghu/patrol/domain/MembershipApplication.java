package cn.gov.wujin.yanghu.patrol.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
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

/** A volunteer asks to join a group; the group's officer approves or rejects. */
@Entity
@Table(name = "membership_application")
public class MembershipApplication implements AuditedEntity {

    /** The longest decision note its column holds. */
    public static final int NOTE_LENGTH = 500;

    public enum Status { PENDING, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false, updatable = false)
    private PatrolGroup group;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(updatable = false)
    private String motivation;

    @Column(name = "applied_at", nullable = false, updatable = false)
    private Instant appliedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String note;

    @Version
    private long version;

    protected MembershipApplication() {
    }

    public MembershipApplication(PatrolGroup group, long accountId, String motivation, Instant now) {
        this.group = group;
        this.accountId = accountId;
        this.motivation = motivation;
        this.appliedAt = now;
    }

    public void decide(boolean approve, String officer, String decisionNote, Instant now) {
        if (status != Status.PENDING) {
            throw new RuleViolationException("patrol.application.decided", status.name());
        }
        String kept = decisionNote == null || decisionNote.isBlank() ? null : decisionNote.strip();
        if (kept != null && kept.length() > NOTE_LENGTH) {
            throw new InvalidInputException("note", "common.tooLong", NOTE_LENGTH);
        }
        status = approve ? Status.APPROVED : Status.REJECTED;
        decidedBy = officer;
        decidedAt = now;
        note = kept;
    }

    public Long getId() {
        return id;
    }

    public PatrolGroup getGroup() {
        return group;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getMotivation() {
        return motivation;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditStationId() {
        return group.stationId();
    }

    @Override
    public String auditSummary() {
        return group.getName() + " account " + accountId + " " + status;
    }
}
