package cn.gov.wujin.yanghu.patrol.application;

import java.io.Serializable;

/**
 * A patrol group as an officer sets it up: its name, leading officer (default: the caller)
 * and the area it patrols, a community of the station or one of its grids (both optional).
 */
public class GroupForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String stationCode;
    private String name;
    private String leadingOfficer;
    private Long communityId;
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
