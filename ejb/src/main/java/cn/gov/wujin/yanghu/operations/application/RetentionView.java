package cn.gov.wujin.yanghu.operations.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;

/** One kind of record's retention: its term, and what is due now. */
@Schema(name = "Retention", description = "How long a kind of record with personal data is kept, and how many rows are past that now.")
public record RetentionView(
        @Schema(required = true, enumeration = {"TIP_PHOTO", "CLOSED_TIP", "NOTIFICATION", "API_TOKEN", "SMS_SENT", "JOB_FAILURE",
                "SHIFT_STEP_KEY", "PATROL_TRACK"},
                description = "The kind: photos of anonymous tips (from submission), triaged tips (anonymised, from triage), "
                        + "notifications (from creation), API tokens (from expiry or revocation), sent SMS (from sending), "
                        + "failures of scheduled work, patrol tracks (from receipt).", example = "TIP_PHOTO") String kind,
        @Schema(required = true, minimum = "0", maximum = "36500", description = "The term in days.", example = "365") int days,
        @Schema(required = true, enumeration = {"DELETE", "ANONYMISE"}, description = "What happens to a row past its term.",
                example = "DELETE") String handling,
        @Schema(required = true, description = "Rows whose term started before this are due.") Instant cutOff,
        @Schema(required = true, minimum = "0", description = "Rows past their term now: the next run handles them.", example = "0") long due,
        @Schema(required = true, description = "The version to send back with a change.", example = "0") long version)
        implements Serializable {
}
