package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.patrol.application.NewTip;
import cn.gov.wujin.yanghu.patrol.application.TipIntake;
import cn.gov.wujin.yanghu.patrol.application.TipReceipt;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
    @Operation(summary = "Send a tip anonymously", description = "Anyone sends a tip from the public page, without an account: no "
            + "name and no address are kept (the audit trail names the actor `anonymous`). Keep the `trackingCode` of the answer: "
            + "it is the only way to follow the tip (GET /api/v1/public/tips/{trackingCode}).\n\n"
            + "`stationCode` names the station whose area it is (any station in service; an unknown one is refused, 400). Left out "
            + "(\"I don't know\"), the place's words decide when they name a station, or one of its communities or villages; "
            + "otherwise the tip waits in the bureau's queue until a bureau supervisor assigns it. The form is checked as for "
            + "POST /api/v1/tips, every problem at once.\n\n"
            + "**Retries are safe** as for POST /api/v1/tips: the same Idempotency-Key with the same body answers 200 with the "
            + "tip stored before (and does not count against the limit); with a different body, 409. **Limited:** 5 new tips per "
            + "client address in 10 minutes; more are refused (429) and the message points to 110 for an emergency.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewTip.class),
            examples = @ExampleObject(name = "hazard", summary = "A passer-by reports a hazard to the Niutang station",
                    value = "{\"category\": \"SAFETY_HAZARD\", \"occurredAt\": \"2026-12-05T08:15:00+08:00\", "
                            + "\"place\": \"牛塘镇青云路桥下\", \"description\": \"桥下电线裸露垂到地面，附近常有小孩玩耍\", "
                            + "\"stationCode\": \"NT\"}")))
    @APIResponse(responseCode = "201", description = "Stored; keep the trackingCode. Location names the tip, which only staff can read.",
            headers = @Header(name = "Location", description = "The tip's address for staff, /api/v1/tips/{id}.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TipReceipt.class)))
    @APIResponse(responseCode = "200", description = "A retry (same key, same body): the tip stored before, nothing new.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TipReceipt.class)))
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used before for a different anonymous tip.")
    @APIResponse(responseCode = "429", description = "More than 5 anonymous tips from this client address in 10 minutes; try again "
            + "after Retry-After seconds (in an emergency, call 110).")
    public Response submit(@Parameter(description = TipResource.IDEMPOTENCY_KEY, required = true,
            example = "01JEMS6Q7Z4K8W2T5R9XH3VBNC",
            schema = @Schema(type = SchemaType.STRING, minLength = 8, maxLength = 128, pattern = "^[A-Za-z0-9._:-]{8,128}$"))
                           @HeaderParam("Idempotency-Key") String idempotencyKey, NewTip tip) {
        // validated once, by the service (the transaction boundary)
        return TipResource.receipt(intake.submitAnonymously(tip, idempotencyKey, origin.clientAddress()));
    }

    @GET
    @Path("{trackingCode}")
    @Operation(summary = "Follow a tip by its tracking code", description = "The status of the tip behind a tracking code, for "
            + "whoever holds the code: nothing else of the tip is shown. The code may be typed in lower case, with spaces or without "
            + "its hyphen. An unknown code answers 404.")
    public TipTrack track(@Parameter(description = "The tracking code of the tip's receipt.", example = "7KQ2M-XH9PA")
                          @PathParam("trackingCode") String trackingCode) {
        return tracking.track(trackingCode);
    }
}
