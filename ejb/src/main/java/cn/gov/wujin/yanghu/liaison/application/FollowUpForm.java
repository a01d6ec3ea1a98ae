package cn.gov.wujin.yanghu.liaison.application;

import java.io.Serializable;
import java.time.LocalDate;

/** A follow-up action a visit sets, due by a day. */
public class FollowUpForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String action;
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
