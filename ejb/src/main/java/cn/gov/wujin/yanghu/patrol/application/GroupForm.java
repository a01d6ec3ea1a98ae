package cn.gov.wujin.yanghu.patrol.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

/**
 * A patrol group as an officer sets it up: its name, leading officer (default: the caller)
 * and the area it patrols, a community of the station or one of its grids (both optional).
 */
@Schema(description = "A patrol group as an officer sets it up.")
public class GroupForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(description = "The group's station, by code: left out, the caller's own. A bureau supervisor, who has none, names one. "
            + "Ignored when a group is changed: a group stays with its station.", example = "HT")
    private String stationCode;

    @Schema(required = true, maxLength = 100, pattern = "\\S", description = "The group's name, unique in its station (surrounding "
            + "spaces are dropped).", example = "人民路巡防队")
    private String name;

    @Schema(description = "Username of the group's officer: an active OFFICER of the group's station. Left out: the caller (who must "
            + "then be such an officer); when a group is changed, left out keeps the officer it has.", example = "officer1")
    private String leadingOfficer;

    @Schema(description = "The community or village the group patrols, of the group's station; left out (with gridId): the whole "
            + "station.", example = "12")
    private Long communityId;

    @Schema(description = "The grid the group patrols, of that community (it stands for its community when communityId is left "
            + "out).", example = "31")
    private Long gridId;

    public static GroupForm of(GroupView group) {
        GroupForm form = new GroupForm();
        form.stationCode = group.stationCode();
        form.name = group.name();
        form.leadingOfficer = group.leadingOfficer();
        form.communityId = group.communityId();
        form.gridId = group.gridId();
        return form;
    }

    public String getStationCode() {
        return stationCode;
    }

    public void setStationCode(String stationCode) {
        this.stationCode = stationCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLeadingOfficer() {
        return leadingOfficer;
    }

    public void setLeadingOfficer(String leadingOfficer) {
        this.leadingOfficer = leadingOfficer;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public Long getGridId() {
        return gridId;
    }

    public void setGridId(Long gridId) {
        this.gridId = gridId;
    }
}
