package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.patrol.domain.TipCategory;
import cn.gov.wujin.yanghu.patrol.domain.TipStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;

/**
 * A tip in a list (the triage queue, "my tips"). {@code feedback}: the officer's note once the tip
 * was dealt with (null while it is new); {@code unassigned}: no station yet, in the bureau's queue.
 */
@Schema(description = "A tip in a list (the triage queue, the tipster's own tips).")
public record TipRow(
        @Schema(required = true, example = "48213") long id,
        @Schema(required = true, example = "7KQ2M-XH9PA") String trackingCode,
        @Schema(required = true, implementation = TipCategory.class) String category,
        @Schema(required = true) Instant occurredAt,
        @Schema(required = true) String place,
        @Schema(required = true, description = "The beginning of the description: its first 120 characters, then \"…\" when it is longer.")
        String description,
        @Schema(required = true, implementation = TipStatus.class) String status,
        @Schema(description = "The tipster's name; absent for an anonymous tip.") String submitter,
        @Schema(required = true, description = "Handed over from another station.") boolean handedOver,
        @Schema(required = true) Instant submittedAt,
        @Schema(required = true) boolean hasPhoto,
        @Schema(description = "The officer's note once the tip was dealt with; absent while it is NEW.") String feedback,
        @Schema(required = true, description = "No station yet: it waits in the bureau's queue.") boolean unassigned)
        implements Serializable {
}
