package cn.gov.wujin.yanghu.fraud.warning;

import cn.gov.wujin.yanghu.fraud.application.NewFraudCase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

/**
 * What came of a lead. When the person was already defrauded, {@code case} is the report
 * registered with it: the same form as a report taken at intake.
 */
@Schema(description = "What came of a warning lead; with ALREADY_DEFRAUDED, the person's report as a case.")
public class OutcomeRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(required = true, description = "DISSUADED (劝阻成功), ALREADY_DEFRAUDED (已被骗: case is required) or UNREACHABLE (无法联系); "
            + "OPEN is refused.")
    private LeadOutcome outcome;
    @Schema(description = "How the person was reached: CALL (电话劝阻) or VISIT (见面劝阻); required unless UNREACHABLE.")
    private ContactMethod contactMethod;
    @Size(max = 1000)
    @Schema(description = "What was said or found.", example = "已电话联系本人，告知系刷单诈骗，本人表示不再转账")
    private String note;
    /** The JSON property and the validated property are "case" (a Java keyword, hence the accessors). */
    @Schema(hidden = true)
    private NewFraudCase report;

    public LeadOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(LeadOutcome outcome) {
        this.outcome = outcome;
    }

    public ContactMethod getContactMethod() {
        return contactMethod;
    }

    public void setContactMethod(ContactMethod contactMethod) {
        this.contactMethod = contactMethod;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    @Valid
    @Schema(name = "case", description = "With ALREADY_DEFRAUDED (and only then): the person's report, as POST /api/v1/fraud-cases "
            + "takes it; it is registered at the lead's station (a stationCode, if given, must be that one).")
    public NewFraudCase getCase() {
        return report;
    }

    public void setCase(NewFraudCase report) {
        this.report = report;
    }
}
