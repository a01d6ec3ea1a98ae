package cn.gov.wujin.yanghu.fraud.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A return plan with its shares and objections: what the page shows and what the public notice
 * (公告) prints. The shares of cases the caller may not see carry no victim name.
 */
@Schema(description = "A return plan (返还方案): traced money to each victim, the rest in proportion to each victim's loss, exact to the "
        + "fen (largest remainder); on public notice (公告) from approval, executed after the notice ends.")
public record ReturnPlanView(
        @Schema(required = true, description = "The plan's id.", example = "5") long id,
        @Schema(required = true, description = "The frozen account's id.", example = "12") long frozenAccountId,
        @Schema(required = true, description = "The account number, masked.", example = "***************1234") String account,
        @Schema(required = true, description = "The bank that holds the account.", example = "中国工商银行") String bank,
        @Schema(required = true, minimum = "1", description = "The round: 1, then 2 for victims who came later.", example = "1") int round,
        @Schema(required = true, description = "DRAFT, NOTICE (approved, on public notice) or EXECUTED.",
                enumeration = {"DRAFT", "NOTICE", "EXECUTED"}) String status,
        @Schema(required = true, pattern = CaseDocs.AMOUNT,
                description = "The account's frozen money not yet returned when the plan was drafted.",
                example = "120000.00") String available,
        @Schema(required = true, pattern = CaseDocs.AMOUNT,
                description = "What the plan returns in all: the sum of the shares.", example = "100000.00")
        String amount,
        @Schema(required = true, pattern = CaseDocs.AMOUNT,
                description = "What stays frozen for a later round: available less amount.", example = "20000.00")
        String left,
        @Schema(required = true, description = "Who drafted it.", example = "officer1") String draftedBy,
        @Schema(required = true, description = "When it was drafted.") Instant draftedAt,
        @Schema(description = "The supervisor who approved it; left out before.", example = "head1") String approvedBy,
        @Schema(description = "When it was approved: the notice starts; left out before.") Instant approvedAt,
        @Schema(description = "When the notice ends (approval plus RETURN_NOTICE_DAYS); left out before approval.") Instant noticeEndsAt,
        @Schema(description = "Who executed it; left out before.", example = "officer1") String executedBy,
        @Schema(description = "When it was executed; left out before.") Instant executedAt,
        @Schema(required = true, description = "Each victim's share, in the order of the account's victims.") List<Share> shares,
        @Schema(required = true, description = "The objections raised during the notice, oldest first.") List<Objection> objections)
        implements Serializable {

    /** One victim's share. */
    @Schema(name = "ReturnShare", description = "A victim's share: amount = traced + proportional.")
    public record Share(
            @Schema(description = "The case's id; left out when the caller may not see the case.", example = "1042") Long caseId,
            @Schema(required = true, pattern = CaseDocs.CASE_NUMBER, description = "The case number.", example = "HT-2026-000123")
            String caseNumber,
            @Schema(required = true, description = "The code of the case's station.", example = "HT") String stationCode,
            @Schema(required = true, description = "Whether the caller may open the case.") boolean visible,
            @Schema(required = true, minimum = "1", description = "The receiving victim's position in the case's victims.", example = "1")
            int victim,
            @Schema(description = "The victim's name, masked; left out when not visible.", example = "王**") String victimName,
            @Schema(required = true, pattern = CaseDocs.AMOUNT,
                    description = "What the case's transfers to the account came to.", example = "25800.00")
            String transferred,
            @Schema(required = true, pattern = CaseDocs.AMOUNT,
                    description = "What earlier rounds returned to it.", example = "0.00") String returnedBefore,
            @Schema(required = true, pattern = CaseDocs.AMOUNT,
                    description = "Money traced to this victim, as the officer entered it.", example = "0.00")
            String traced,
            @Schema(required = true, pattern = CaseDocs.AMOUNT,
                    description = "The loss the proportional share is weighed by: transferred less returnedBefore "
                    + "less traced.", example = "25800.00") String loss,
            @Schema(required = true, pattern = CaseDocs.AMOUNT,
                    description = "The proportional share of the untraced money.", example = "21500.00")
            String proportional,
            @Schema(required = true, pattern = CaseDocs.AMOUNT,
                    description = "The share: traced + proportional.", example = "21500.00") String amount)
            implements Serializable {
    }

    /** An objection raised during the notice. */
    @Schema(name = "ReturnObjection", description = "An objection (异议) raised during the notice.")
    public record Objection(
            @Schema(required = true, description = "The objection's id.", example = "3") long id,
            @Schema(required = true, description = "Who objects.", example = "李某") String objector,
            @Schema(required = true, description = "What they say.", example = "本人亦向该账户转账，未列入返还名单") String text,
            @Schema(required = true, description = "The officer who took it down.", example = "officer1") String recordedBy,
            @Schema(required = true, description = "When.") Instant recordedAt) implements Serializable {
    }
}
