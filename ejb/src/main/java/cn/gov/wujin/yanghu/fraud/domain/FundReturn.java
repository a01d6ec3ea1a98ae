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

import java.math.BigDecimal;
import java.time.Instant;

/** Money given back to one victim (返还). */
@Entity
@Table(name = "fund_return")
public class FundReturn implements AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fraud_case_id", nullable = false, updatable = false)
    private FraudCase fraudCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "victim_id", nullable = false, updatable = false)
    private Victim victim;

    @Column(nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "returned_at", nullable = false, updatable = false)
    private Instant returnedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    /** The return plan it was paid under; none for a return recorded directly. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "return_plan_id", updatable = false)
    private ReturnPlan plan;

    protected FundReturn() {
    }

    FundReturn(FraudCase fraudCase, Victim victim, BigDecimal amount, Instant returnedAt, String recordedBy) {
        this.fraudCase = fraudCase;
        this.victim = victim;
        this.amount = amount;
        this.returnedAt = returnedAt;
        this.recordedBy = recordedBy;
    }

    FundReturn(FraudCase fraudCase, Victim victim, BigDecimal amount, Instant returnedAt, String recordedBy, ReturnPlan plan) {
        this(fraudCase, victim, amount, returnedAt, recordedBy);
        this.plan = plan;
    }

    public Victim getVictim() {
        return victim;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditStationId() {
        return fraudCase.stationId();
    }

    @Override
    public String auditSummary() {
        return fraudCase.getCaseNumber() + " victim " + (fraudCase.getVictims().indexOf(victim) + 1) + " returned " + amount
                + (plan == null ? "" : " under return plan " + plan.getId());
    }
}
