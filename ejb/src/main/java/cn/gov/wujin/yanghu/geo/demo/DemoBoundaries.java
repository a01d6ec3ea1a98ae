package cn.gov.wujin.yanghu.geo.demo;

import cn.gov.wujin.yanghu.geo.domain.Outline;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Illustrative boundaries for the demo: NOT official (a public map needs an approval number,
 * 审图号). The district is a rough outline of Wujin; each station gets the part of it nearer to
 * its town's centre than to any other (a Voronoi cell), each station's communities split that
 * cell west to east in equal areas, and each community's grids split it south to north. So
 * stations never overlap, grids lie inside their community and communities inside their
 * station, and every point of the district is in exactly one area of each level (a point on a
 * shared edge in two). Pure and deterministic: the same codes give the same outlines.
 */
public final class DemoBoundaries {

    /** code, latitude, longitude: the towns' centres (the demo history places its tips around them). */
    static final Object[][] STATIONS = {
            {"HT", 31.7185, 119.9610}, {"NT", 31.7520, 119.9290}, {"NXS", 31.6800, 119.9850},
            {"XH", 31.7230, 119.9050}, {"LY", 31.7980, 120.0990}, {"YG", 31.7690, 120.0500},
            {"HL", 31.8230, 120.1530}, {"HSQ", 31.7700, 120.1320}, {"XY", 31.5330, 120.0810},
            {"QH", 31.5830, 119.9720}, {"LJ", 31.6420, 119.9920}, {"JZ", 31.6820, 119.7900},
            {"HLI", 31.6310, 119.7310},
    };

    /** A rough outline of the district ([lon, lat]): Changzhou's city districts to the north, Lake Tai to the south-east. */
    static final double[][] DISTRICT = {
            {119.68, 31.60}, {119.70, 31.72}, {119.83, 31.745}, {119.88, 31.78}, {119.95, 31.79}, {120.02, 31.79},
            {120.06, 31.82}, {120.12, 31.86}, {120.20, 31.85}, {120.20, 31.76}, {120.15, 31.70}, {120.09, 31.62},
            {120.14, 31.52}, {120.05, 31.48}, {119.95, 31.52}, {119.88, 31.58}, {119.78, 31.56}, {119.68, 31.60},
    };

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final PrecisionModel MICRO_DEGREES = new PrecisionModel(1e6);

    private DemoBoundaries() {
    }

    /** What the demo has: station codes with their communities' codes, each with its grids' codes. */
    public record Places(Map<String, Map<String, List<String>>> stations) {
    }

    /** The outlines by level and code. */
    public record Drawn(Map<String, Outline> stations, Map<String, Outline> communities, Map<String, Outline> grids) {
    }

    /** The district's outline. */
    public static Outline district() {
        return Outline.of(district0());
    }

    private static Geometry district0() {
        Coordinate[] ring = new Coordinate[DISTRICT.length];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = new Coordinate(DISTRICT[i][0], DISTRICT[i][1]);
        }
        return FACTORY.createPolygon(ring);
    }

    /** Draws the places; stations not among the 13 demo towns get nothing. */
    public static Drawn draw(Places places) {
        Geometry district = district0();
        VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
        List<Coordinate> sites = new ArrayList<>();
        for (Object[] s : STATIONS) {
            sites.add(new Coordinate((Double) s[2], (Double) s[1]));
        }
        voronoi.setSites(sites);
        Envelope clip = district.getEnvelopeInternal();
        clip.expandBy(0.1);
        voronoi.setClipEnvelope(clip);
        Geometry cells = voronoi.getDiagram(FACTORY);
        Map<String, Outline> stations = new LinkedHashMap<>();
        Map<String, Outline> communities = new LinkedHashMap<>();
        Map<String, Outline> grids = new LinkedHashMap<>();
        for (Object[] s : STATIONS) {
            String code = (String) s[0];
            Geometry site = FACTORY.createPoint(new Coordinate((Double) s[2], (Double) s[1]));
            Geometry cell = null;
            for (int i = 0; i < cells.getNumGeometries(); i++) {
                if (cells.getGeometryN(i).covers(site)) {
                    cell = cells.getGeometryN(i);
                }
            }
            Geometry area = reduce(cell.intersection(district));
            stations.put(code, Outline.of(area));
            Map<String, List<String>> own = places.stations().getOrDefault(code, Map.of());
            List<String> communityCodes = own.keySet().stream().sorted().toList();
            List<Geometry> strips = split(area, communityCodes.size(), true);
            for (int c = 0; c < communityCodes.size(); c++) {
                communities.put(communityCodes.get(c), Outline.of(strips.get(c)));
                List<String> gridCodes = own.get(communityCodes.get(c)).stream().sorted().toList();
                List<Geometry> parts = split(strips.get(c), gridCodes.size(), false);
                for (int g = 0; g < gridCodes.size(); g++) {
                    grids.put(gridCodes.get(g), Outline.of(parts.get(g)));
                }
            }
        }
        return new Drawn(stations, communities, grids);
    }

    /** The area in {@code n} parts of equal area, west to east ({@code byLongitude}) or south to north. */
    static List<Geometry> split(Geometry area, int n, boolean byLongitude) {
        List<Geometry> parts = new ArrayList<>();
        if (n == 0) {
            return parts;
        }
        Envelope box = area.getEnvelopeInternal();
        double low = byLongitude ? box.getMinX() : box.getMinY();
        double high = byLongitude ? box.getMaxX() : box.getMaxY();
        BiFunction<Double, Double, Geometry> band = (from, to) -> FACTORY.toGeometry(byLongitude
                ? new Envelope(from, to, box.getMinY() - 1, box.getMaxY() + 1)
                : new Envelope(box.getMinX() - 1, box.getMaxX() + 1, from, to));
        double total = area.getArea();
        double start = low - 1;
        for (int k = 1; k < n; k++) {
            double target = total * k / n;
            double a = low;
            double b = high;
            for (int i = 0; i < 40; i++) {
                double mid = (a + b) / 2;
                if (area.intersection(band.apply(low - 1, mid)).getArea() < target) {
                    a = mid;
                } else {
                    b = mid;
                }
            }
            double cut = Math.round((a + b) / 2 * 1e6) / 1e6;
            parts.add(reduce(area.intersection(band.apply(start, cut))));
            start = cut;
        }
        parts.add(reduce(area.intersection(band.apply(start, high + 1))));
        return parts;
    }

    private static Geometry reduce(Geometry geometry) {
        Geometry reduced = GeometryPrecisionReducer.reduce(geometry, MICRO_DEGREES);
        // an intersection may carry stray lines or points along a cut: keep the polygons
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < reduced.getNumGeometries(); i++) {
            if (reduced.getGeometryN(i) instanceof Polygon polygon && !polygon.isEmpty()) {
                polygons.add(polygon);
            }
        }
        return polygons.size() == 1 ? polygons.get(0) : FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }
}
