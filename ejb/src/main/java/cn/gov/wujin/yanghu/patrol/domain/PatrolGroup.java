package cn.gov.wujin.yanghu.patrol.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Community;
import cn.gov.wujin.yanghu.organization.domain.Grid;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Station;
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
import jakarta.persistence.Version;

import java.util.Objects;

/** A patrol group (巡防队) of a community or grid, led by a community officer (社区民警). */
@Entity
@Table(name = "patrol_group")
public class PatrolGroup implements AuditedEntity, StationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "station_id", nullable = false, updatable = false)
    private Station station;

    @Column(name = "station_id", insertable = false, updatable = false)
    private Long stationId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "community_id")
    private Community community;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "grid_id")
    private Grid grid;

    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "leading_officer_id", nullable = false)
    private Account leadingOfficer;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected PatrolGroup() {
    }

    public PatrolGroup(Station station, String name, Account leadingOfficer, Community community, Grid grid) {
        this.station = station;
        this.stationId = station.getId();
        this.name = name;
        ledBy(leadingOfficer);
        covers(community, grid);
    }

    /**
     * The area the group patrols: a community of its own station, or one grid of it, or (both
     * null) the station at large. A grid alone stands for its community too.
     */
    public final void covers(Community community, Grid grid) {
        Community area = grid == null ? community : grid.getCommunity();
        if (grid != null && community != null && !Objects.equals(community.getId(), area.getId())) {
            throw new InvalidInputException("gridId", "patrol.group.gridOfCommunity");
        }
        if (area != null && !Objects.equals(area.stationId(), stationId)) {
            throw new InvalidInputException("communityId", "patrol.group.communityOfStation");
        }
        this.community = area;
        this.grid = grid;
    }

    /** The group's officer: an active officer of its own station. */
    public final void ledBy(Account officer) {
        if (officer == null || !officer.isActive() || !officer.getRoles().contains(Role.OFFICER)
                || !Objects.equals(officer.stationId(), stationId)) {
            throw new InvalidInputException("leadingOfficer", "patrol.group.officerOfStation");
        }
        this.leadingOfficer = officer;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void activate(boolean on) {
        this.active = on;
    }

    public boolean isLedBy(String username) {
        return leadingOfficer.getUsername().equals(username);
    }

    public Long getId() {
        return id;
    }

    public Station getStation() {
        return station;
    }

    public Community getCommunity() {
        return community;
    }

    public Grid getGrid() {
        return grid;
    }

    public String getName() {
        return name;
    }

    public Account getLeadingOfficer() {
        return leadingOfficer;
    }

    public boolean isActive() {
        return active;
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
        return name + " officer " + leadingOfficer.getUsername() + (community == null ? "" : " community " + community.getCode())
                + (grid == null ? "" : " grid " + grid.getCode()) + (active ? "" : " inactive");
    }
}
