package cn.gov.wujin.yanghu.fraud.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;

/**
 * A case in the list: nothing personal. {@code needsStopPayment}: money left within the last
 * 48 hours and no stop-payment was asked for yet (the golden hour): the row stands out.
 */
@Schema(description = "A case in the list: nothing personal.")
public record CaseRow(
        @Schema(required = true, description = "The case's id.", example = "1042") Long id,
        @Schema(required = true, pattern = CaseDocs.CASE_NUMBER, description = "The case number.", example = "HT-2026-000123")
        String caseNumber,
        @Schema(required = true, description = "The code of the case's station.", example = "HT") String stationCode,
        @Schema(required = true, description = "The fraud type's code.", example = "ORDER_BRUSHING") String fraudType,
        @Schema(required = true, description = CaseDocs.STATUS, enumeration = {"REPORTED", "ACCEPTED", "FILED", "NOT_FILED",
                "INVESTIGATING", "SOLVED", "PROSECUTION_TRANSFERRED", "CLOSED", "WITHDRAWN", "RECONSIDERING",
                "REVIEWING"}, example = "ACCEPTED") String status,
        @Schema(required = true, description = "When the victim reported.") Instant reportedAt,
        @Schema(description = "The display name of the officer who has the case; left out while nobody has it.", example = "李明")
        String assignedOfficer,
        @Schema(description = "When the next step is due; left out in a final status.") Instant dueAt,
        @Schema(required = true, description = "Whether dueAt has passed.") boolean overdue,
        @Schema(required = true, pattern = CaseDocs.AMOUNT, description = "The sum of the transfers, in yuan.", example = "25800.00")
        String totalLoss,
        @Schema(required = true, description = "True while money left within the last 48 hours and no stop-payment was asked for yet "
                + "(the golden hour): the row stands out.") boolean needsStopPayment) implements Serializable {
}
