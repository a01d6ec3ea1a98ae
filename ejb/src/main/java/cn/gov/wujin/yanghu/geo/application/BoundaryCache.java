package cn.gov.wujin.yanghu.geo.application;

import cn.gov.wujin.yanghu.geo.domain.Level;
import cn.gov.wujin.yanghu.geo.domain.Outline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * This instance's copy of the boundaries, parsed and indexed. Only a copy: the database holds
 * the boundaries and a version number that every change of a station, community or grid counts
 * up (V30's triggers); each use asks that number (one row by key) and reloads when it moved,
 * so another instance's import holds here from the next request on.
 */
@ApplicationScoped
public class BoundaryCache {

    private static final Logger LOG = Logger.getLogger(BoundaryCache.class.getName());

    /** One version of the boundaries: the areas by level, each level in an R-tree of boxes. */
    public record Snapshot(long version, Map<Level, List<Area>> areas, Map<Level, STRtree> index, Map<Long, Area> communities,
                           Map<Long, Area> grids, Map<Long, Area> stations) {

        public List<Area> of(Level level) {
            return areas.getOrDefault(level, List.of());
        }

        /** The first area of the level that covers the position, or null. */
        @SuppressWarnings("unchecked")
        public Area at(Level level, double latitude, double longitude) {
            STRtree tree = index.get(level);
            if (tree == null) {
                return null;
            }
            List<Area> candidates = tree.query(new Envelope(longitude, longitude, latitude, latitude));
            Area found = null;
            for (Area area : candidates) {
                if ((found == null || area.id() < found.id()) && area.outline().covers(latitude, longitude)) {
                    found = area; // the lowest id, as the database's rule (geo_grid_at) takes
                }
            }
            return found;
        }
    }

    private volatile Snapshot current;

    /** The current boundaries, reloaded first when the database's version moved on. */
    public Snapshot current(EntityManager em) {
        long version = ((Number) em.createNativeQuery("SELECT version FROM geo_boundary_version WHERE id = 1")
                .getSingleResult()).longValue();
        Snapshot known = current;
        if (known != null && known.version() == version) {
            return known;
        }
        Snapshot loaded = load(em, version);
        current = loaded;
        return loaded;
    }

    private static Snapshot load(EntityManager em, long version) {
        Map<Level, List<Area>> areas = new EnumMap<>(Level.class);
        read(em, areas, Level.STATION, "SELECT id, code, name_zh, name_en, NULL, id, boundary_source, boundary FROM station "
                + "WHERE boundary IS NOT NULL ORDER BY id");
        read(em, areas, Level.COMMUNITY, "SELECT id, code, name_zh, name_en, station_id, station_id, boundary_source, boundary "
                + "FROM community WHERE boundary IS NOT NULL ORDER BY id");
        read(em, areas, Level.GRID, "SELECT g.id, g.code, g.name, g.name_en, g.community_id, c.station_id, g.boundary_source, "
                + "g.boundary FROM grid g JOIN community c ON c.id = g.community_id WHERE g.boundary IS NOT NULL ORDER BY g.id");
        Map<Level, STRtree> index = new EnumMap<>(Level.class);
        for (Map.Entry<Level, List<Area>> level : areas.entrySet()) {
            STRtree tree = new STRtree();
            level.getValue().forEach(area -> tree.insert(area.outline().box(), area));
            tree.build();
            index.put(level.getKey(), tree);
        }
        return new Snapshot(version, areas, index, byId(areas.get(Level.COMMUNITY)), byId(areas.get(Level.GRID)),
                byId(areas.get(Level.STATION)));
    }

    private static void read(EntityManager em, Map<Level, List<Area>> areas, Level level, String sql) {
        List<Area> read = new ArrayList<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] r = (Object[]) row;
            try {
                read.add(new Area(level, ((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                        r[4] == null ? null : ((Number) r[4]).longValue(), ((Number) r[5]).longValue(), (String) r[6],
                        Outline.parse((String) r[7])));
            } catch (Outline.Refused e) {
                // only valid boundaries are stored; one broken by hand in SQL is left off the map, not the whole map
                LOG.warning(level + " " + r[0] + " has a boundary that is not valid: " + e.getMessage());
            }
        }
        areas.put(level, Collections.unmodifiableList(read));
    }

    private static Map<Long, Area> byId(List<Area> areas) {
        Map<Long, Area> byId = new HashMap<>();
        areas.forEach(area -> byId.put(area.id(), area));
        return byId;
    }
}
