package cn.gov.wujin.yanghu.liaison.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A targeted anti-fraud notice to the contacts of chosen enterprises. */
@Schema(description = "A targeted anti-fraud notice.", requiredProperties = {"enterpriseIds", "fraudType", "audience", "message"})
public class NoticeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(minItems = 1, maxItems = 200, description = "The enterprises whose contacts get the notice: 1 to 200 (a repeated id "
            + "counts once), all of one station.", example = "[2048, 2051]")
    private List<Long> enterpriseIds = new ArrayList<>();
    @Schema(description = "The code of an active fraud type the notice warns of (`GET /api/v1/fraud-types`).",
            example = "IMPERSONATING_ACQUAINTANCE")
    private String fraudType;
    @Schema(maxLength = 60, pattern = "\\S", description = "Whom it is aimed at (not blank).", example = "财务人员")
    private String audience;
    @Schema(maxLength = 500, pattern = "\\S", description = "The text of the message (not blank).",
            example = "近期有人冒充企业老板通过QQ要求财务转账，请务必电话核实")
    private String message;

    public List<Long> getEnterpriseIds() {
        return enterpriseIds;
    }

    public void setEnterpriseIds(List<Long> enterpriseIds) {
        this.enterpriseIds = enterpriseIds;
    }

    public String getFraudType() {
        return fraudType;
    }

    public void setFraudType(String fraudType) {
        this.fraudType = fraudType;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
