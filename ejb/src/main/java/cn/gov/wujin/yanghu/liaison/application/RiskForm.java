package cn.gov.wujin.yanghu.liaison.application;

import java.io.Serializable;

/** A risk found on a visit: its category and what was seen. */
public class RiskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String category;
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
