package cn.gov.wujin.yanghu.geo.domain;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryTransformer;

/**
 * Distances in metres on WGS-84 positions. Areas here span a few tens of kilometres, so a flat
 * projection around a reference latitude (equirectangular) is exact to well under a metre per
 * kilometre: far inside what a phone's position is worth.
 */
public final class Metres {

    /** Mean earth radius (IUGG), metres. */
    static final double EARTH_RADIUS = 6_371_008.8;
    private static final double PER_DEGREE = Math.PI / 180 * EARTH_RADIUS;

    private Metres() {
    }

    /** Great-circle distance (haversine) between two positions, in metres. */
    public static double between(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** The geometry ([lon, lat]) in metres east and north of (lat0, lon0). */
    static Geometry project(Geometry geometry, double lat0, double lon0) {
        double perLon = PER_DEGREE * Math.cos(Math.toRadians(lat0));
        return new GeometryTransformer() {
            @Override
            protected org.locationtech.jts.geom.CoordinateSequence transformCoordinates(
                    org.locationtech.jts.geom.CoordinateSequence coords, Geometry parent) {
                Coordinate[] projected = new Coordinate[coords.size()];
                for (int i = 0; i < coords.size(); i++) {
                    projected[i] = new Coordinate((coords.getX(i) - lon0) * perLon, (coords.getY(i) - lat0) * PER_DEGREE);
                }
                return factory.getCoordinateSequenceFactory().create(projected);
            }
        }.transform(geometry);
    }
}
