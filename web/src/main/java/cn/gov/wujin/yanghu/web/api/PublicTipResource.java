package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.patrol.application.NewTip;
import cn.gov.wujin.yanghu.patrol.application.TipIntake;
import cn.gov.wujin.yanghu.patrol.application.TipTrack;
import cn.gov.wujin.yanghu.patrol.application.TipTracking;
import cn.gov.wujin.yanghu.shared.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Anonymous tips from the public: no account, no name kept, a tracking code that shows only the status. */
@Path("public/tips")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicTipResource {

    @Inject
    private TipIntake intake;

    @Inject
    private TipTracking tracking;

    @Inject
    private RequestOrigin origin;

    @POST
    @Operation(summary = "Send a tip anonymously (stationCode required); Idempotency-Key as for /tips; limited per client address")
    @APIResponse(responseCode = "201", description = "stored; keep the trackingCode")
    @APIResponse(responseCode = "429", description = "too many anonymous tips from this address; try later")
    public Response submit(@HeaderParam("Idempotency-Key") String idempotencyKey, NewTip tip) {
        // validated once, by the service (the transaction boundary)
        return TipResource.receipt(intake.submitAnonymously(tip, idempotencyKey, origin.clientAddress()));
    }

    @GET
    @Path("{trackingCode}")
    @Operation(summary = "A tip's status by its tracking code")
    public TipTrack track(@PathParam("trackingCode") String trackingCode) {
        return tracking.track(trackingCode);
    }
}
