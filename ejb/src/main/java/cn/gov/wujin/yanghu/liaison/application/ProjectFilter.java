package cn.gov.wujin.yanghu.liaison.application;

import java.io.Serializable;

/** The project board's filters; all optional. */
public class ProjectFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String stage;
    private String liaison;
    private boolean withoutLiaison;
    private boolean noRecentVisit;
    private boolean openRequests;
    private Long enterpriseId;
    private boolean followUpsOpen;

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getLiaison() {
        return liaison;
    }

    public void setLiaison(String liaison) {
        this.liaison = liaison;
    }

    public boolean isWithoutLiaison() {
        return withoutLiaison;
    }

    public void setWithoutLiaison(boolean withoutLiaison) {
        this.withoutLiaison = withoutLiaison;
    }

    public boolean isNoRecentVisit() {
        return noRecentVisit;
    }

    public void setNoRecentVisit(boolean noRecentVisit) {
        this.noRecentVisit = noRecentVisit;
    }

    public boolean isOpenRequests() {
        return openRequests;
    }

    public void setOpenRequests(boolean openRequests) {
        this.openRequests = openRequests;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    /** Projects with a follow-up action of a visit still to do (not ticked off). */
    public boolean isFollowUpsOpen() {
        return followUpsOpen;
    }

    public void setFollowUpsOpen(boolean followUpsOpen) {
        this.followUpsOpen = followUpsOpen;
    }
}
