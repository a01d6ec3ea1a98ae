package cn.gov.wujin.yanghu.fraud.documents;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;

/** A document a case can have now, or will have: its kind, whether it can be produced, and its number once issued. */
@Schema(name = "CaseDocument", description = "One of the procedure's documents of a case: for the bank notices one per stop-payment.")
public record DocumentEntry(
        @Schema(required = true, description = "The kind.", enumeration = {"CASE_REGISTRATION", "ACCEPTANCE_RECEIPT", "FILING_REPORT",
                "FILING_DECISION", "NOT_FILING_NOTICE", "FREEZE_NOTICE", "RENEWAL_NOTICE", "UNFREEZE_NOTICE"},
                example = "ACCEPTANCE_RECEIPT") String kind,
        @Schema(required = true, description = "The form's title, as printed.", example = "受案回执") String title,
        @Schema(required = true, description = "Whether the case's state (for the bank notices: the stop-payment's freeze) allows "
                + "it now and the caller's role may produce it: GET …/documents/{kind} answers the PDF; otherwise 409 or 403.")
        boolean available,
        @Schema(description = "The number, once issued (the first generation); absent before.", example = "武公(湖)受字〔2026〕123号")
        String number,
        @Schema(description = "When the number was issued; absent before.") Instant issuedAt,
        @Schema(description = "For the bank notices: the stop-payment (money.stopPayments[].id) the notice is about, to pass as "
                + "?stopPayment=.", example = "77") Long stopPayment,
        @Schema(description = "For the bank notices: the bank it is addressed to.", example = "中国工商银行") String bank) implements Serializable {
}
