package cn.gov.wujin.yanghu.liaison.domain;

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
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A major project (重大项目) of an enterprise, at a site in a station's area. Its stage only
 * moves forward; the day each stage was reached is kept.
 */
@Entity
@Table(name = "project")
public class Project implements AuditedEntity, StationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false, updatable = false)
    private Enterprise enterprise;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "station_id", nullable = false)
    private Station station;

    @Column(name = "station_id", insertable = false, updatable = false)
    private Long stationId;

    @Column(nullable = false)
    private String name;

    @Column(name = "site_address")
    private String siteAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStage stage = ProjectStage.SIGNED;

    private BigDecimal investment;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "landed_on")
    private LocalDate landedOn;

    @Column(name = "construction_on")
    private LocalDate constructionOn;

    @Column(name = "operating_on")
    private LocalDate operatingOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Project() {
    }

    public Project(Enterprise enterprise, Station station, String name, Instant createdAt) {
        this.enterprise = enterprise;
        this.station = station;
        this.stationId = station.getId();
        this.name = name;
        this.createdAt = createdAt;
    }

    public void describe(String name, String siteAddress, BigDecimal investment, LocalDate signedOn) {
        if (investment != null && investment.signum() < 0) {
            throw new InvalidInputException("investment", "liaison.project.investment");
        }
        this.name = name;
        this.siteAddress = siteAddress;
        this.investment = investment;
        this.signedOn = signedOn;
    }

    /** Moves the project forward to a later stage reached on the given day; never back. */
    public void reach(ProjectStage next, LocalDate on) {
        if (next == null) {
            throw new InvalidInputException("stage", "liaison.project.stage");
        }
        if (next.ordinal() <= stage.ordinal()) {
            throw new RuleViolationException("liaison.project.stageBack", stage.name(), next.name());
        }
        if (on == null) {
            throw new InvalidInputException("on", "liaison.project.stageDate");
        }
        this.stage = next;
        switch (next) {
            case LANDED -> landedOn = on;
            case CONSTRUCTION -> constructionOn = on;
            case OPERATING -> operatingOn = on;
            default -> signedOn = on;
        }
    }

    public Long getId() {
        return id;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public Station getStation() {
        return station;
    }

    public String getName() {
        return name;
    }

    public String getSiteAddress() {
        return siteAddress;
    }

    public ProjectStage getStage() {
        return stage;
    }

    public BigDecimal getInvestment() {
        return investment;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getLandedOn() {
        return landedOn;
    }

    public LocalDate getConstructionOn() {
        return constructionOn;
    }

    public LocalDate getOperatingOn() {
        return operatingOn;
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
        return name + " " + stage + (investment == null ? "" : " investment " + investment.toPlainString());
    }
}
