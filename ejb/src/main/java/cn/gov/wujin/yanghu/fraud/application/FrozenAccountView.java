package cn.gov.wujin.yanghu.fraud.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A frozen account with every victim whose transfer reached it and its return plans (rounds). */
@Schema(description = "A frozen account with every victim whose money reached it and its return plans.")
public record FrozenAccountView(
        @Schema(required = true, description = "The account's sums.") FrozenAccountRow account,
        @Schema(required = true, description = "Every case whose transfers reached the account, oldest report first. A case of a "
                + "station the caller may not see shows only its number and station (visible false).") List<Victim> victims,
        @Schema(required = true, description = "Its return plans, one per round, the first round first.") List<PlanSummary> plans)
        implements Serializable {

    /**
     * A case whose money reached the account; the victim is the case's first (transfers are
     * recorded per case). Another station's case: number and station only.
     */
    @Schema(name = "FrozenAccountVictim", description = "A case whose transfers reached the account, with the victim who receives "
            + "its returns (the case's first victim: transfers are recorded per case).")
    public record Victim(
            @Schema(description = "The case's id; left out when the caller may not see the case.", example = "1042") Long caseId,
            @Schema(required = true, pattern = CaseDocs.CASE_NUMBER, description = "The case number.", example = "HT-2026-000123")
            String caseNumber,
            @Schema(required = true, description = "The code of the case's station.", example = "HT") String stationCode,
            @Schema(required = true, description = "Whether the caller may open the case.") boolean visible,
            @Schema(description = "The victim's name, masked (surname only); left out when not visible.", example = "王**")
            String victimName,
            @Schema(pattern = CaseDocs.AMOUNT,
                    description = "What the case's transfers to this account came to; left out when not visible.", example = "25800.00")
            String transferred,
            @Schema(pattern = CaseDocs.AMOUNT,
                    description = "What was returned to it from this account so far; left out when not visible.", example = "0.00")
            String returned) implements Serializable {
    }

    /** One round of returns from the account. */
    @Schema(name = "ReturnPlanSummary", description = "A return plan (one round) of the account.")
    public record PlanSummary(
            @Schema(required = true, description = "The plan's id.", example = "5") long id,
            @Schema(required = true, minimum = "1", description = "The round: 1, then 2 for victims who came later.", example = "1")
            int round,
            @Schema(required = true, description = "DRAFT, NOTICE (approved, on public notice) or EXECUTED.",
                    enumeration = {"DRAFT", "NOTICE", "EXECUTED"}) String status,
            @Schema(required = true, pattern = CaseDocs.AMOUNT,
                    description = "What the plan gives back in all.", example = "100000.00") String amount,
            @Schema(description = "When the public notice ends; left out before approval.") Instant noticeEndsAt)
            implements Serializable {
    }

}
