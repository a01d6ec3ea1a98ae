package cn.gov.wujin.yanghu.fraud.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.util.List;

/**
 * Another case sharing suspect identifiers (串并案). A case of a station the caller may not
 * see shows only its number, station and the shared identifiers: {@code id}, {@code status}
 * and {@code fraudType} are null then and {@code visible} is false.
 */
@Schema(description = "Another case sharing suspect identifiers (串并案). A case of a station the caller may not see shows only its "
        + "number, station and the shared identifiers: visible is false and id, status and fraudType are left out.")
public record LinkedCase(
        @Schema(description = "The case's id; left out when the caller may not see the case.", example = "977") Long id,
        @Schema(required = true, pattern = CaseDocs.CASE_NUMBER, description = "The case number.", example = "NT-2026-000045")
        String caseNumber,
        @Schema(required = true, description = "The code of the case's station.", example = "NT") String stationCode,
        @Schema(required = true, description = "Whether the caller may open the case.") boolean visible,
        @Schema(description = "The case's status; left out when the caller may not see the case.", enumeration = {"REPORTED",
                "ACCEPTED", "FILED", "NOT_FILED", "INVESTIGATING", "SOLVED", "PROSECUTION_TRANSFERRED", "CLOSED", "WITHDRAWN",
                "RECONSIDERING", "REVIEWING"},
                example = "INVESTIGATING") String status,
        @Schema(description = "The case's fraud type; left out when the caller may not see the case.", example = "ORDER_BRUSHING")
        String fraudType,
        @Schema(required = true, description = "The identifiers both cases carry (value and normalized are the normalised value).")
        List<FraudCaseView.Identifier> sharedIdentifiers) implements Serializable {
}
