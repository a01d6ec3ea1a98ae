package cn.gov.wujin.yanghu.geo.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutlineTest {

    /** A 0.01° square at (31.70, 119.95) with a 0.004° hole in its middle. */
    private static final String SQUARE_WITH_HOLE = "{\"type\":\"Polygon\",\"coordinates\":["
            + "[[119.95,31.70],[119.96,31.70],[119.96,31.71],[119.95,31.71],[119.95,31.70]],"
            + "[[119.953,31.703],[119.957,31.703],[119.957,31.707],[119.953,31.707],[119.953,31.703]]]}";

    @Test
    void aPointInsideOnAnEdgeOrAVertexIsCoveredOneInAHoleOrOutsideIsNot() {
        Outline square = Outline.parse(SQUARE_WITH_HOLE);
        assertThat(square.covers(31.701, 119.951)).as("inside").isTrue();
        assertThat(square.covers(31.70, 119.955)).as("on the south edge").isTrue();
        assertThat(square.covers(31.71, 119.96)).as("on a corner").isTrue();
        assertThat(square.covers(31.705, 119.955)).as("in the hole").isFalse();
        assertThat(square.covers(31.703, 119.955)).as("on the hole's edge").isTrue();
        assertThat(square.covers(31.72, 119.955)).as("outside").isFalse();
    }

    @Test
    void aMultiPolygonCoversEachOfItsParts() {
        Outline two = Outline.parse("{\"type\":\"MultiPolygon\",\"coordinates\":["
                + "[[[0,0],[1,0],[1,1],[0,1],[0,0]]],[[[2,0],[3,0],[3,1],[2,1],[2,0]]]]}");
        assertThat(two.covers(0.5, 0.5)).isTrue();
        assertThat(two.covers(0.5, 2.5)).isTrue();
        assertThat(two.covers(0.5, 1.5)).isFalse();
    }

    @Test
    void selfIntersectingOpenOrMisnamedGeometriesAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> Outline.parse("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}"))
                .isInstanceOfSatisfying(Outline.Refused.class, r -> assertThat(r.key()).isEqualTo("geo.boundary.selfIntersecting"));
        assertThatThrownBy(() -> Outline.parse("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}"))
                .isInstanceOfSatisfying(Outline.Refused.class, r -> assertThat(r.key()).isEqualTo("geo.boundary.ring"));
        assertThatThrownBy(() -> Outline.parse("{\"type\":\"Point\",\"coordinates\":[0,0]}"))
                .isInstanceOfSatisfying(Outline.Refused.class, r -> assertThat(r.key()).isEqualTo("geo.boundary.type"));
        assertThatThrownBy(() -> Outline.parse("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[200,0],[1,1],[0,0]]]}"))
                .isInstanceOfSatisfying(Outline.Refused.class, r -> assertThat(r.key()).isEqualTo("geo.boundary.range"));
        assertThatThrownBy(() -> Outline.parse("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[\"a\",0],[1,1],[0,0]]]}"))
                .isInstanceOfSatisfying(Outline.Refused.class, r -> assertThat(r.key()).isEqualTo("geo.boundary.coordinates"));
    }

    @Test
    void distancesAreInMetres() {
        // one minute of latitude is about 1,853 m; a thousandth of a degree of longitude at 31.7° about 94.6 m
        assertThat(Metres.between(31.70, 119.95, 31.70 + 1.0 / 60, 119.95)).isBetween(1850.0, 1856.0);
        Outline square = Outline.parse(SQUARE_WITH_HOLE);
        assertThat(square.distanceMetres(31.705, 119.961)).isBetween(93.0, 96.5);
        assertThat(square.distanceMetres(31.705, 119.955)).as("in the hole: to its edge").isBetween(180.0, 200.0);
        assertThat(square.distanceMetres(31.701, 119.951)).isZero();
    }

    @Test
    void containmentAllowsTheToleranceAndNoMore() {
        Outline outer = Outline.parse("{\"type\":\"Polygon\",\"coordinates\":[[[119.95,31.70],[119.96,31.70],[119.96,31.71],[119.95,31.71],[119.95,31.70]]]}");
        // sticks out east by 0.00005° of longitude, about 4.7 m
        Outline slightlyOut = Outline.parse("{\"type\":\"Polygon\",\"coordinates\":[[[119.955,31.701],[119.96005,31.701],[119.96005,31.709],[119.955,31.709],[119.955,31.701]]]}");
        assertThat(slightlyOut.within(outer, 10)).isTrue();
        assertThat(slightlyOut.within(outer, 1)).isFalse();
        Outline inside = Outline.parse("{\"type\":\"Polygon\",\"coordinates\":[[[119.951,31.701],[119.952,31.701],[119.952,31.702],[119.951,31.701]]]}");
        assertThat(inside.within(outer, 0)).isTrue();
        assertThat(outer.within(inside, 10)).isFalse();
        assertThat(slightlyOut.overlaps(inside, 1)).isFalse();
        assertThat(slightlyOut.overlaps(outer, 1)).isTrue();
    }

    @Test
    void neighboursSharingAnEdgeOverlapByNothingAndAnOverlapIsMeasuredInSquareMetres() {
        Outline west = Outline.parse("{\"type\":\"Polygon\",\"coordinates\":[[[119.95,31.70],[119.96,31.70],[119.96,31.71],[119.95,31.71],[119.95,31.70]]]}");
        Outline east = Outline.parse("{\"type\":\"Polygon\",\"coordinates\":[[[119.96,31.70],[119.97,31.70],[119.97,31.71],[119.96,31.71],[119.96,31.70]]]}");
        Outline far = Outline.parse("{\"type\":\"Polygon\",\"coordinates\":[[[120.96,31.70],[120.97,31.70],[120.97,31.71],[120.96,31.71],[120.96,31.70]]]}");
        assertThat(west.overlapSquareMetres(east)).isLessThan(1);
        assertThat(west.overlapSquareMetres(far)).isZero();
        // east moved west by 0.0001° of longitude (about 9.5 m) along an edge of about 1,112 m: some 10,500 m²
        Outline overlapping = Outline.parse("{\"type\":\"Polygon\",\"coordinates\":[[[119.9599,31.70],[119.97,31.70],[119.97,31.71],[119.9599,31.71],[119.9599,31.70]]]}");
        assertThat(west.overlapSquareMetres(overlapping)).isBetween(10_000.0, 11_000.0);
        assertThat(overlapping.overlapSquareMetres(west)).isBetween(10_000.0, 11_000.0);
    }

    @Test
    void theGeoJsonWrittenReadsBackTheSame() {
        Outline square = Outline.parse(SQUARE_WITH_HOLE);
        Outline again = Outline.parse(square.toGeoJson());
        assertThat(again.geometry().equalsExact(square.geometry(), 1e-9)).isTrue();
    }
}
