package cn.gov.wujin.yanghu.liaison.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
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
import java.time.LocalDate;

/** An action a visit set, due by a day, done once. */
@Entity
@Table(name = "visit_follow_up")
public class VisitFollowUp implements AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id", nullable = false, updatable = false)
    private Visit visit;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by")
    private String doneBy;

    protected VisitFollowUp() {
    }

    VisitFollowUp(Visit visit, String action, LocalDate dueOn) {
        this.visit = visit;
        this.action = action;
        this.dueOn = dueOn;
    }

    public void done(String by, Instant at) {
        if (doneAt != null) {
            throw new RuleViolationException("liaison.followUp.done");
        }
        this.doneAt = at;
        this.doneBy = by;
    }

    public boolean isOverdueOn(LocalDate today) {
        return doneAt == null && today.isAfter(dueOn);
    }

    public Long getId() {
        return id;
    }

    public Visit getVisit() {
        return visit;
    }

    public String getAction() {
        return action;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditStationId() {
        return visit.stationId();
    }

    @Override
    public String auditSummary() {
        return "visit " + visit.getId() + " follow-up due " + dueOn + (doneAt == null ? "" : " done by " + doneBy);
    }
}
