package cn.gov.wujin.yanghu.geo.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The boundary of an area: a Polygon or MultiPolygon in WGS-84 ([longitude, latitude], as
 * GeoJSON has them), valid (closed rings, no self-intersection). A point on an edge is inside.
 * Immutable and safe to share between threads (the prepared geometry answers many points fast).
 */
public final class Outline {

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private final Geometry geometry;
    private final PreparedGeometry prepared;

    private Outline(Geometry geometry) {
        this.geometry = geometry;
        this.prepared = PreparedGeometryFactory.prepare(geometry);
    }

    /** A refusal of a boundary, with the message key that says why. */
    public static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String key;

        Refused(String key, String detail) {
            super(detail == null ? key : key + ": " + detail);
            this.key = key;
        }

        /** The message key: {@code geo.boundary.*}. */
        public String key() {
            return key;
        }
    }

    /** The outline of a GeoJSON geometry object; refused when it is not a valid (multi)polygon. */
    public static Outline of(JsonObject geoJson) {
        String type = geoJson.getString("type", "");
        JsonValue coordinates = geoJson.get("coordinates");
        if (!(coordinates instanceof JsonArray array)) {
            throw new Refused("geo.boundary.type", type);
        }
        Geometry geometry;
        try {
            geometry = switch (type) {
                case "Polygon" -> polygon(array);
                case "MultiPolygon" -> {
                    Polygon[] parts = new Polygon[array.size()];
                    for (int i = 0; i < parts.length; i++) {
                        parts[i] = polygon(array.getJsonArray(i));
                    }
                    if (parts.length == 0) {
                        throw new Refused("geo.boundary.empty", null);
                    }
                    yield FACTORY.createMultiPolygon(parts);
                }
                default -> throw new Refused("geo.boundary.type", type);
            };
        } catch (ClassCastException | IndexOutOfBoundsException e) {
            throw new Refused("geo.boundary.coordinates", e.getMessage());
        }
        IsValidOp validity = new IsValidOp(geometry);
        if (!validity.isValid()) {
            TopologyValidationError error = validity.getValidationError();
            throw new Refused(error.getErrorType() == TopologyValidationError.SELF_INTERSECTION
                    || error.getErrorType() == TopologyValidationError.RING_SELF_INTERSECTION
                    ? "geo.boundary.selfIntersecting" : "geo.boundary.invalid", error.toString());
        }
        return new Outline(geometry);
    }

    /** The outline of GeoJSON text (a geometry object). */
    public static Outline parse(String geoJson) {
        try (JsonReader reader = Json.createReader(new StringReader(geoJson))) {
            return of(reader.readObject());
        } catch (jakarta.json.JsonException | IllegalStateException e) {
            throw new Refused("geo.boundary.coordinates", e.getMessage());
        }
    }

    /** An outline made in code (the demo's); must be a valid polygon or multipolygon. */
    public static Outline of(Geometry geometry) {
        if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon) || geometry.isEmpty() || !geometry.isValid()) {
            throw new Refused("geo.boundary.invalid", geometry.getGeometryType());
        }
        return new Outline(geometry);
    }

    private static Polygon polygon(JsonArray rings) {
        if (rings.isEmpty()) {
            throw new Refused("geo.boundary.empty", null);
        }
        LinearRing shell = ring(rings.getJsonArray(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.getJsonArray(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonArray positions) {
        List<Coordinate> coordinates = new ArrayList<>(positions.size());
        for (JsonValue value : positions) {
            JsonArray position = (JsonArray) value;
            double lon = ((JsonNumber) position.get(0)).doubleValue();
            double lat = ((JsonNumber) position.get(1)).doubleValue();
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                throw new Refused("geo.boundary.range", lon + "," + lat);
            }
            coordinates.add(new Coordinate(lon, lat));
        }
        if (coordinates.size() < 4 || !coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
            throw new Refused("geo.boundary.ring", null);
        }
        return FACTORY.createLinearRing(coordinates.toArray(Coordinate[]::new));
    }

    /** Whether the position lies inside or on the edge. */
    public boolean covers(double latitude, double longitude) {
        return prepared.covers(point(latitude, longitude));
    }

    /** Metres from the position to the area: 0 inside or on the edge. */
    public double distanceMetres(double latitude, double longitude) {
        if (covers(latitude, longitude)) {
            return 0;
        }
        return Metres.project(geometry, latitude, longitude).distance(FACTORY.createPoint(new Coordinate(0, 0)));
    }

    /** Whether this area lies inside {@code outer}, allowing it to stick out by up to {@code toleranceMetres}. */
    public boolean within(Outline outer, double toleranceMetres) {
        if (outer.prepared.covers(geometry)) {
            return true;
        }
        Envelope box = geometry.getEnvelopeInternal();
        double lat0 = box.centre().y;
        double lon0 = box.centre().x;
        return Metres.project(outer.geometry, lat0, lon0).buffer(toleranceMetres)
                .covers(Metres.project(geometry, lat0, lon0));
    }

    /** Whether the two areas share more than an edge (allowing {@code toleranceMetres} of overlap along it). */
    public boolean overlaps(Outline other, double toleranceMetres) {
        if (!geometry.getEnvelopeInternal().intersects(other.geometry.getEnvelopeInternal())) {
            return false;
        }
        Envelope box = geometry.getEnvelopeInternal();
        double lat0 = box.centre().y;
        double lon0 = box.centre().x;
        Geometry mine = Metres.project(geometry, lat0, lon0).buffer(-toleranceMetres);
        return !mine.isEmpty() && mine.intersects(Metres.project(other.geometry, lat0, lon0));
    }

    /**
     * The area, in square metres, that this area and {@code other} have in common: 0 when they only
     * share edges. Measured in a flat projection around the middle of the two boxes.
     */
    public double overlapSquareMetres(Outline other) {
        Envelope mine = geometry.getEnvelopeInternal();
        if (!mine.intersects(other.geometry.getEnvelopeInternal())) {
            return 0;
        }
        Envelope both = new Envelope(mine);
        both.expandToInclude(other.geometry.getEnvelopeInternal());
        double lat0 = both.centre().y;
        double lon0 = both.centre().x;
        return Metres.project(geometry, lat0, lon0).intersection(Metres.project(other.geometry, lat0, lon0)).getArea();
    }

    /** The bounding box: minimum and maximum longitude (x) and latitude (y). */
    public Envelope box() {
        return geometry.getEnvelopeInternal();
    }

    /** A point inside (for labels and tests). */
    public double[] interiorPoint() {
        Point point = geometry.getInteriorPoint();
        return new double[] {point.getY(), point.getX()};
    }

    public Geometry geometry() {
        return geometry;
    }

    /** The GeoJSON geometry object, coordinates to 7 decimals (about a centimetre). */
    public JsonObject toJson() {
        JsonArrayBuilder coordinates = Json.createArrayBuilder();
        if (geometry instanceof Polygon polygon) {
            return Json.createObjectBuilder().add("type", "Polygon").add("coordinates", rings(polygon)).build();
        }
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            coordinates.add(rings((Polygon) geometry.getGeometryN(i)));
        }
        return Json.createObjectBuilder().add("type", "MultiPolygon").add("coordinates", coordinates).build();
    }

    public String toGeoJson() {
        return toJson().toString();
    }

    private static JsonArrayBuilder rings(Polygon polygon) {
        JsonArrayBuilder rings = Json.createArrayBuilder().add(positions(polygon.getExteriorRing().getCoordinates()));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(positions(polygon.getInteriorRingN(i).getCoordinates()));
        }
        return rings;
    }

    private static JsonArrayBuilder positions(Coordinate[] coordinates) {
        JsonArrayBuilder positions = Json.createArrayBuilder();
        for (Coordinate c : coordinates) {
            positions.add(Json.createArrayBuilder().add(round(c.x)).add(round(c.y)));
        }
        return positions;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }

    private static Point point(double latitude, double longitude) {
        return FACTORY.createPoint(new Coordinate(longitude, latitude));
    }
}
