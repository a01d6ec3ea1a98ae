package cn.gov.wujin.yanghu.web.pages.patrol;

import cn.gov.wujin.yanghu.patrol.application.ApplicationView;
import cn.gov.wujin.yanghu.patrol.application.GroupView;
import cn.gov.wujin.yanghu.patrol.application.MemberView;
import cn.gov.wujin.yanghu.patrol.application.PatrolGroupService;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** patrol/groups.xhtml: the volunteer's groups and who patrols with them; the groups they may ask to join. */
@Named
@ViewScoped
public class MyGroupsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PatrolGroupService groups;

    private List<GroupView> mine;
    private List<GroupView> joinable;
    private List<ApplicationView> applications;
    private final Map<Long, List<MemberView>> rosters = new HashMap<>();
    private String motivation;

    public List<GroupView> getMine() {
        if (mine == null) {
            mine = groups.groups();
        }
        return mine;
    }

    public List<MemberView> roster(long groupId) {
        return rosters.computeIfAbsent(groupId, groups::roster);
    }

    public List<GroupView> getJoinable() {
        if (joinable == null) {
            joinable = groups.joinable();
        }
        return joinable;
    }

    public List<ApplicationView> getApplications() {
        if (applications == null) {
            applications = groups.applications();
        }
        return applications;
    }

    public void apply(long groupId) {
        try {
            groups.apply(groupId, motivation);
            FacesErrors.info("patrol.applied");
            motivation = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e, "groups");
        }
        applications = null;
        joinable = null;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }
}
