package cn.gov.wujin.yanghu.liaison.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.Masking;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** An enterprise (企业) in a station's area, known by its unified social credit code. */
@Entity
@Table(name = "enterprise")
@NamedQuery(name = "Enterprise.byCreditCode", query = "SELECT e FROM Enterprise e WHERE e.creditCode = :code")
public class Enterprise implements AuditedEntity, StationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "station_id", nullable = false)
    private Station station;

    @Column(name = "station_id", insertable = false, updatable = false)
    private Long stationId;

    @Column(nullable = false)
    private String name;

    @Column(name = "credit_code", nullable = false, updatable = false)
    private String creditCode;

    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sector sector;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Enterprise() {
    }

    public Enterprise(Station station, String creditCode, String name, Sector sector, Instant createdAt) {
        this.station = station;
        this.stationId = station.getId();
        this.creditCode = creditCode;
        this.name = name;
        this.sector = sector;
        this.createdAt = createdAt;
    }

    public void describe(String name, Sector sector, String address, String contactName, String contactPhone) {
        this.name = name;
        this.sector = sector;
        this.address = address;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
    }

    /** Enterprises move between stations' areas when the district redraws them. */
    public void moveTo(Station newStation) {
        this.station = newStation;
        this.stationId = newStation.getId();
    }

    public Long getId() {
        return id;
    }

    public Station getStation() {
        return station;
    }

    public String getName() {
        return name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getAddress() {
        return address;
    }

    public Sector getSector() {
        return sector;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
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
        return creditCode + " " + name + " " + sector + (contactPhone == null ? "" : " contact " + Masking.phone(contactPhone));
    }
}
