package cn.gov.wujin.yanghu.liaison.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.StationOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A liaison's visit (走访) to a project: whom they met, what was discussed, risks and follow-ups. */
@Entity
@Table(name = "visit")
public class Visit implements AuditedEntity, StationOwned {

    /**
     * From the identity column's own sequence, taken before the insert: an insert trigger writes the
     * identifiers the text names (V31), and IDENTITY would read that table's id back (lastval()).
     */
    @Id
    @SequenceGenerator(name = "visit_id", sequenceName = "visit_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Column(name = "station_id", nullable = false, updatable = false)
    private Long stationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "officer_id", nullable = false, updatable = false)
    private Account officer;

    @Column(name = "visited_on", nullable = false, updatable = false)
    private LocalDate visitedOn;

    @Column(name = "people_met", nullable = false, updatable = false)
    private String peopleMet;

    @Column(nullable = false, updatable = false)
    private String topics;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @ElementCollection
    @CollectionTable(name = "visit_risk", joinColumns = @JoinColumn(name = "visit_id"))
    private List<VisitRisk> risks = new ArrayList<>();

    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL)
    @OrderBy("dueOn")
    private List<VisitFollowUp> followUps = new ArrayList<>();

    @Version
    private long version;

    protected Visit() {
    }

    public Visit(Project project, Account officer, LocalDate visitedOn, String peopleMet, String topics, Instant recordedAt) {
        if (visitedOn == null || visitedOn.isAfter(recordedAt.atZone(BureauTime.ZONE).toLocalDate())) {
            throw new InvalidInputException("visitedOn", "liaison.visit.future");
        }
        this.project = project;
        this.stationId = project.stationId();
        this.officer = officer;
        this.visitedOn = visitedOn;
        this.peopleMet = peopleMet;
        this.topics = topics;
        this.recordedAt = recordedAt;
    }

    public void found(RiskCategory category, String note) {
        if (risks.stream().anyMatch(r -> r.getCategory() == category)) {
            throw new InvalidInputException("risks", "liaison.visit.riskTwice", category.name());
        }
        risks.add(new VisitRisk(category, note));
    }

    public VisitFollowUp followUp(String action, LocalDate dueOn) {
        if (dueOn.isBefore(visitedOn)) {
            throw new InvalidInputException("followUps", "liaison.visit.followUpBeforeVisit");
        }
        VisitFollowUp followUp = new VisitFollowUp(this, action, dueOn);
        followUps.add(followUp);
        return followUp;
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public Account getOfficer() {
        return officer;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public String getPeopleMet() {
        return peopleMet;
    }

    public String getTopics() {
        return topics;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public List<VisitRisk> getRisks() {
        return risks;
    }

    public List<VisitFollowUp> getFollowUps() {
        return followUps;
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
        return "project " + project.getId() + " on " + visitedOn + " by " + officer.getUsername()
                + (risks.isEmpty() ? "" : " risks " + risks.stream().map(r -> r.getCategory().name()).collect(Collectors.joining(",")));
    }
}
