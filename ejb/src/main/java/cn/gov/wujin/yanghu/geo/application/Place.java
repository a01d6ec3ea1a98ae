package cn.gov.wujin.yanghu.geo.application;

/** Where a position is: the ids of its station, community and grid, each null when no boundary holds it. */
public record Place(Long stationId, Long communityId, Long gridId) {

    public static final Place NOWHERE = new Place(null, null, null);
}
