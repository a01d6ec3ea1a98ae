package cn.gov.wujin.yanghu.fraud.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A stop-payment request: bank, receiving account, amount (a decimal string), when (default now). */
@Schema(description = "A stop-payment request (紧急止付) to a bank against the account that received the victim's money.")
public class StopPaymentRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 100)
    @Schema(description = "The bank (or payment platform) asked to stop the payment.", example = "中国工商银行常州武进支行")
    private String bank;

    /** A bank account number, or a platform's account name (a phone, an e-mail address): no other characters. */
    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[A-Za-z0-9@._+\\- ]{3,64}", message = "{stopPayment.account.format}")
    @Schema(description = "The receiving account: a bank account number or a platform's account name (a phone, an e-mail address); "
            + "3–64 of letters, digits, spaces and @ . _ + - (spaces are removed).", pattern = "^[A-Za-z0-9@._+\\- ]{3,64}$",
            example = "6222 0211 0500 1234 567")
    private String account;

    @NotBlank
    @Schema(description = CaseDocs.AMOUNT_INPUT_TEXT + " More than zero.", pattern = CaseDocs.AMOUNT_INPUT, example = "20000.00")
    private String amountRequested;

    @Schema(description = "When the bank was asked; now when left out.")
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
