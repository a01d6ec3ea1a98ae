package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.patrol.domain.MemberKind;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;

/** One member on a shift: times, the hours that count, and the log. */
@Schema(description = "One member on a shift: check-in and check-out, the hours that count, and the patrol log.")
public record SignupView(
        @Schema(required = true, description = "The member's id on the group's roster.") long memberId,
        @Schema(required = true) String memberName,
        @Schema(required = true, type = SchemaType.STRING, implementation = MemberKind.class) String kind,
        @Schema(required = true, description = "false: the sign-up was cancelled.") boolean active,
        @Schema(description = "When they checked in (the first tap counts).") Instant checkedInAt,
        @Schema(description = "When they checked out.") Instant checkedOutAt,
        @Schema(required = true, description = "Hours that count: check-in to check-out inside the shift's window, in tenths rounded "
                + "down; 0 until checked out.", example = "2.5") double hours,
        @Schema(description = "The log's route.") String routeNotes,
        @Schema(description = "The log's findings.") String findings,
        @Schema(description = "Whether the check-in was on site: inside the shift's grid (else community, else the group's area, else "
                + "the station) or within the tolerance setting plus the phone's accuracy of it. Left out when the check-in carried no "
                + "position or the area has no boundary.") Boolean onSite,
        @Schema(minimum = "0", description = "Metres from the check-in's position to the area (0 inside), rounded; present with "
                + "`onSite`.", example = "420") Integer distanceMeters,
        @Schema(description = "true: a check-in or check-out made on the phone (its `deviceTime`) arrived more than 2 minutes after "
                + "it, sent from the phone's queue (补传); the times shown are the phone's. Left out otherwise.") Boolean sentLate)
        implements Serializable {

    /** A sign-up whose steps were not sent late. */
    public SignupView(long memberId, String memberName, String kind, boolean active, Instant checkedInAt, Instant checkedOutAt, double hours,
                      String routeNotes, String findings, Boolean onSite, Integer distanceMeters) {
        this(memberId, memberName, kind, active, checkedInAt, checkedOutAt, hours, routeNotes, findings, onSite, distanceMeters, null);
    }

    /** A sign-up without a judged check-in position. */
    public SignupView(long memberId, String memberName, String kind, boolean active, Instant checkedInAt, Instant checkedOutAt, double hours,
                      String routeNotes, String findings) {
        this(memberId, memberName, kind, active, checkedInAt, checkedOutAt, hours, routeNotes, findings, null, null);
    }
}
