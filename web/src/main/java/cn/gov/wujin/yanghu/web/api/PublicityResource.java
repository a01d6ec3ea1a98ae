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

import java.util.List;

/** Anti-fraud publicity events (反诈宣传): reported by members, confirmed by officers. */
@Path("publicity-events")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicityResource {

    /** confirm=true confirms (participants earn points); false rejects and needs a note. */
    public static class DecisionRequest {
        public boolean confirm;
        public String note;
        public long version;
    }

    @Inject
    private PublicityService publicity;

    @POST
    @Operation(summary = "Report an event: kind (TALK, DOOR_TO_DOOR, APP_INSTALL, STREET_STAND, NOTICE, OTHER), heldOn, place, "
            + "audience, description, participants (usernames of the station's members; the reporter takes part anyway)")
    public Response report(NewPublicity event) {
        return Response.status(Response.Status.CREATED).entity(publicity.report(event)).build();
    }

    @GET
    @Operation(summary = "The station's events (staff) or the caller's (volunteer); status REPORTED, CONFIRMED or REJECTED")
    public List<PublicityView> list(@QueryParam("status") PublicityStatus status) {
        return publicity.list(status);
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "An officer confirms (points for the participants, once) or rejects with a note")
    public PublicityView decide(@PathParam("id") long id, @NotNull DecisionRequest request) {
        return publicity.decide(id, request.confirm, request.note, request.version);
    }
}
