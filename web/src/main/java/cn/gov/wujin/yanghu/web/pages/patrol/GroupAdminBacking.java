package cn.gov.wujin.yanghu.web.pages.patrol;

import cn.gov.wujin.yanghu.patrol.application.ApplicationView;
import cn.gov.wujin.yanghu.patrol.application.GroupView;
import cn.gov.wujin.yanghu.patrol.application.MemberView;
import cn.gov.wujin.yanghu.patrol.application.NewMember;
import cn.gov.wujin.yanghu.patrol.application.PatrolGroupService;
import cn.gov.wujin.yanghu.patrol.application.PointsService;
import cn.gov.wujin.yanghu.patrol.domain.MemberKind;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
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

    private List<GroupView> list;
    private List<ApplicationView> applications;
    private GroupView selected;
    private List<MemberView> roster;
    private List<PointsService.Standing> board;
    private String newGroupName;
    private NewMember newMember = new NewMember();
    private MemberView editingMember;
    private boolean memberActive = true;

    public List<GroupView> getGroups() {
        if (list == null) {
            list = groups.groups();
        }
        return list;
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

    public void createGroup() {
        try {
            GroupView created = groups.createGroup(null, newGroupName, null, null);
            newGroupName = null;
            list = null;
            select(created.id());
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('groupDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "newGroup");
        }
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

    public String getNewGroupName() {
        return newGroupName;
    }

    public void setNewGroupName(String newGroupName) {
        this.newGroupName = newGroupName;
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
