package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.patrol.domain.TipCategory;
import cn.gov.wujin.yanghu.patrol.domain.TipStatus;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** One tip as its tipster and the station's staff see it. */
@Schema(description = "One tip as its tipster and the staff of its station see it. Fields without a value are left out.")
public record TipView(
        @Schema(required = true, example = "48213") long id,
        @Schema(required = true, example = "7KQ2M-XH9PA") String trackingCode,
        @Schema(description = "The station it belongs to; absent while it waits in the bureau's queue.", example = "HT") String stationCode,
        @Schema(required = true, implementation = TipCategory.class) String category,
        @Schema(required = true) Instant occurredAt,
        @Schema(required = true) String place,
        @Schema(description = "Latitude in degrees (WGS 84), when the phone sent its position.") BigDecimal latitude,
        @Schema(description = "Longitude in degrees (WGS 84), when the phone sent its position.") BigDecimal longitude,
        @Schema(required = true) String description,
        @Schema(required = true, description = "A photo was added (GET /api/v1/tips/{id}/photo).") boolean hasPhoto,
        @Schema(required = true, type = SchemaType.STRING, implementation = TipStatus.class, description = "NEW until an officer "
                + "acts; a tip handed over or assigned is NEW again in its new station's queue.") String status,
        @Schema(description = "The officer's note: the reason for dismissing, what was done, or why it was handed over.") String triageNote,
        @Schema(description = "Username of the officer who acted last.") String triagedBy,
        @Schema(description = "When an officer acted last.") Instant triagedAt,
        @Schema(description = "Code of the station that handed it over.") String handedFromStation,
        @Schema(description = "The fraud case opened from it (status CASE_OPENED).") Long fraudCaseId,
        @Schema(description = "The tipster's name; absent for an anonymous tip.") String submitter,
        @Schema(required = true) Instant submittedAt,
        @Schema(required = true, description = "The version read: send it back with a triage to be refused (409) if the tip changed "
                + "meanwhile.") long version,
        @Schema(description = "The grid whose boundary holds its position (GET /api/v1/geo/boundaries); absent without a position "
                + "or outside every grid.", example = "31") Long gridId,
        @Schema(description = "The community whose boundary holds its position; absent without a position or outside every "
                + "community.", example = "12") Long communityId) implements Serializable {
}
