package cn.gov.wujin.yanghu.liaison.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

/** A risk found on a visit: its category and what was seen. */
@Schema(description = "A risk found on a visit.", requiredProperties = "category")
public class RiskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(enumeration = {"SITE_THEFT", "WAGE_DISPUTE", "FRAUD_TARGETING_STAFF", "TRAFFIC", "FIRE_SAFETY", "OTHER"},
            description = "The kind of risk (case ignored): theft at the site, a wage dispute, fraud aimed at the staff, traffic, "
                    + "fire safety, other.")
    private String category;
    @Schema(maxLength = 300, description = "What was seen.", example = "钢筋失窃两次")
    private String note;

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
