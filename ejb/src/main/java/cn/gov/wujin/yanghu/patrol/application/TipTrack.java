package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.patrol.domain.TipStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;

/** What a tracking code shows to anyone who holds it: the status, nothing else. */
@Schema(description = "What a tracking code shows to whoever holds it: the tip's status, nothing else.")
public record TipTrack(
        @Schema(required = true, description = "The tracking code, as stored (upper case, with its hyphen).", example = "7KQ2M-XH9PA")
        String trackingCode,
        @Schema(required = true, implementation = TipStatus.class) String status,
        @Schema(required = true, description = "When the tip arrived.") Instant submittedAt) implements Serializable {
}
