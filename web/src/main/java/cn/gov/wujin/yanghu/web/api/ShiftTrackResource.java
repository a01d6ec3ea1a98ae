package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.patrol.application.PatrolTrack;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.OffsetDateTime;

/** The optional patrol track of a shift: a checked-in member's phone sends where it is (a resource of its own beside ShiftResource). */
@Path("shifts/{id}/track")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShiftTrackResource {

    @Schema(name = "TrackPosition", description = "Where the phone is during a patrol. Fields not named here are not read.")
    public static class TrackRequest {
        @Schema(required = true, minimum = "-90", maximum = "90", description = "WGS-84 latitude as the phone reports it.",
                example = "31.7046")
        public Double latitude;
        @Schema(required = true, minimum = "-180", maximum = "180", description = "WGS-84 longitude.", example = "119.9412")
        public Double longitude;
        @Schema(minimum = "0", maximum = "10000", description = "The position's accuracy in metres as the phone reports it.",
                example = "25")
        public Double accuracy;
        @Schema(description = "When the phone took the position (ISO 8601 with offset); not more than 5 minutes ahead of the "
                + "server's clock.", example = "2026-03-02T19:05:00+08:00")
        public OffsetDateTime deviceTime;
    }

    @Inject
    private PatrolTrack track;

    @POST
    @Operation(summary = "Send a position of one's patrol track", description = "While checked in (and not yet out), the member's "
            + "phone sends where it is, every 60 s when the volunteer switched the track on (off by default). Only the member "
            + "checked in may send: otherwise, or on a cancelled shift, 409. At most one position per 30 s per sign-up, counted "
            + "in the database for every instance (429 otherwise). A coordinate out of range or missing, an accuracy outside "
            + "0–10000 or a device time more than 5 minutes ahead is refused (400, naming the field). The officers of the "
            + "station see the track on the shift; positions are deleted 30 days after receipt (retention PATROL_TRACK).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TrackRequest.class),
            examples = @ExampleObject(name = "onPatrol", summary = "A position near 湖塘",
                    value = "{\"latitude\": 31.7046, \"longitude\": 119.9412, \"accuracy\": 25, "
                            + "\"deviceTime\": \"2026-03-02T19:05:00+08:00\"}")))
    @APIResponse(responseCode = "204", description = "Recorded.")
    @APIResponse(responseCode = "409", description = "Not checked in to this shift, already checked out, or the shift was cancelled.")
    @APIResponse(responseCode = "429", description = "A position of this sign-up came in the last 30 seconds.")
    public Response send(@Parameter(description = "The shift's id.", example = "5120") @PathParam("id") long id,
                         @NotNull TrackRequest position) {
        track.record(id, position.latitude, position.longitude, position.accuracy,
                position.deviceTime == null ? null : position.deviceTime.toInstant());
        return Response.noContent().build();
    }
}
