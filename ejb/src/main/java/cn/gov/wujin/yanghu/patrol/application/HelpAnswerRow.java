package cn.gov.wujin.yanghu.patrol.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;

/** Who was asked to help with a lead and what they answered (null: not yet), as the lead's officers see it. */
@Schema(description = "A patrol member asked to help with a lead at the door, and their latest answer (left out: none yet).")
public record HelpAnswerRow(
        @Schema(required = true, description = "The request's id.", example = "88") long id,
        @Schema(required = true, description = "The lead's id.", example = "5123") long leadId,
        @Schema(required = true, description = "The member's name.", example = "陈建国") String member,
        @Schema(required = true, description = "What the member is.", enumeration = {"VOLUNTEER", "GRID_WORKER", "SECURITY_GUARD",
                "AUXILIARY_POLICE"}, example = "VOLUNTEER") String memberKind,
        @Schema(required = true, description = "The member's patrol group.", example = "星河社区义警队") String group,
        @Schema(required = true, description = "When the member was asked.") Instant askedAt,
        @Schema(description = "GOING, DISSUADED or NOBODY_HOME.", enumeration = {"GOING", "DISSUADED", "NOBODY_HOME"}) String answer,
        @Schema(description = "The member's note.", example = "已上门，本人在家，已劝阻") String note,
        @Schema(description = "When the member answered.") Instant answeredAt) implements Serializable {
}
