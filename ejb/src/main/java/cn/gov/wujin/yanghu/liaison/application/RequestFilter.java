package cn.gov.wujin.yanghu.liaison.application;

import java.io.Serializable;

/** The request queue's filters; all optional. */
public class RequestFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String status;
    private boolean overdueOnly;
    private boolean escalatedOnly;
    private boolean followUpOpen;
    private Long enterpriseId;

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public boolean isEscalatedOnly() {
        return escalatedOnly;
    }

    public void setEscalatedOnly(boolean escalatedOnly) {
        this.escalatedOnly = escalatedOnly;
    }

    public boolean isFollowUpOpen() {
        return followUpOpen;
    }

    public void setFollowUpOpen(boolean followUpOpen) {
        this.followUpOpen = followUpOpen;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }
}
