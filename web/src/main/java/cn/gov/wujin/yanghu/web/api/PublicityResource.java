package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.patrol.application.NewPublicity;
import cn.gov.wujin.yanghu.patrol.application.PublicityService;
import cn.gov.wujin.yanghu.patrol.application.PublicityView;
import cn.gov.wujin.yanghu.patrol.domain.PublicityStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** Anti-fraud publicity events (反诈宣传): reported by members, confirmed by officers. */
@Path("publicity-events")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicityResource {

    /** confirm=true confirms (participants earn points); false rejects and needs a note. */
    @Schema(name = "PublicityDecision", description = "An officer's decision on a REPORTED event.")
    public static class DecisionRequest {
        @Schema(description = "true confirms (the participants earn points); false or left out rejects.")
        public boolean confirm;
        @Schema(maxLength = 500, description = "A note; required (not blank) to reject: the reason.", example = "照片与签到表齐全")
        public String note;
        @Schema(description = "The version read (PublicityView.version); left out counts as 0. A stale version answers 409.",
                example = "0")
        public long version;
    }

    @Inject
    private PublicityService publicity;

    @POST
    @Operation(summary = "Report a publicity event", description = "A member (or officer) of a station reports an anti-fraud "
            + "publicity event they held, with the others who took part; it is recorded for their station (and their patrol group) "
            + "as REPORTED, and counts only once an officer confirms it. Refused (400, every problem at once): an unknown kind, a "
            + "day in the future or more than 90 days ago, a participant who is not an active account of the station, an account "
            + "without a station. Written to the audit trail.")
    @APIResponse(responseCode = "201", description = "Reported.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicityView.class)))
    public Response report(NewPublicity event) {
        return Response.status(Response.Status.CREATED).entity(publicity.report(event)).build();
    }

    @GET
    @Operation(summary = "List publicity events", description = "Staff: the events of their station (bureau supervisors: every "
            + "station's); a volunteer: those they took part in. Newest day first, at most 200.")
    public List<PublicityView> list(@Parameter(description = "Only events with this status.") @QueryParam("status") PublicityStatus status) {
        return publicity.list(status);
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "Confirm or reject a publicity event", description = "An officer or supervisor of the event's station "
            + "confirms a REPORTED event, which then counts in the statistics and earns each participant the PUBLICITY_EVENT "
            + "points, once; or rejects it with the reason (400 without one). Written to the audit trail.")
    @APIResponse(responseCode = "200", description = "The event, decided.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicityView.class)))
    @APIResponse(responseCode = "409", description = "The event was decided already, or it changed since `version` was read.")
    public PublicityView decide(@Parameter(description = "The event's id.", example = "311") @PathParam("id") long id,
                                @NotNull DecisionRequest request) {
        return publicity.decide(id, request.confirm, request.note, request.version);
    }
}
