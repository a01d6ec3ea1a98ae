package cn.gov.wujin.yanghu.fraud.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A stop-payment request: bank, receiving account, amount (a decimal string), when (default now). */
public class StopPaymentRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 100)
    private String bank;

    /** A bank account number, or a platform's account name (a phone, an e-mail address): no other characters. */
    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[A-Za-z0-9@._+\\- ]{3,64}", message = "{stopPayment.account.format}")
    private String account;

    @NotBlank
    private String amountRequested;

    private OffsetDateTime requestedAt;

    public String getBank() {
        return bank;
    }

    public void setBank(String bank) {
        this.bank = bank;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getAmountRequested() {
        return amountRequested;
    }

    public void setAmountRequested(String amountRequested) {
        this.amountRequested = amountRequested;
    }

    public OffsetDateTime getRequestedAt() {
        return requestedAt;
    }

    public void setRequestedAt(OffsetDateTime requestedAt) {
        this.requestedAt = requestedAt;
    }
}
