package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.patrol.domain.PublicityKind;
import cn.gov.wujin.yanghu.patrol.domain.PublicityStatus;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A publicity event with its participants' names and the officer's decision. */
@Schema(description = "A publicity event with its participants and the officer's decision.")
public record PublicityView(
        @Schema(required = true, example = "311") long id,
        @Schema(required = true, type = SchemaType.STRING, implementation = PublicityKind.class) String kind,
        @Schema(required = true) LocalDate heldOn,
        @Schema(required = true, example = "湖塘镇人民社区活动室") String place,
        @Schema(required = true, description = "People reached.", example = "60") int audience,
        @Schema(description = "What was done.") String description,
        @Schema(required = true, description = "The reporter's name.") String reportedBy,
        @Schema(required = true) Instant reportedAt,
        @Schema(required = true, description = "The participants' names, the reporter's among them.") List<String> participants,
        @Schema(required = true, type = SchemaType.STRING, implementation = PublicityStatus.class, description = "REPORTED until an "
                + "officer confirms (it counts and earns points) or rejects it.") String status,
        @Schema(description = "Username of the officer who decided.") String decidedBy,
        @Schema(description = "The officer's note on the decision (the reason, for a rejection).") String decisionNote,
        @Schema(required = true, description = "The version read: send it back with the decision.") long version)
        implements Serializable {

    public String participantNames() {
        return String.join("、", participants);
    }
}
