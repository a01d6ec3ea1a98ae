package cn.gov.wujin.yanghu.liaison.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.StationOwned;
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
import java.util.Objects;

/**
 * A liaison officer's charge of one project (or one enterprise as a whole) from a start to
 * an end. At most one runs per project or enterprise (partial unique indexes).
 */
@Entity
@Table(name = "liaison_assignment")
public class LiaisonAssignment implements AuditedEntity, StationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", updatable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id", updatable = false)
    private Enterprise enterprise;

    @Column(name = "station_id", nullable = false, updatable = false)
    private Long stationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "officer_id", nullable = false, updatable = false)
    private Account officer;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    private String assignedBy;

    @Column(updatable = false)
    private String reason;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "end_reason")
    private String endReason;

    protected LiaisonAssignment() {
    }

    private LiaisonAssignment(Project project, Enterprise enterprise, long stationId, Account officer, String assignedBy,
                              String reason, Instant at) {
        if (officer == null || !officer.isActive() || !officer.getRoles().contains(Role.LIAISON)
                || !Objects.equals(officer.stationId(), stationId)) {
            throw new InvalidInputException("officer", "liaison.assignment.officer");
        }
        this.project = project;
        this.enterprise = enterprise;
        this.stationId = stationId;
        this.officer = officer;
        this.assignedBy = assignedBy;
        this.reason = reason;
        this.startedAt = at;
    }

    /** A liaison officer of the project's station takes the project on. */
    public static LiaisonAssignment ofProject(Project project, Account officer, String assignedBy, String reason, Instant at) {
        return new LiaisonAssignment(project, null, project.stationId(), officer, assignedBy, reason, at);
    }

    public static LiaisonAssignment ofEnterprise(Enterprise enterprise, Account officer, String assignedBy, String reason,
                                                 Instant at) {
        return new LiaisonAssignment(null, enterprise, enterprise.stationId(), officer, assignedBy, reason, at);
    }

    /** Ends the charge (a reassignment, a transfer, a project that closed); the row stays as history. */
    public void end(String by, String why, Instant at) {
        if (endedAt == null) {
            this.endedAt = at;
            this.endedBy = by;
            this.endReason = why;
        }
    }

    public boolean isActive() {
        return endedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public Account getOfficer() {
        return officer;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public String getReason() {
        return reason;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public String getEndReason() {
        return endReason;
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
        return (project != null ? "project " + project.getId() : "enterprise " + enterprise.getId()) + " liaison "
                + officer.getUsername() + (endedAt == null ? "" : " ended");
    }
}
