package cn.gov.wujin.yanghu.liaison.application;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** An enterprise's request as it is taken down; the owner defaults to the project's liaison or the caller. */
public class RequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long enterpriseId;
    private Long projectId;
    private String category;
    private String description;
    private OffsetDateTime receivedAt;
    private String owner;

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(OffsetDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }
}
