package cn.gov.wujin.yanghu.patrol.domain;

import java.io.Serializable;

/**
 * Where a phone was at check-in and what the server made of it. Latitude and longitude are
 * WGS-84, both or neither (a phone without a fix checks in all the same); accuracy in metres as
 * the phone reports it. {@code onSite} and {@code distanceMeters} are null when there was no
 * position or no boundary to judge it by.
 */
public record CheckInPosition(Double latitude, Double longitude, Double accuracy, Boolean onSite, Integer distanceMeters)
        implements Serializable {

    public static final CheckInPosition NONE = new CheckInPosition(null, null, null, null, null);

    /**
     * The rule: on site when the distance to the area (0 inside it) is at most the tolerance plus
     * the phone's accuracy; a phone that cannot place itself within some metres is given them.
     */
    public static boolean isOnSite(double distanceMetres, int toleranceMetres, Double accuracyMetres) {
        double slack = toleranceMetres + (accuracyMetres == null ? 0 : accuracyMetres);
        return distanceMetres <= slack;
    }

    /** A position judged against an area {@code distanceMetres} away. */
    public static CheckInPosition judged(double latitude, double longitude, Double accuracy, double distanceMetres, int toleranceMetres) {
        return new CheckInPosition(latitude, longitude, accuracy, isOnSite(distanceMetres, toleranceMetres, accuracy),
                (int) Math.round(distanceMetres));
    }

    /** A position without an area to judge it by. */
    public static CheckInPosition unjudged(double latitude, double longitude, Double accuracy) {
        return new CheckInPosition(latitude, longitude, accuracy, null, null);
    }
}
