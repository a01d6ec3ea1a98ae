package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One renewal (续冻) of a freeze, approved by a supervisor: a decision of its own, with its own document later. */
@Entity
@Table(name = "freeze_renewal")
public class FreezeRenewal implements AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stop_payment_id", nullable = false, updatable = false)
    private StopPayment stopPayment;

    @Column(name = "renewed_at", nullable = false, updatable = false)
    private Instant renewedAt;

    @Column(name = "previous_expires_at", nullable = false, updatable = false)
    private Instant previousExpiresAt;

    @Column(name = "new_expires_at", nullable = false, updatable = false)
    private Instant newExpiresAt;

    @Column(name = "approved_by", nullable = false, updatable = false)
    private String approvedBy;

    protected FreezeRenewal() {
    }

    FreezeRenewal(StopPayment stopPayment, Instant renewedAt, Instant previousExpiresAt, Instant newExpiresAt, String approvedBy) {
        this.stopPayment = stopPayment;
        this.renewedAt = renewedAt;
        this.previousExpiresAt = previousExpiresAt;
        this.newExpiresAt = newExpiresAt;
        this.approvedBy = approvedBy;
    }

    public Long getId() {
        return id;
    }

    public Instant getRenewedAt() {
        return renewedAt;
    }

    public Instant getPreviousExpiresAt() {
        return previousExpiresAt;
    }

    public Instant getNewExpiresAt() {
        return newExpiresAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditStationId() {
        return stopPayment.auditStationId();
    }

    @Override
    public String auditSummary() {
        return "stop-payment " + stopPayment.getId() + " renewed " + previousExpiresAt + " → " + newExpiresAt + " by " + approvedBy;
    }
}
