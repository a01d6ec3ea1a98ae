package cn.gov.wujin.yanghu.geo.demo;

import cn.gov.wujin.yanghu.geo.domain.Outline;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.locationtech.jts.geom.Envelope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The demo's illustrative boundaries ({@link DemoBoundaries}), drawn at start with the demo data
 * ({@code yanghu.demo=true}) after every demo loader, so the demo history's communities get theirs.
 * Drawn again when a station, community or grid has none yet, unless an ADMIN imported real
 * boundaries (an imported one is never overwritten by a drawing). Tips with a position written
 * before are located anew.
 */
@Singleton
@Startup
@DependsOn("DemoHistoryLoader")
public class GeoDemoData {

    private static final Logger LOG = Logger.getLogger(GeoDemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "yanghu.demo", defaultValue = "false")
    private boolean enabled;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(20261206)").getSingleResult();
        Number imported = (Number) em.createNativeQuery("SELECT (SELECT count(*) FROM station WHERE boundary_source = 'IMPORTED') "
                + "+ (SELECT count(*) FROM community WHERE boundary_source = 'IMPORTED') "
                + "+ (SELECT count(*) FROM grid WHERE boundary_source = 'IMPORTED')").getSingleResult();
        Number missing = (Number) em.createNativeQuery("SELECT (SELECT count(*) FROM station WHERE boundary IS NULL) "
                + "+ (SELECT count(*) FROM community WHERE boundary IS NULL) "
                + "+ (SELECT count(*) FROM grid WHERE boundary IS NULL)").getSingleResult();
        if (imported.longValue() > 0 || missing.longValue() == 0) {
            return;
        }
        long started = System.nanoTime();
        // keyed by station/community/grid codes (a grid's code is unique within its community only)
        Map<String, Map<String, List<String>>> places = new LinkedHashMap<>();
        Map<String, Long> ids = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT s.code, s.id, c.code, c.id, g.code, g.id FROM station s "
                + "LEFT JOIN community c ON c.station_id = s.id LEFT JOIN grid g ON g.community_id = c.id").getResultList()) {
            Object[] r = (Object[]) row;
            String station = (String) r[0];
            ids.put("S:" + station, ((Number) r[1]).longValue());
            Map<String, List<String>> communities = places.computeIfAbsent(station, k -> new LinkedHashMap<>());
            if (r[2] != null) {
                String community = station + "/" + r[2];
                ids.put("C:" + community, ((Number) r[3]).longValue());
                List<String> grids = communities.computeIfAbsent(community, k -> new ArrayList<>());
                if (r[4] != null) {
                    grids.add(community + "/" + r[4]);
                    ids.put("G:" + community + "/" + r[4], ((Number) r[5]).longValue());
                }
            }
        }
        DemoBoundaries.Drawn drawn = DemoBoundaries.draw(new DemoBoundaries.Places(places));
        drawn.stations().forEach((key, outline) -> write("station", outline, ids.get("S:" + key)));
        drawn.communities().forEach((key, outline) -> write("community", outline, ids.get("C:" + key)));
        drawn.grids().forEach((key, outline) -> write("grid", outline, ids.get("G:" + key)));
        int located = em.createNativeQuery("UPDATE tip SET grid_id = geo_grid_at(latitude::double precision, longitude::double precision) "
                + "WHERE latitude IS NOT NULL").executeUpdate();
        em.createNativeQuery("UPDATE tip t SET community_id = coalesce((SELECT g.community_id FROM grid g WHERE g.id = t.grid_id), "
                + "geo_community_at(t.latitude::double precision, t.longitude::double precision)) WHERE t.latitude IS NOT NULL")
                .executeUpdate();
        LOG.info(String.format("Demo boundaries (illustrative) drawn: %d stations, %d communities, %d grids; %d tips located; %d ms",
                drawn.stations().size(), drawn.communities().size(), drawn.grids().size(), located,
                (System.nanoTime() - started) / 1_000_000));
    }

    private void write(String table, Outline outline, Long id) {
        Envelope box = outline.box();
        // table is one of three names written in this class, never input
        em.createNativeQuery("UPDATE " + table + " SET boundary = ?1, boundary_source = 'ILLUSTRATIVE', boundary_min_lat = ?2, "
                        + "boundary_min_lon = ?3, boundary_max_lat = ?4, boundary_max_lon = ?5 WHERE id = ?6")
                .setParameter(1, outline.toGeoJson()).setParameter(2, box.getMinY()).setParameter(3, box.getMinX())
                .setParameter(4, box.getMaxY()).setParameter(5, box.getMaxX()).setParameter(6, id).executeUpdate();
    }
}
