package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.shared.Masking;
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

/** An objection (异议) to a return plan raised during its public notice, as an officer took it down. */
@Entity
@Table(name = "return_objection")
public class ReturnObjection implements AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "return_plan_id", nullable = false, updatable = false)
    private ReturnPlan plan;

    @Column(nullable = false, updatable = false)
    private String objector;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ReturnObjection() {
    }

    ReturnObjection(ReturnPlan plan, String objector, String text, String recordedBy, Instant recordedAt) {
        this.plan = plan;
        this.objector = objector;
        this.text = text;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public String getObjector() {
        return objector;
    }

    public String getText() {
        return text;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditStationId() {
        return null;
    }

    @Override
    public String auditSummary() {
        return "plan " + plan.getId() + " objection by " + Masking.personName(objector) + " recorded by " + recordedBy;
    }
}
