package cn.gov.wujin.yanghu.fraud.application;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** The bank's answer to a stop-payment (amount stopped) or, with {@code freeze}, the amount frozen. */
public class StopPaymentOutcome implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean freeze;
    private String amount;
    private OffsetDateTime at;

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
