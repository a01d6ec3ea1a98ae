package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.patrol.domain.HelpAnswer;
import cn.gov.wujin.yanghu.patrol.domain.LeadHelp;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

/** A member's answer to a help request: GOING, DISSUADED or NOBODY_HOME, and an optional note. */
@Schema(description = "A patrol member's answer to a request to help with a warning lead.")
public class HelpAnswerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Required; the service names it when missing, after the caller's role and request are checked. */
    @Schema(required = true, description = "GOING (on the way), DISSUADED (visited, the person was dissuaded) or NOBODY_HOME.")
    private HelpAnswer answer;

    @Size(max = LeadHelp.NOTE_LENGTH)
    @Schema(description = "A note for the officers.", example = "已上门，本人在家，已劝阻")
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
