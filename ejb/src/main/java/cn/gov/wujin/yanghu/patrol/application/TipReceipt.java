package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.patrol.domain.TipStatus;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

/** The answer to a sent tip; {@code created} is false when a retry found the tip sent before. */
@Schema(description = "The answer to a sent tip: the tip stored now (created) or, for a retry with the same Idempotency-Key and body, "
        + "the tip stored the first time.")
public record TipReceipt(
        @Schema(required = true, description = "The tip's id (GET /api/v1/tips/{id} for its tipster).", example = "48213") long id,
        @Schema(required = true, type = SchemaType.STRING, implementation = TipStatus.class,
                description = "Where the tip stands now: NEW for a new tip.") String status,
        @Schema(required = true, description = "The code that shows the tip's status to whoever holds it (GET /api/v1/public/tips/{code}): "
                + "ten characters without look-alikes (no 0, 1, I, O), in two groups of five.", example = "7KQ2M-XH9PA") String trackingCode,
        @Schema(required = true, description = "true: stored by this request (201); false: a retry found the tip sent before (200).")
        boolean created) implements Serializable {
}
