package cn.gov.wujin.yanghu.web.pages.patrol;

import cn.gov.wujin.yanghu.organization.application.CommunityView;
import cn.gov.wujin.yanghu.organization.application.GridView;
import cn.gov.wujin.yanghu.organization.application.OfficerChoice;
import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import cn.gov.wujin.yanghu.organization.application.StationView;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.patrol.application.ApplicationView;
import cn.gov.wujin.yanghu.patrol.application.GroupForm;
import cn.gov.wujin.yanghu.patrol.application.GroupView;
import cn.gov.wujin.yanghu.patrol.application.MemberView;
import cn.gov.wujin.yanghu.patrol.application.NewMember;
import cn.gov.wujin.yanghu.patrol.application.PatrolGroupService;
import cn.gov.wujin.yanghu.patrol.application.PointsService;
import cn.gov.wujin.yanghu.patrol.domain.MemberKind;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.pages.CurrentUserBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;

/**
 * patrol/officer/groups.xhtml: the station's patrol groups, a group's roster and its
 * leaderboard for the year, new groups and members, and applications waiting for a decision.
 */
@Named
@ViewScoped
public class GroupAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PatrolGroupService groups;

    @Inject
    private PointsService points;

    @Inject
    private OrganizationService organization;

    @Inject
    private CurrentUserBacking currentUser;

    private List<GroupView> list;
    private List<ApplicationView> applications;
    private GroupView selected;
    private List<MemberView> roster;
    private List<PointsService.Standing> board;
    private Long communityFilter;
    private GroupForm groupForm = new GroupForm();
    private Long groupStationId;
    private GroupView editingGroup;
    private boolean groupActive = true;
    private List<CommunityView> communities;
    private List<GridView> grids;
    private List<OfficerChoice> officers;
    private NewMember newMember = new NewMember();
    private MemberView editingMember;
    private boolean memberActive = true;

    public List<GroupView> getGroups() {
        if (list == null) {
            list = groups.groups(communityFilter);
        }
        return list;
    }

    /** Communities for the filter: those of every station the caller sees. */
    public List<CommunityView> getFilterCommunities() {
        if (communities == null) {
            communities = organization.communities(null);
        }
        return communities;
    }

    public void filter() {
        list = null;
    }

    public List<ApplicationView> getApplications() {
        if (applications == null) {
            applications = groups.applications();
        }
        return applications;
    }

    public void select(long groupId) {
        selected = groups.group(groupId);
        roster = groups.roster(groupId);
        board = points.groupBoard(groupId, null, null); // this year
    }

    /** The group dialog, empty for a new group of the caller's station. */
    public void newGroup() {
        editingGroup = null;
        groupForm = new GroupForm();
        groupActive = true;
        groupStationId = currentUser.getProfile().stationId();
        groupForm.setLeadingOfficer(currentUser.getProfile().username());
    }

    public void editGroup() {
        editingGroup = selected;
        groupForm = GroupForm.of(selected);
        groupActive = selected.active();
        groupStationId = organization.stations().stream().filter(s -> s.code().equals(selected.stationCode()))
                .map(StationView::id).findFirst().orElse(null);
    }

    public void saveGroup() {
        try {
            if (groupStationId != null) {
                groupForm.setStationCode(organization.station(groupStationId).code());
            }
            GroupView saved = editingGroup == null ? groups.createGroup(groupForm)
                    : groups.updateGroup(editingGroup.id(), groupForm, groupActive, editingGroup.version());
            list = null;
            select(saved.id());
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('groupDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "groupForm");
        }
    }

    /** A bureau supervisor picks the station first; its communities and officers follow. */
    public List<StationView> getStations() {
        return organization.stations().stream().filter(StationView::active).toList();
    }

    public void stationChanged() {
        groupForm.setCommunityId(null);
        groupForm.setGridId(null);
        groupForm.setLeadingOfficer(null);
    }

    public void communityChanged() {
        groupForm.setGridId(null);
    }

    public List<CommunityView> getGroupCommunities() {
        return groupStationId == null ? List.of() : organization.communities(groupStationId);
    }

    public List<GridView> getGroupGrids() {
        return groupForm.getCommunityId() == null ? List.of() : organization.grids(groupForm.getCommunityId());
    }

    public List<OfficerChoice> getOfficers() {
        return groupStationId == null ? List.of() : organization.staffOf(groupStationId, Role.OFFICER);
    }

    /** The member dialog, empty for a new member. */
    public void newMember() {
        newMember = new NewMember();
        editingMember = null;
        memberActive = true;
    }

    public void editMember(MemberView member) {
        newMember = new NewMember();
        newMember.setName(member.name());
        newMember.setKind(member.kind());
        newMember.setPhone(member.phone());
        newMember.setSkills(member.skills());
        editingMember = member;
        memberActive = member.active();
    }

    public void saveMember() {
        try {
            if (editingMember == null) {
                groups.addMember(selected.id(), newMember);
            } else {
                groups.updateMember(editingMember.id(), newMember, memberActive, editingMember.version());
            }
            newMember = new NewMember();
            select(selected.id());
            list = null;
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('memberDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "member");
        }
    }

    public void decide(long applicationId, boolean approve) {
        try {
            groups.decide(applicationId, approve, null);
            FacesErrors.info("common.saved");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "groups");
        }
        applications = null;
        list = null;
        if (selected != null) {
            select(selected.id());
        }
    }

    public List<MemberKind> getKinds() {
        return List.of(MemberKind.values());
    }

    public GroupView getSelected() {
        return selected;
    }

    public List<MemberView> getRoster() {
        return roster;
    }

    public List<PointsService.Standing> getBoard() {
        return board;
    }

    public Long getCommunityFilter() {
        return communityFilter;
    }

    public void setCommunityFilter(Long communityFilter) {
        this.communityFilter = communityFilter;
    }

    public GroupForm getGroupForm() {
        return groupForm;
    }

    public Long getGroupStationId() {
        return groupStationId;
    }

    public void setGroupStationId(Long groupStationId) {
        this.groupStationId = groupStationId;
    }

    public GroupView getEditingGroup() {
        return editingGroup;
    }

    public boolean isGroupActive() {
        return groupActive;
    }

    public void setGroupActive(boolean groupActive) {
        this.groupActive = groupActive;
    }

    public NewMember getNewMember() {
        return newMember;
    }

    public MemberView getEditingMember() {
        return editingMember;
    }

    public boolean isMemberActive() {
        return memberActive;
    }

    public void setMemberActive(boolean memberActive) {
        this.memberActive = memberActive;
    }
}
