package cn.gov.wujin.yanghu.liaison.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.LocalDate;

/** A follow-up action a visit sets, due by a day. */
@Schema(description = "A follow-up action a visit sets.", requiredProperties = {"action", "dueOn"})
public class FollowUpForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(maxLength = 300, pattern = "\\S", description = "What is to be done (not blank).", example = "为财务人员开展防诈宣讲")
    private String action;
    @Schema(description = "The day it is due: not before the day of the visit.", example = "2026-12-05")
    private LocalDate dueOn;

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
