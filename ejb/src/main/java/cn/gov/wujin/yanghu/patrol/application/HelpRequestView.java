package cn.gov.wujin.yanghu.patrol.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;

/**
 * A help request as the asked member sees it: where (community, address), whom (the surname
 * only: 张**; never the phone), until when, whether the lead is still open (else the outcome
 * that closed it), and the member's own latest answer.
 */
@Schema(description = "A request to help with a warning lead at the door, as the asked member sees it: never the phone, the "
        + "person's surname only. Properties without a value are left out.")
public record HelpRequestView(
        @Schema(required = true, description = "The lead's id.", example = "5123") long leadId,
        @Schema(description = "The community's Chinese name.", example = "星河社区") String communityZh,
        @Schema(description = "The community's English name.", example = "Xinghe Community") String communityEn,
        @Schema(description = "The person's address, if the lead has one.", example = "湖塘镇星河花园 18 幢 2 单元 601 室") String address,
        @Schema(description = "The person's surname and two stars, if the lead has a name.", example = "王**") String person,
        @Schema(required = true, description = "When the member was asked.") Instant askedAt,
        @Schema(required = true, description = "The lead's deadline.") Instant deadline,
        @Schema(required = true, description = "Whether the lead is still open (answers are taken).") boolean open,
        @Schema(description = "The lead's outcome once it is closed.", enumeration = {"DISSUADED", "ALREADY_DEFRAUDED", "UNREACHABLE"})
        String outcome,
        @Schema(description = "The member's latest answer.", enumeration = {"GOING", "DISSUADED", "NOBODY_HOME"}) String answer,
        @Schema(description = "The member's note.", example = "已上门，本人在家，已劝阻") String note,
        @Schema(description = "When the member answered.") Instant answeredAt)
        implements Serializable {
}
