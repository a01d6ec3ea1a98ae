package cn.gov.wujin.yanghu.geo.application;

import cn.gov.wujin.yanghu.audit.AuditAction;
import cn.gov.wujin.yanghu.audit.AuditLog;
import cn.gov.wujin.yanghu.geo.domain.Level;
import cn.gov.wujin.yanghu.geo.domain.Outline;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.locationtech.jts.geom.Envelope;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An ADMIN's import of boundaries: a GeoJSON FeatureCollection, one Feature per station, community
 * or grid, matched by code (properties {@code level}, {@code code}, and the codes above it:
 * {@code station} for a community, {@code station} and {@code community} for a grid). Every feature
 * is checked before anything is stored: a valid Polygon or MultiPolygon (no self-intersection), an
 * area that exists, once in the file, inside its parent's boundary (the one in the file, else the
 * stored one) up to {@link #TOLERANCE_METRES}, and overlapping none of its siblings (the grids of one
 * community, the communities of one station, the stations: those in the file, else the stored ones)
 * by more than {@link #OVERLAP_SQUARE_METRES}. One problem stores nothing; every problem is named
 * by feature and property ({@code features[3].geometry}). A dry run checks and stores nothing.
 * Stored boundaries are IMPORTED (never redrawn by the demo), each written to the audit trail, and
 * the tips with a position in their box are located anew.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class BoundaryImport {

    /** How far an area may stick out of its parent: drawing slack along shared edges. */
    public static final double TOLERANCE_METRES = 20;

    /** How much two siblings may share: slivers along a common edge drawn twice, not a shared street. */
    public static final double OVERLAP_SQUARE_METRES = 100;

    /** The largest file taken. */
    public static final int MAX_BYTES = 5 << 20;

    private static final int MAX_FEATURES = 5000;

    /**
     * What an import did or (dry run) would do: the counts per level, each area's change, and the
     * version of the stored boundaries it was checked against ({@link #importChecked}).
     */
    public record Report(boolean dryRun, int stations, int communities, int grids, int tipsLocated, long boundaryVersion,
                         List<Change> changes) implements Serializable {

        public Report {
            changes = List.copyOf(changes);
        }

        /** How many areas of the level get a boundary for the first time ({@code replaced} false) or a new one. */
        public int count(Level level, boolean replaced) {
            return (int) changes.stream().filter(c -> c.level() == level && c.replaced() == replaced).count();
        }
    }

    /** One feature's area: new (no boundary before) or replaced, with its outline as GeoJSON (for a preview). */
    public record Change(int feature, Level level, long id, String code, String name, boolean replaced, String geometry)
            implements Serializable {
    }

    private record Parsed(int index, Level level, long id, long stationId, Long parentId, Outline outline, String code, String name) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BoundaryCache cache;

    @Inject
    private AuditLog audit;

    /**
     * The import confirmed after a dry run: refused (409, nothing stored) when the stored boundaries
     * changed since {@code checkedVersion}, so the file is checked and shown again first. The version
     * row is locked, so two confirmations in parallel cannot both pass on the same version.
     */
    public Report importChecked(byte[] body, long checkedVersion) {
        long now = ((Number) em.createNativeQuery("SELECT version FROM geo_boundary_version WHERE id = 1 FOR UPDATE")
                .getSingleResult()).longValue();
        if (now != checkedVersion) {
            throw new RuleViolationException("map.import.changedMeanwhile");
        }
        return importFile(body, false);
    }

    public Report importFile(byte[] body, boolean dryRun) {
        if (body == null || body.length == 0) {
            throw new InvalidInputException("body", "geo.import.empty");
        }
        if (body.length > MAX_BYTES) {
            throw new InvalidInputException("body", "geo.import.tooLarge", MAX_BYTES >> 20);
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            value = reader.readValue();
        } catch (RuntimeException e) {
            throw new InvalidInputException("body", "error.body.notJson");
        }
        if (!(value instanceof JsonObject collection) || !"FeatureCollection".equals(text(collection, "type"))
                || !(collection.get("features") instanceof JsonArray features)) {
            throw new InvalidInputException("body", "geo.import.notCollection");
        }
        if (features.isEmpty() || features.size() > MAX_FEATURES) {
            throw new InvalidInputException("features", "geo.import.count", MAX_FEATURES);
        }
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        Map<String, String> names = new HashMap<>();
        Map<String, Long> stations = ids(Level.STATION, "SELECT code, id, name_zh FROM station", names);
        Map<String, Long> communities = ids(Level.COMMUNITY, "SELECT s.code || '/' || c.code, c.id, c.name_zh FROM community c JOIN station s ON s.id = c.station_id",
                names);
        Map<String, Long> grids = ids(Level.GRID, "SELECT s.code || '/' || c.code || '/' || g.code, g.id, g.name FROM grid g "
                + "JOIN community c ON c.id = g.community_id JOIN station s ON s.id = c.station_id", names);
        Map<Long, Long> stationOfCommunity = new HashMap<>();
        em.createNativeQuery("SELECT id, station_id FROM community").getResultList()
                .forEach(r -> stationOfCommunity.put(((Number) ((Object[]) r)[0]).longValue(), ((Number) ((Object[]) r)[1]).longValue()));
        Map<String, Parsed> seen = new HashMap<>();
        List<Parsed> parsed = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            String at = "features[" + i + "]";
            if (!(features.get(i) instanceof JsonObject feature) || !(feature.get("properties") instanceof JsonObject properties)) {
                problems.add(at + ".properties", "geo.import.properties");
                continue;
            }
            Level level = Level.of(text(properties, "level"));
            String code = upper(text(properties, "code"));
            if (level == null) {
                problems.add(at + ".properties.level", "geo.level.unknown", String.valueOf(text(properties, "level")));
            }
            if (code == null) {
                problems.add(at + ".properties.code", "geo.import.code");
            }
            Outline outline = null;
            if (!(feature.get("geometry") instanceof JsonObject geometry)) {
                problems.add(at + ".geometry", "geo.boundary.type", "null");
            } else {
                try {
                    outline = Outline.of(geometry);
                } catch (Outline.Refused refused) {
                    problems.add(at + ".geometry", refused.key(), "");
                }
            }
            if (level == null || code == null) {
                continue;
            }
            String station = level == Level.STATION ? code : upper(text(properties, "station"));
            String community = level == Level.GRID ? upper(text(properties, "community")) : null;
            String key = switch (level) {
                case STATION -> code;
                case COMMUNITY -> station + "/" + code;
                case GRID -> station + "/" + community + "/" + code;
            };
            Long id = (level == Level.STATION ? stations : level == Level.COMMUNITY ? communities : grids).get(key);
            if (level != Level.STATION && station == null) {
                problems.add(at + ".properties.station", "geo.import.parent");
                continue;
            }
            if (level == Level.GRID && community == null) {
                problems.add(at + ".properties.community", "geo.import.parent");
                continue;
            }
            if (id == null) {
                problems.add(at + ".properties.code", "geo.import.unknown", key);
                continue;
            }
            if (seen.containsKey(level + ":" + id)) {
                problems.add(at + ".properties.code", "geo.import.twice", key, seen.get(level + ":" + id).index());
                continue;
            }
            Long parent = switch (level) {
                case STATION -> null;
                case COMMUNITY -> stations.get(station);
                case GRID -> communities.get(station + "/" + community);
            };
            long stationId = level == Level.STATION ? id : level == Level.COMMUNITY ? parent : stationOfCommunity.get(parent);
            Parsed p = new Parsed(i, level, id, stationId, parent, outline, key, names.get(level.key() + ":" + id));
            seen.put(level + ":" + id, p);
            if (outline != null) {
                parsed.add(p);
            }
        }
        // inside the parent: the parent's boundary in this file, else the stored one
        BoundaryCache.Snapshot stored = cache.current(em);
        for (Parsed p : parsed) {
            if (p.parentId() == null) {
                continue;
            }
            Level parentLevel = p.level() == Level.GRID ? Level.COMMUNITY : Level.STATION;
            Parsed inFile = seen.get(parentLevel + ":" + p.parentId());
            Outline parent = inFile != null ? inFile.outline()
                    : (parentLevel == Level.COMMUNITY ? stored.communities() : stored.stations()).containsKey(p.parentId())
                    ? (parentLevel == Level.COMMUNITY ? stored.communities() : stored.stations()).get(p.parentId()).outline() : null;
            if (parent != null && !p.outline().within(parent, TOLERANCE_METRES)) {
                problems.add("features[" + p.index() + "].geometry", "geo.import.outsideParent", p.code(), (int) TOLERANCE_METRES);
            }
        }
        overlaps(parsed, seen, stored, problems);
        problems.throwIfAny();
        List<Change> changes = new ArrayList<>();
        for (Parsed p : parsed) {
            Map<Long, Area> before = p.level() == Level.STATION ? stored.stations() : p.level() == Level.COMMUNITY ? stored.communities()
                    : stored.grids();
            changes.add(new Change(p.index(), p.level(), p.id(), p.code(), p.name(), before.containsKey(p.id()), p.outline().toGeoJson()));
        }
        int[] counts = new int[Level.values().length];
        parsed.forEach(p -> counts[p.level().ordinal()]++);
        if (dryRun) {
            return new Report(true, counts[0], counts[1], counts[2], 0, stored.version(), changes);
        }
        Envelope touched = new Envelope();
        for (Parsed p : parsed) {
            Envelope box = p.outline().box();
            touched.expandToInclude(box);
            String table = p.level().key(); // station, community or grid: constants of Level, never input
            em.createNativeQuery("UPDATE " + table + " SET boundary = ?1, boundary_source = 'IMPORTED', boundary_min_lat = ?2, "
                            + "boundary_min_lon = ?3, boundary_max_lat = ?4, boundary_max_lon = ?5 WHERE id = ?6")
                    .setParameter(1, p.outline().toGeoJson()).setParameter(2, box.getMinY()).setParameter(3, box.getMinX())
                    .setParameter(4, box.getMaxY()).setParameter(5, box.getMaxX()).setParameter(6, p.id()).executeUpdate();
            audit.record(AuditAction.UPDATE, "Boundary", p.level().key() + ":" + p.id(), p.stationId(),
                    p.level().key() + " " + p.code() + " boundary imported");
        }
        // the tips in the boxes changed: their grid and community by the new boundaries
        int located = em.createNativeQuery("UPDATE tip t SET grid_id = x.grid_id, community_id = coalesce("
                        + "(SELECT g.community_id FROM grid g WHERE g.id = x.grid_id), geo_community_at(t.latitude::float8, t.longitude::float8)) "
                        + "FROM (SELECT id, geo_grid_at(latitude::float8, longitude::float8) AS grid_id FROM tip "
                        + "WHERE latitude BETWEEN ?1 AND ?2 AND longitude BETWEEN ?3 AND ?4) x WHERE t.id = x.id")
                .setParameter(1, touched.getMinY()).setParameter(2, touched.getMaxY())
                .setParameter(3, touched.getMinX()).setParameter(4, touched.getMaxX()).executeUpdate();
        return new Report(false, counts[0], counts[1], counts[2], located, stored.version(), changes);
    }

    /**
     * Siblings must not overlap (more than {@link #OVERLAP_SQUARE_METRES}): each feature against the
     * features before it in the file with the same parent, and against the stored siblings the file
     * does not replace. Named at the later feature, with the other feature or the stored area's code.
     */
    @SuppressWarnings("unchecked")
    private static void overlaps(List<Parsed> parsed, Map<String, Parsed> inFile, BoundaryCache.Snapshot stored,
                                 InvalidInputsException.Collector problems) {
        int tolerance = (int) OVERLAP_SQUARE_METRES;
        for (int i = 0; i < parsed.size(); i++) {
            Parsed p = parsed.get(i);
            for (int j = 0; j < i; j++) {
                Parsed q = parsed.get(j);
                if (q.level() == p.level() && java.util.Objects.equals(q.parentId(), p.parentId())) {
                    double shared = p.outline().overlapSquareMetres(q.outline());
                    if (shared > OVERLAP_SQUARE_METRES) {
                        problems.add("features[" + p.index() + "].geometry", "map.import.overlapsFeature", "features[" + q.index() + "]",
                                q.code(), Math.round(shared), tolerance);
                    }
                }
            }
            org.locationtech.jts.index.strtree.STRtree index = stored.index().get(p.level());
            if (index == null) {
                continue;
            }
            for (Area other : (List<Area>) index.query(p.outline().box())) {
                if (inFile.containsKey(p.level() + ":" + other.id()) || !java.util.Objects.equals(other.parentId(), p.parentId())) {
                    continue; // replaced by the file (checked above), or not a sibling
                }
                double shared = p.outline().overlapSquareMetres(other.outline());
                if (shared > OVERLAP_SQUARE_METRES) {
                    problems.add("features[" + p.index() + "].geometry", "map.import.overlapsStored", other.code(), other.nameZh(),
                            Math.round(shared), tolerance);
                }
            }
        }
    }

    /** Ids by code (upper case); the names by level and id into {@code names}. */
    private Map<String, Long> ids(Level level, String sql, Map<String, String> names) {
        Map<String, Long> ids = new HashMap<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] r = (Object[]) row;
            ids.put(((String) r[0]).toUpperCase(Locale.ROOT), ((Number) r[1]).longValue());
            names.put(level.key() + ":" + r[1], (String) r[2]);
        }
        return ids;
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static String upper(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
    }
}
