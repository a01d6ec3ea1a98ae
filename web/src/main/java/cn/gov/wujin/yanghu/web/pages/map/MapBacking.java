package cn.gov.wujin.yanghu.web.pages.map;

import cn.gov.wujin.yanghu.geo.application.Boundaries;
import cn.gov.wujin.yanghu.geo.application.MapSettings;
import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import cn.gov.wujin.yanghu.organization.application.StationView;
import cn.gov.wujin.yanghu.patrol.application.PatrolMap;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.statistics.application.AreaCount;
import cn.gov.wujin.yanghu.statistics.application.HeatMap;
import cn.gov.wujin.yanghu.web.faces.Formats;
import cn.gov.wujin.yanghu.web.i18n.Messages;
import cn.gov.wujin.yanghu.web.pages.CurrentUserBacking;
import cn.gov.wujin.yanghu.web.pages.LocaleBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * map.xhtml (一张图): the areas of the caller's scope with the heat layer by grid or community,
 * tips as clustered points, the areas the patrol groups cover; the filters are the page's query
 * (kind, level, from, to, station), so a map is a link. The page's script (resources/js/map.js)
 * draws what this bean writes into the map element's data attributes: no call to the API, which
 * takes tokens, not the page's session. Also drawn on the dashboard for its period.
 */
@Named
@RequestScoped
public class MapBacking {

    @Inject
    private Boundaries boundaries;

    @Inject
    private HeatMap heatMap;

    @Inject
    private PatrolMap patrolMap;

    @Inject
    private OrganizationService organization;

    @Inject
    private MapSettings settings;

    private MapSettings.View setting;

    @Inject
    private CurrentUserBacking currentUser;

    @Inject
    private LocaleBacking locale;

    private String kind = "tips";
    private String level = "grid";
    private String fromParam;
    private String toParam;
    private String station;

    private String boundariesJson;
    private String heatJson;
    private String tipsJson;
    private String groupsJson;
    private String leadsJson;
    private String casesJson;
    private String shiftsJson;
    private String checkInsJson;

    /** The period: the given days, else the last 30 days (Beijing time). */
    public LocalDate getFrom() {
        LocalDate from = Formats.day(fromParam);
        LocalDate to = getTo();
        // a period the heat layer refuses (reversed, over five years) shows the last 30 days instead
        return from != null && !from.isAfter(to) && !from.plusYears(5).isBefore(to) ? from : to.minusDays(29);
    }

    public LocalDate getTo() {
        LocalDate to = Formats.day(toParam);
        return to != null ? to : LocalDate.now(BureauTime.ZONE);
    }

    /** The kind counted, one of the heat layer's (tips when the query names another). */
    public String getKind() {
        return List.of("tips", "leads", "cases", "checkins").contains(kind) ? kind : "tips";
    }

    /** Grid or community; leads are counted by community only. */
    public String getLevel() {
        return "leads".equals(getKind()) || "community".equals(level) ? "community" : "grid";
    }

    /** The station shown: a station's accounts always their own; a bureau account the one chosen, or all. */
    public String getStationCode() {
        return isBureau() && station != null && !station.isBlank() ? station.strip() : null;
    }

    public boolean isBureau() {
        return currentUser.getProfile().stationId() == null;
    }

    public List<StationView> getStations() {
        return organization.stations().stream().filter(StationView::active).toList();
    }

    /** The areas, a GeoJSON FeatureCollection. */
    public String getBoundariesJson() {
        if (boundariesJson == null) {
            boundariesJson = boundaries.featureCollection(null, getStationCode(), language()).toString();
        }
        return boundariesJson;
    }

    /** [{areaId, code, name, count, outside}] of the heat layer. */
    public String getHeatJson() {
        if (heatJson == null) {
            JsonArrayBuilder rows = Json.createArrayBuilder();
            for (AreaCount c : heatMap.heat(getKind(), getLevel(), getFrom(), getTo(), getStationCode(), language())) {
                rows.add(c.outside() ? Json.createObjectBuilder().add("outside", true).add("count", c.count())
                        : Json.createObjectBuilder().add("areaId", c.areaId()).add("code", c.code()).add("name", c.name())
                        .add("count", c.count()));
            }
            heatJson = rows.build().toString();
        }
        return heatJson;
    }

    /** [[id, latitude, longitude, category's name, gridId or 0], …] of the tips with a position (the newest {@value PatrolMap#POINTS}). */
    public String getTipsJson() {
        if (tipsJson == null) {
            JsonArrayBuilder points = Json.createArrayBuilder();
            for (PatrolMap.TipPoint t : patrolMap.tips(getFrom(), getTo(), stationId())) {
                points.add(Json.createArrayBuilder().add(t.id()).add(t.latitude()).add(t.longitude())
                        .add(Messages.get(language(), "tipCategory." + t.category())).add(t.gridId() == null ? 0 : t.gridId()));
            }
            tipsJson = points.build().toString();
        }
        return tipsJson;
    }

    /** [[groupId, name, gridId or 0, communityId or 0], …]: the areas the active groups cover. */
    public String getGroupsJson() {
        if (groupsJson == null) {
            JsonArrayBuilder groups = Json.createArrayBuilder();
            for (PatrolMap.GroupArea g : patrolMap.groupAreas(stationId())) {
                groups.add(Json.createArrayBuilder().add(g.groupId()).add(g.name()).add(g.gridId() == null ? 0 : g.gridId())
                        .add(g.communityId() == null ? 0 : g.communityId()));
            }
            groupsJson = groups.build().toString();
        }
        return groupsJson;
    }

    /** [[communityId, count], …]: the warning leads of the period per community (count markers at its centre). */
    public String getLeadsJson() {
        if (leadsJson == null) {
            leadsJson = perCommunity("leads");
        }
        return leadsJson;
    }

    /** [[communityId, count], …]: the cases of the period per community of the lead or tip they came from. */
    public String getCasesJson() {
        if (casesJson == null) {
            casesJson = perCommunity("cases");
        }
        return casesJson;
    }

    private String perCommunity(String counted) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (AreaCount c : heatMap.heat(counted, "community", getFrom(), getTo(), getStationCode(), language())) {
            if (!c.outside() && c.count() > 0) {
                rows.add(Json.createArrayBuilder().add(c.areaId()).add(c.count()));
            }
        }
        return rows.build().toString();
    }

    /** [[shiftId, group's name, start (text), gridId or 0, communityId or 0, checked in], …]: the period's shifts at their area. */
    public String getShiftsJson() {
        if (shiftsJson == null) {
            JsonArrayBuilder rows = Json.createArrayBuilder();
            for (PatrolMap.ShiftPoint s : patrolMap.shifts(getFrom(), getTo(), stationId())) {
                if (s.gridId() != null || s.communityId() != null) {
                    rows.add(Json.createArrayBuilder().add(s.shiftId()).add(s.groupName())
                            .add(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(s.startsAt().atZone(BureauTime.ZONE)))
                            .add(s.gridId() == null ? 0 : s.gridId()).add(s.communityId() == null ? 0 : s.communityId()).add(s.checkedIn()));
                }
            }
            shiftsJson = rows.build().toString();
        }
        return shiftsJson;
    }

    /**
     * [[shiftId, latitude, longitude, on site (1, 0, or -1 not judged), metres], …]: where the members
     * checked in; for officers and supervisors only (empty for the others).
     */
    public String getCheckInsJson() {
        if (checkInsJson == null) {
            JsonArrayBuilder rows = Json.createArrayBuilder();
            if (isSeesCheckIns()) {
                for (PatrolMap.CheckInPoint c : patrolMap.checkIns(getFrom(), getTo(), stationId())) {
                    rows.add(Json.createArrayBuilder().add(c.shiftId()).add(c.latitude()).add(c.longitude())
                            .add(c.onSite() == null ? -1 : c.onSite() ? 1 : 0).add(c.distanceMetres() == null ? 0 : c.distanceMetres()));
                }
            }
            checkInsJson = rows.build().toString();
        }
        return checkInsJson;
    }

    /** Check-in positions are shown to those who lead the patrols: officers and supervisors. */
    public boolean isSeesCheckIns() {
        jakarta.faces.context.ExternalContext context = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole("OFFICER") || context.isUserInRole("SUPERVISOR");
    }

    /** The basemap's tile URL template, or null: boundaries only. */
    public String getTileUrl() {
        return setting().tileUrl();
    }

    /** Whether the basemap uses GCJ-02: the page shifts positions for display only. */
    public boolean isTileGcj02() {
        return setting().tileGcj02();
    }

    private MapSettings.View setting() {
        if (setting == null) {
            setting = settings.current();
        }
        return setting;
    }

    private Long stationId() {
        String code = getStationCode();
        return code == null ? null : getStations().stream().filter(s -> s.code().equals(code)).map(StationView::id).findFirst()
                .orElse(-1L);
    }

    private Locale language() {
        return locale.getLocale();
    }

    /** The dashboard shows the grid map of its period and station (tips per grid). */
    public void show(LocalDate from, LocalDate to, String stationCode) {
        this.fromParam = from == null ? null : from.toString();
        this.toParam = to == null ? null : to.toString();
        this.station = stationCode;
    }

    public String getKindParam() {
        return kind;
    }

    public void setKindParam(String kind) {
        this.kind = kind;
    }

    public String getLevelParam() {
        return level;
    }

    public void setLevelParam(String level) {
        this.level = level;
    }

    public String getFromParam() {
        return fromParam;
    }

    public void setFromParam(String fromParam) {
        this.fromParam = fromParam;
    }

    public String getToParam() {
        return toParam;
    }

    public void setToParam(String toParam) {
        this.toParam = toParam;
    }

    public String getStation() {
        return station;
    }

    public void setStation(String station) {
        this.station = station;
    }
}
