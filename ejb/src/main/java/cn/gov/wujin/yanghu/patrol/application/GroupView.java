package cn.gov.wujin.yanghu.patrol.application;

import java.io.Serializable;

/** A patrol group as lists and pages show it, with the community and grid it patrols (null: the station at large). */
public record GroupView(long id, String name, String stationCode, Long communityId, String communityZh, String communityEn,
                        Long gridId, String gridName, String gridNameEn, String leadingOfficer, String leadingOfficerName, boolean active,
                        long members, long version) implements Serializable {

    /** "community · grid" in the page's language; empty for a group of the whole station. */
    public String area(boolean english) {
        String community = english ? communityEn : communityZh;
        if (community == null) {
            return "";
        }
        String grid = english && gridNameEn != null ? gridNameEn : gridName;
        return grid == null ? community : community + " · " + grid;
    }
}
