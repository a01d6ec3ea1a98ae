package cn.gov.wujin.yanghu.fraud.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** The bank's answer to a stop-payment (amount stopped) or, with {@code freeze}, the amount frozen. */
@Schema(description = "The bank's answer to a stop-payment: the amount stopped, or with freeze the amount frozen.")
public class StopPaymentOutcome implements Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(description = "false (default): amount is what the bank stopped; true: amount is what was frozen.", defaultValue = "false")
    private boolean freeze;
    @Schema(required = true, pattern = CaseDocs.AMOUNT_INPUT, description = CaseDocs.AMOUNT_INPUT_TEXT + " Zero is an answer (nothing "
            + "was left to stop); a stop at most the amount requested, a freeze at most the amount stopped.", example = "20000.00")
    private String amount;
    @Schema(description = "When the bank stopped or froze the money; now when left out. Not before the request (a stop) or the stop "
            + "(a freeze); a freeze within the 48-hour window.")
    private OffsetDateTime at;

    @Schema(description = "With freeze: true when a SUPERVISOR approves the extended term (1 year by default instead of 6 months; "
            + "the terms are reference values ADMIN keeps) for a major, complex case; renewals then run the same term. Sent true by "
            + "anyone else: 403.", defaultValue = "false")
    private Boolean extended;

    public Boolean getExtended() {
        return extended;
    }

    public void setExtended(Boolean extended) {
        this.extended = extended;
    }

    public boolean isFreeze() {
        return freeze;
    }

    public void setFreeze(boolean freeze) {
        this.freeze = freeze;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public void setAt(OffsetDateTime at) {
        this.at = at;
    }
}
