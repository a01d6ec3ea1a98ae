package cn.gov.wujin.yanghu.fraud.warning;

import cn.gov.wujin.yanghu.fraud.application.NewFraudCase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * What came of a lead. When the person was already defrauded, {@code case} is the report
 * registered with it: the same form as a report taken at intake.
 */
public class OutcomeRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    private LeadOutcome outcome;
    private ContactMethod contactMethod;
    @Size(max = 1000)
    private String note;
    /** The JSON property and the validated property are "case" (a Java keyword, hence the accessors). */
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
    public NewFraudCase getCase() {
        return report;
    }

    public void setCase(NewFraudCase report) {
        this.report = report;
    }
}
