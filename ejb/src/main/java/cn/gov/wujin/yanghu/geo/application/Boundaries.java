package cn.gov.wujin.yanghu.geo.application;

import cn.gov.wujin.yanghu.geo.domain.Level;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;

/**
 * The boundaries, read: where a position is (point in polygon on this instance's parsed copy,
 * {@link BoundaryCache}) and the areas as GeoJSON for the map, within the caller's station scope.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.LIAISON, Roles.VOLUNTEER, Roles.ADMIN})
public class Boundaries {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BoundaryCache cache;

    @Inject
    private StationScope scope;

    /**
     * The station, community and grid whose boundaries hold the position (a point on an edge is
     * inside). The grid decides its community and station; without a grid, the community's
     * boundary, then the station's. Open to every caller of the business tier: the public tip
     * form routes by it (the REST endpoint needs a sign-in).
     */
    @PermitAll
    public Place locate(double latitude, double longitude) {
        BoundaryCache.Snapshot areas = cache.current(em);
        Area grid = areas.at(Level.GRID, latitude, longitude);
        if (grid != null) {
            return new Place(grid.stationId(), grid.parentId(), grid.id());
        }
        Area community = areas.at(Level.COMMUNITY, latitude, longitude);
        if (community != null) {
            return new Place(community.stationId(), community.id(), null);
        }
        Area station = areas.at(Level.STATION, latitude, longitude);
        return station == null ? Place.NOWHERE : new Place(station.id(), null, null);
    }

    /** {@link #locate} for input from outside: both coordinates given and in range, else 400 naming each. */
    @PermitAll
    public Place locate(Double latitude, Double longitude) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        if (latitude == null || latitude.isNaN() || latitude < -90 || latitude > 90) {
            problems.add("latitude", "geo.latitude");
        }
        if (longitude == null || longitude.isNaN() || longitude < -180 || longitude > 180) {
            problems.add("longitude", "geo.longitude");
        }
        problems.throwIfAny();
        return locate(latitude.doubleValue(), longitude.doubleValue());
    }

    /** The areas of a level with a boundary, of one station or (null) all, by id. */
    public List<Area> areas(Level level, Long stationId) {
        return cache.current(em).of(level).stream().filter(a -> stationId == null || a.stationId() == stationId).toList();
    }

    /** One area by level and id, or null when it has no boundary (for the distance rules of check-in). */
    @PermitAll
    public Area area(Level level, long id) {
        BoundaryCache.Snapshot areas = cache.current(em);
        return switch (level) {
            case STATION -> areas.stations().get(id);
            case COMMUNITY -> areas.communities().get(id);
            case GRID -> areas.grids().get(id);
        };
    }

    /**
     * The areas of one level (all three without one) as a GeoJSON FeatureCollection; properties
     * {@code id, code, name, level, parentId, stationId, illustrative}. A station's staff get their
     * station's areas; bureau-level accounts every station's, or the one named.
     */
    public JsonObject featureCollection(String level, String stationCode, Locale locale) {
        Level only = null;
        if (level != null && !level.isBlank()) {
            only = Level.of(level);
            if (only == null) {
                throw new InvalidInputException("level", "geo.level.unknown", level);
            }
        }
        Long station = scope.stationFilter();
        if (stationCode != null && !stationCode.isBlank()) {
            station = scope.targetStation(stationCode).map(Station::getId)
                    .orElseThrow(() -> new InvalidInputException("station", "fraud.station.notYours", stationCode));
        }
        BoundaryCache.Snapshot areas = cache.current(em);
        JsonArrayBuilder features = Json.createArrayBuilder();
        for (Level each : only == null ? List.of(Level.values()) : List.of(only)) {
            for (Area area : areas.of(each)) {
                if (station == null || area.stationId() == station) {
                    features.add(feature(area, locale));
                }
            }
        }
        return Json.createObjectBuilder().add("type", "FeatureCollection").add("features", features).build();
    }

    /**
     * Every station's outline as a GeoJSON FeatureCollection (as {@link #featureCollection}), for
     * the tip forms' small map: open to every caller, the public form included (a station's area of
     * jurisdiction is no secret; communities and grids stay behind the sign-in).
     */
    @PermitAll
    public JsonObject stationOutlines(Locale locale) {
        JsonArrayBuilder features = Json.createArrayBuilder();
        for (Area area : cache.current(em).of(Level.STATION)) {
            features.add(feature(area, locale));
        }
        return Json.createObjectBuilder().add("type", "FeatureCollection").add("features", features).build();
    }

    private static JsonObject feature(Area area, Locale locale) {
        JsonObjectBuilder properties = Json.createObjectBuilder().add("id", area.id()).add("code", area.code())
                .add("name", area.name(locale)).add("level", area.level().key()).add("stationId", area.stationId())
                .add("illustrative", area.illustrative());
        if (area.parentId() == null) {
            properties.addNull("parentId");
        } else {
            properties.add("parentId", area.parentId());
        }
        return Json.createObjectBuilder().add("type", "Feature").add("id", area.level().key() + "-" + area.id())
                .add("properties", properties).add("geometry", area.outline().toJson()).build();
    }
}
