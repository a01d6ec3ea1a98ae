package cn.gov.wujin.yanghu.operations.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

/** What one run of the retention did to one kind of record. */
@Schema(name = "RetentionDone", description = "The rows of one kind that a run of the retention purged or anonymised.")
public record RetentionDone(
        @Schema(required = true, enumeration = {"TIP_PHOTO", "CLOSED_TIP", "NOTIFICATION", "API_TOKEN", "SMS_SENT", "JOB_FAILURE",
                "SHIFT_STEP_KEY", "PATROL_TRACK"},
                example = "NOTIFICATION") String kind,
        @Schema(required = true, minimum = "0", description = "Rows deleted or anonymised.", example = "340") int handled)
        implements Serializable {
}
