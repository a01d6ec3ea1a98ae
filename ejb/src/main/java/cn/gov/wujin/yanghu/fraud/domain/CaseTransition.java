package cn.gov.wujin.yanghu.fraud.domain;

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

import java.time.Instant;

/** One step of a case's procedure: who did what, when and why. Never changed afterwards. */
@Entity
@Table(name = "case_transition")
public class CaseTransition {

    /** The longest reason the timeline keeps (its column). */
    public static final int REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fraud_case_id", nullable = false, updatable = false)
    private FraudCase fraudCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CaseAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, updatable = false)
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private CaseStatus toStatus;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(updatable = false)
    private String reason;

    protected CaseTransition() {
    }

    CaseTransition(FraudCase fraudCase, CaseAction action, CaseStatus fromStatus, String actor, Instant occurredAt, String reason) {
        this.fraudCase = fraudCase;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = action.target();
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.reason = reason;
    }

    public CaseAction getAction() {
        return action;
    }

    public CaseStatus getFromStatus() {
        return fromStatus;
    }

    public CaseStatus getToStatus() {
        return toStatus;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getReason() {
        return reason;
    }
}
