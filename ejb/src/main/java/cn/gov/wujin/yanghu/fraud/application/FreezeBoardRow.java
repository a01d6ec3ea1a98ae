package cn.gov.wujin.yanghu.fraud.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A freeze in force that expires within FREEZE_BOARD_DAYS, as the board shows it: nothing
 * personal, the account masked. {@code alertedDays}: the nearest threshold already told (null
 * before the first alert).
 */
@Schema(name = "ExpiringFreeze", description = "A freeze (冻结) in force that expires soon, as the board of expiring freezes shows it.")
public record FreezeBoardRow(
        @Schema(required = true, description = "The case's id.", example = "1042") long caseId,
        @Schema(required = true, description = "The stop-payment's id (money.stopPayments[].id of the case).", example = "77")
        long stopPaymentId,
        @Schema(required = true, description = "The case's number.", example = "HT-2026-000123") String caseNumber,
        @Schema(required = true, description = "The case's station (its code).", example = "HT") String stationCode,
        @Schema(required = true, description = "The bank that froze the money.", example = "中国工商银行常州武进支行") String bank,
        @Schema(required = true, description = "The frozen account, masked.", example = "***************4567") String account,
        @Schema(required = true, description = "The amount frozen, in yuan.", example = "12000.00") BigDecimal amountFrozen,
        @Schema(required = true, description = "When the freeze expires unless renewed.") Instant expiresAt,
        @Schema(required = true, minimum = "0", description = "Whole days left until the expiry, rounded up; 0 once it is due.",
                example = "6") long daysLeft,
        @Schema(required = true, enumeration = {"ACTIVE", "RENEWED"}, description = "ACTIVE as first made, RENEWED after a renewal.",
                example = "ACTIVE") String status,
        @Schema(required = true, minimum = "0", description = "How many times it was renewed.", example = "0") int renewals,
        @Schema(minimum = "1", description = "The nearest threshold (days before the expiry) whose alert was sent for this expiry; "
                + "left out before the first.", example = "7") Integer alertedDays) implements Serializable {
}
