package cn.gov.wujin.yanghu.organization.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
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

/** A community (社区) or village (村) covered by one station. */
@Entity
@Table(name = "community")
public class Community implements AuditedEntity, StationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "station_id", nullable = false, updatable = false)
    private Station station;

    @Column(name = "station_id", insertable = false, updatable = false)
    private Long stationId;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommunityKind kind;

    @Version
    private long version;

    protected Community() {
    }

    public Community(Station station, String code, String nameZh, String nameEn, CommunityKind kind) {
        this.station = station;
        this.stationId = station.getId();
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.kind = kind;
    }

    public void rename(String code, String nameZh, String nameEn, CommunityKind kind) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public Station getStation() {
        return station;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public CommunityKind getKind() {
        return kind;
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
        return code + " " + nameZh;
    }
}
