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

/** One victim's share of a return plan: money traced to them plus their proportional share. */
@Entity
@Table(name = "return_share")
public class ReturnShare implements AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "return_plan_id", nullable = false, updatable = false)
    private ReturnPlan plan;

    @Column(nullable = false, updatable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fraud_case_id", nullable = false, updatable = false)
    private FraudCase fraudCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "victim_id", nullable = false, updatable = false)
    private Victim victim;

    @Column(nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal transferred;

    @Column(name = "returned_before", nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal returnedBefore;

    @Column(nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal traced;

    @Column(nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal loss;

    @Column(nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal proportional;

    @Column(nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    protected ReturnShare() {
    }

    ReturnShare(ReturnPlan plan, int position, FraudCase fraudCase, Victim victim, BigDecimal transferred, BigDecimal returnedBefore,
                ReturnShares.Share share) {
        this.plan = plan;
        this.position = position;
        this.fraudCase = fraudCase;
        this.victim = victim;
        this.transferred = transferred;
        this.returnedBefore = returnedBefore;
        this.traced = share.traced();
        this.loss = share.loss();
        this.proportional = share.proportional();
        this.amount = share.amount();
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public FraudCase getFraudCase() {
        return fraudCase;
    }

    public Victim getVictim() {
        return victim;
    }

    public BigDecimal getTransferred() {
        return transferred;
    }

    public BigDecimal getReturnedBefore() {
        return returnedBefore;
    }

    public BigDecimal getTraced() {
        return traced;
    }

    public BigDecimal getLoss() {
        return loss;
    }

    public BigDecimal getProportional() {
        return proportional;
    }

    public BigDecimal getAmount() {
        return amount;
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
        return "plan " + plan.getId() + " " + fraudCase.getCaseNumber() + " victim " + victim.getPosition() + " traced " + traced
                + " proportional " + proportional + " share " + amount;
    }
}
