package cn.gov.wujin.yanghu.fraud.warning;

import cn.gov.wujin.yanghu.shared.StationOwned;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;

/** A lead on the board; the phone is masked. The community (both names) and the address when the lead has them. */
@Schema(description = "A warning lead on the board; the phone is masked. Properties without a value are left out.")
public record LeadView(
        @Schema(required = true, description = "The lead's id.", example = "5123") Long id,
        @Schema(required = true, description = "The id of the lead's station.", example = "1") Long stationId,
        @Schema(required = true, description = "The code of the lead's station.", example = "HT") String stationCode,
        @Schema(required = true, description = "The person's phone, masked.", example = "139****2468") String phone,
        @Schema(description = "The person's name, if known.", example = "王丽") String personName,
        @Schema(description = "The id of the person's community, if given.", example = "12") Long communityId,
        @Schema(description = "The community's Chinese name.", example = "星河社区") String communityZh,
        @Schema(description = "The community's English name.", example = "Xinghe Community") String communityEn,
        @Schema(description = "The person's address, if given.", example = "湖塘镇星河花园 18 幢 2 单元 601 室") String address,
        @Schema(required = true, description = "Who sent the lead.", enumeration = {"ANTI_FRAUD_CENTER", "HOTLINE_96110", "BANK", "OTHER"},
                example = "ANTI_FRAUD_CENTER") String source,
        @Schema(required = true, description = "URGENT (30 minutes to act) or NORMAL (24 hours).", enumeration = {"URGENT", "NORMAL"},
                example = "URGENT") String urgency,
        @Schema(required = true, description = "When it was received.") Instant receivedAt,
        @Schema(required = true, description = "By when the person must be reached.") Instant deadline,
        @Schema(required = true, description = "OPEN until an outcome is recorded, then the outcome.", enumeration = {"OPEN", "DISSUADED",
                "ALREADY_DEFRAUDED", "UNREACHABLE"}, example = "OPEN") String status,
        @Schema(required = true, description = "True while open past the deadline.") boolean overdue,
        @Schema(description = "How the person was reached: CALL (电话劝阻) or VISIT (见面劝阻).", enumeration = {"CALL", "VISIT"})
        String contactMethod,
        @Schema(description = "The note of the outcome.", example = "已电话联系本人，告知系刷单诈骗，本人表示不再转账") String outcomeNote,
        @Schema(description = "When the outcome was recorded.") Instant outcomeAt,
        @Schema(description = "The username of who recorded it.", example = "officer1") String outcomeBy,
        @Schema(description = "The id of the case linked to the lead: opened with ALREADY_DEFRAUDED, or reported later by the "
                + "same person.", example = "1042") Long fraudCaseId,
        @Schema(description = "That case's number.", example = "HT-2026-000123") String caseNumber,
        @Schema(required = true, description = "The lead's version.", example = "0") long version) implements StationOwned, Serializable {
}
