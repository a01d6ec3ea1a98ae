package cn.gov.wujin.yanghu.fraud.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;

/** A frozen account in the list: its sums across every case that froze it or sent money to it. */
@Schema(description = "A frozen account (冻结账户), one record across cases and stations; the account number masked.")
public record FrozenAccountRow(
        @Schema(required = true, description = "The frozen account's id.", example = "12") long id,
        @Schema(required = true, description = "The account number, masked: the last four digits.", example = "***************1234")
        String account,
        @Schema(required = true, description = "The bank that holds it.", example = "中国工商银行") String bank,
        @Schema(required = true, pattern = CaseDocs.AMOUNT,
                description = "Sum of the freezes in force (ACTIVE or RENEWED) on it.", example = "120000.00")
        String frozen,
        @Schema(required = true, pattern = CaseDocs.AMOUNT,
                description = "What was returned from it by executed return plans.", example = "0.00")
        String returned,
        @Schema(required = true, pattern = CaseDocs.AMOUNT,
                description = "Still held: frozen less returned, never below 0.", example = "120000.00")
        String held,
        @Schema(description = "When the first freeze in force on it expires; left out when none is in force.")
        Instant expiresAt,
        @Schema(required = true, minimum = "0", description = "How many cases sent money to it or froze it.", example = "3") long cases,
        @Schema(required = true, minimum = "0", description = "How many stations those cases belong to.", example = "2") long stations)
        implements Serializable {
}
