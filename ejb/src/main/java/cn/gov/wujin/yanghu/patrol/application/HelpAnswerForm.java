package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.patrol.domain.HelpAnswer;
import cn.gov.wujin.yanghu.patrol.domain.LeadHelp;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** A member's answer to a help request: GOING, DISSUADED or NOBODY_HOME, and an optional note. */
public class HelpAnswerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Required; the service names it when missing, after the caller's role and request are checked. */
    private HelpAnswer answer;

    @Size(max = LeadHelp.NOTE_LENGTH)
    private String note;

    public HelpAnswerForm() {
    }

    public HelpAnswerForm(HelpAnswer answer, String note) {
        this.answer = answer;
        this.note = note;
    }

    public HelpAnswer getAnswer() {
        return answer;
    }

    public void setAnswer(HelpAnswer answer) {
        this.answer = answer;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
