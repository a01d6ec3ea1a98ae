package cn.gov.wujin.yanghu.liaison.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** An enterprise's request as it is taken down; the owner defaults to the project's liaison or the caller. */
@Schema(description = "An enterprise's request as it is taken down. Name the project it concerns, or the enterprise for a "
        + "request of the enterprise as a whole: one of `projectId` and `enterpriseId` is required.")
public class RequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(description = "The enterprise, when no project is named; beside `projectId` it must be the project's enterprise.",
            example = "2048")
    private Long enterpriseId;

    @Schema(description = "The project the request concerns; its enterprise and station are the request's.", example = "1024")
    private Long projectId;

    @Schema(required = true, enumeration = {"TALENT_RESIDENCE", "SITE_SECURITY_CHECK", "DISPUTE_HELP", "FRAUD_PREVENTION_TALK", "OTHER"},
            description = "What the enterprise asks for (case ignored): residence for hired talent (人才落户), a security check of "
                    + "a site (工地安全检查), help with a dispute (纠纷调处), an anti-fraud talk for the staff (防诈宣讲), other. "
                    + "The category sets the deadline.")
    private String category;

    @Schema(required = true, maxLength = 2000, pattern = "\\S", description = "What is asked, in the enterprise's words (not blank; "
            + "surrounding spaces are dropped).")
    private String description;

    @Schema(description = "When the enterprise made the request (default: now): not in the future and not more than 366 days "
            + "ago. The deadline is counted from it.", example = "2026-11-30T09:30:00+08:00")
    private OffsetDateTime receivedAt;

    @Schema(description = "The username of the officer who owns the request: an active LIAISON or SUPERVISOR of the request's "
            + "station. Default: the project's liaison officer, else the enterprise's, else the caller.", example = "liaison1")
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
