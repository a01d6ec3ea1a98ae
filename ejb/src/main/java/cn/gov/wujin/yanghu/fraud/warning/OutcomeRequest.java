package cn.gov.wujin.yanghu.fraud.warning;

import java.io.Serializable;

/** What came of a lead; {@code fraudType} is needed when the person was already defrauded (a case is opened). */
public class OutcomeRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    private LeadOutcome outcome;
    private ContactMethod contactMethod;
    private String note;
    private String fraudType;

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

    public String getFraudType() {
        return fraudType;
    }

    public void setFraudType(String fraudType) {
        this.fraudType = fraudType;
    }
}
