package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.patrol.domain.MembershipApplication;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;

/** A volunteer's request to join a group, and the decision on it. */
@Schema(description = "A volunteer's application to join a group, and the decision on it.")
public record ApplicationView(
        @Schema(required = true) long id,
        @Schema(required = true) long groupId,
        @Schema(required = true) String groupName,
        @Schema(required = true, description = "The volunteer's name.") String applicant,
        @Schema(description = "Why they want to join, in their words.") String motivation,
        @Schema(required = true) Instant appliedAt,
        @Schema(required = true, type = SchemaType.STRING, implementation = MembershipApplication.Status.class) String status,
        @Schema(description = "Username of the officer who decided.") String decidedBy,
        @Schema(description = "The officer's note on the decision.") String note) implements Serializable {
}
