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
    private RequestQueue queue;
    private String stationCode;

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

    /** A work list ({@link RequestQueue}); null for all. */
    public RequestQueue getQueue() {
        return queue;
    }

    public void setQueue(RequestQueue queue) {
        this.queue = queue;
    }

    /** The queue from a link ({@code ?queue=escalated}); an unknown one is ignored. */
    public String getQueueKey() {
        return queue == null ? null : queue.key();
    }

    public void setQueueKey(String key) {
        this.queue = RequestQueue.byKey(key).orElse(null);
    }

    /** One station's requests, within the caller's scope (the bureau's table of stations links here). */
    public String getStationCode() {
        return stationCode;
    }

    public void setStationCode(String stationCode) {
        this.stationCode = stationCode == null || stationCode.isBlank() ? null : stationCode.strip();
    }
}
