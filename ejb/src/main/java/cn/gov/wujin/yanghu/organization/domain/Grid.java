package cn.gov.wujin.yanghu.organization.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.shared.StationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A grid (网格) of a community: the smallest unit of patrol and grid-worker duty. */
@Entity
@Table(name = "grid")
@NamedQuery(name = "Grid.ofCommunity", query = "SELECT g FROM Grid g WHERE g.community.id = :community ORDER BY g.code")
public class Grid implements AuditedEntity, StationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false, updatable = false)
    private Community community;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    /** The English name; null for a grid named before grids had one (V22), which shows its Chinese name. */
    @Column(name = "name_en")
    private String nameEn;

    @Version
    private long version;

    protected Grid() {
    }

    public Grid(Community community, String code, String name, String nameEn) {
        this.community = community;
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
    }

    /** A new name (an import's re-run); the code stays. */
    public void rename(String name, String nameEn) {
        this.name = name;
        this.nameEn = nameEn;
    }

    public Long getId() {
        return id;
    }

    public Community getCommunity() {
        return community;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    @Override
    public Long stationId() {
        return community.stationId();
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditStationId() {
        return stationId();
    }

    @Override
    public String auditSummary() {
        return community.getCode() + "/" + code + " " + name;
    }
}
