package cn.gov.wujin.yanghu.patrol.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

/** A patrol group as lists and pages show it, with the community and grid it patrols (null: the station at large). */
@Schema(description = "A patrol group, with the community and grid it patrols (left out: the station at large).")
public record GroupView(
        @Schema(required = true, example = "7") long id,
        @Schema(required = true, example = "人民路巡防队") String name,
        @Schema(required = true, example = "HT") String stationCode,
        @Schema(description = "The community or village it patrols.") Long communityId,
        @Schema(description = "The community's name in Chinese.", example = "人民社区") String communityZh,
        @Schema(description = "The community's name in English.", example = "Renmin Community") String communityEn,
        @Schema(description = "The grid it patrols.") Long gridId,
        @Schema(description = "The grid's name.") String gridName,
        @Schema(description = "The grid's name in English, when it has one.") String gridNameEn,
        @Schema(required = true, description = "Username of the group's officer.", example = "officer1") String leadingOfficer,
        @Schema(required = true, description = "The group's officer's name.") String leadingOfficerName,
        @Schema(required = true, description = "false: stood down; it takes no new members or shifts.") boolean active,
        @Schema(required = true, description = "Active members on the roster.") long members,
        @Schema(required = true, description = "The version read: send it back with a change.") long version) implements Serializable {

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
