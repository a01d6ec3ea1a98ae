package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.patrol.application.NewTip;
import cn.gov.wujin.yanghu.patrol.application.TipIntake;
import cn.gov.wujin.yanghu.patrol.application.TipPhotos;
import cn.gov.wujin.yanghu.patrol.application.TipQueries;
import cn.gov.wujin.yanghu.patrol.application.TipReceipt;
import cn.gov.wujin.yanghu.patrol.application.TipRow;
import cn.gov.wujin.yanghu.patrol.application.TipTriage;
import cn.gov.wujin.yanghu.patrol.application.TipView;
import cn.gov.wujin.yanghu.patrol.application.TipWriter;
import cn.gov.wujin.yanghu.patrol.domain.TipAction;
import cn.gov.wujin.yanghu.patrol.domain.TipCategory;
import cn.gov.wujin.yanghu.patrol.domain.TipStatus;
import cn.gov.wujin.yanghu.shared.Page;
import cn.gov.wujin.yanghu.web.api.contract.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
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

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/** Tips (线索上报) from members' phones, and the station's triage of them. */
@Path("tips")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TipResource {

    /** What the Idempotency-Key header says in the document, for /tips and /public/tips alike. */
    static final String IDEMPOTENCY_KEY = "A key the client makes up for this tip (a UUID, a ULID): 8 to 128 of the characters A-Z a-z "
            + "0-9 . _ : -. Send the same key again with the same body to retry safely; keys are per sender.";

    /** An officer's decision on a new tip: DISMISS or RESOLVE with a note, HAND_OVER to {@code stationCode}. */
    @Schema(name = "TipTriage", description = "An officer's decision on a NEW tip.")
    public static class TriageRequest {
        @Schema(required = true, description = "DISMISS (nothing to act on; note = the reason), RESOLVE (dealt with on the spot; note = "
                + "what was done), HAND_OVER (the place is another station's: it lands there as NEW), ASSIGN (a tip of the bureau's "
                + "queue goes to a station; bureau supervisors, who alone see that queue). A fraud lead becomes a case through "
                + "POST /api/v1/fraud-cases with its tipId, not here.")
        public TipAction action;
        @Schema(maxLength = 1000, description = "Required (not blank) for DISMISS and RESOLVE; optional for HAND_OVER and ASSIGN. The "
                + "tipster sees it as the feedback.", example = "属市政报修，已告知12345")
        public String note;
        @Schema(maxLength = 8, description = "For HAND_OVER and ASSIGN: the code of the station in service that takes the tip (for "
                + "HAND_OVER another than the tip's own).", example = "NT")
        public String stationCode;
        /** Optional: the version read; a newer one answers 409. */
        @Schema(description = "Optional: the tip's version as read; if the tip changed since, 409 and nothing is done.", example = "0")
        public Long version;
    }

    @Inject
    private TipIntake intake;

    @Inject
    private TipQueries tips;

    @Inject
    private TipTriage triage;

    @Inject
    private TipPhotos photos;

    @POST
    @Operation(summary = "Send a tip", description = "A member sends a tip (线索上报) from their phone: what was seen, when, where "
            + "(in words, and the phone's position when it has one). It goes to the caller's own station, and to their patrol group "
            + "when they are an active member of one, as a NEW tip in the station's triage queue; `stationCode` may name another "
            + "station only for a caller who sees it. Every problem of the tip is answered at once (400, `errors`): a category that "
            + "is not one of the list, a time in the future, only one of latitude and longitude, a missing or malformed "
            + "Idempotency-Key (field `Idempotency-Key`).\n\n"
            + "**Retries are safe.** A phone on a poor connection sends again with the same Idempotency-Key: the same key with the "
            + "same body answers 200 with the tip stored the first time (`created: false`), never a second tip, also when the two "
            + "sends arrive together. The same key with a different body is refused (409). The creation is written to the audit "
            + "trail. An officer's triage later notifies the tipster and, when the tip led to action, earns them points.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewTip.class),
            examples = @ExampleObject(name = "vehicle", summary = "A volunteer on patrol reports a vehicle",
                    value = "{\"category\": \"SUSPICIOUS_VEHICLE\", \"occurredAt\": \"2026-12-05T19:40:00+08:00\", "
                            + "\"place\": \"湖塘镇人民路与长虹路路口\", \"latitude\": 31.7133, \"longitude\": 119.9567, "
                            + "\"description\": \"一辆无牌白色面包车在小区门口反复停留，车内两人观察进出居民\"}")))
    @APIResponse(responseCode = "201", description = "Stored; Location names the new tip.",
            headers = @Header(name = "Location", description = "The tip's address, /api/v1/tips/{id}.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TipReceipt.class)))
    @APIResponse(responseCode = "200", description = "A retry (same key, same body): the tip stored before, nothing new.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TipReceipt.class)))
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used before for a different tip.")
    public void submit(@Parameter(description = IDEMPOTENCY_KEY, required = true, example = "3f1c9a52-7be4-4d0e-9a31-5c2f8e6b0d47",
            schema = @Schema(type = SchemaType.STRING, minLength = 8, maxLength = 128, pattern = "^[A-Za-z0-9._:-]{8,128}$"))
                           @HeaderParam("Idempotency-Key") String idempotencyKey, NewTip tip,
                           @Suspended AsyncResponse answer) {
        // the answer waits for the tip's group commit (TipWriter) without holding an HTTP thread;
        // validated once, by the service, whose refusals are thrown here at once
        answer.setTimeout(TIP_WAIT_SECONDS, TimeUnit.SECONDS);
        answer.setTimeoutHandler(late -> late.resume(TipWriter.unavailable("the tip was not written in time")));
        intake.send(tip, idempotencyKey).whenComplete((receipt, failure) -> {
            if (failure == null) {
                answer.resume(receipt(receipt));
            } else { // as a refusal, mapped as if thrown (RefusalMapper)
                answer.resume(failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure);
            }
        });
    }

    /** Beyond the writer's own wait: by then the tip was answered (503) or stored. */
    private static final long TIP_WAIT_SECONDS = 45;

    static Response receipt(TipReceipt receipt) {
        return receipt.created()
                ? Response.created(URI.create("tips/" + receipt.id())).entity(receipt).build()
                : Response.ok(receipt).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a tip", description = "One tip in full, for its tipster (wherever it went since) or the staff of the "
            + "station it belongs to now; for anyone else it does not exist (404). A tip handed to another station is no longer "
            + "the first station's. Tips of the bureau's queue (no station) are seen by bureau supervisors only.")
    public TipView get(@Parameter(description = "The tip's id.", example = "48213") @PathParam("id") long id) {
        return tips.get(id);
    }

    @GET
    @Operation(summary = "List the station's tips", description = "The triage queue: the tips of the caller's station, newest sent "
            + "first (bureau supervisors: every station's, and the bureau's queue), filtered by status, category and the Beijing "
            + "days they were sent. `unassigned=true` lists the bureau's queue only: anonymous tips no station could be told for, "
            + "which a bureau supervisor assigns (empty for a station's staff). Paged: `total` counts every matching tip.")
    public Page<TipRow> queue(@Parameter(description = "Only tips with this status.") @QueryParam("status") TipStatus status,
                              @Parameter(description = "Only tips of this category.") @QueryParam("category") TipCategory category,
                              @Parameter(description = "Sent on or after this day (Beijing time).") @QueryParam("from") LocalDate from,
                              @Parameter(description = "Sent on or before this day (Beijing time).") @QueryParam("to") LocalDate to,
                              @Parameter(description = "true: only tips without a station (the bureau's queue).")
                              @QueryParam("unassigned") @DefaultValue("false") boolean unassigned,
                              @Parameter(description = Paging.FIRST)
                              @QueryParam("first") @DefaultValue("0") int first,
                              @Parameter(description = Paging.SIZE)
                              @QueryParam("size") @DefaultValue("20") int size) {
        return tips.queue(status, category, from, to, unassigned, first, size);
    }

    @GET
    @Path("mine")
    @Operation(summary = "List the caller's own tips", description = "The tips the caller sent, newest first, with their status and "
            + "the officer's feedback. `updates=true`: only those an officer acted on in the last 7 days (dealt with, a case opened, "
            + "handed to another station), the latest action first: what the tipster has probably not seen yet. Paged.")
    public Page<TipRow> mine(@Parameter(description = "true: only the tips acted on in the last 7 days.")
                             @QueryParam("updates") @DefaultValue("false") boolean updates,
                             @Parameter(description = Paging.FIRST)
                             @QueryParam("first") @DefaultValue("0") int first,
                             @Parameter(description = Paging.SIZE)
                             @QueryParam("size") @DefaultValue("20") int size) {
        return tips.mine(updates, first, size);
    }

    @POST
    @Path("{id}/triage")
    @Operation(summary = "Triage a tip", description = "An officer of the tip's station decides on a NEW tip (研判): DISMISS it "
            + "with the reason, RESOLVE it on the spot with what was done, or HAND_OVER it to another station, where it is NEW again "
            + "(the handing is kept: `handedFromStation`). A bureau supervisor ASSIGNs a tip of the bureau's queue to a station. "
            + "A tip that led to action (RESOLVE, or a case opened through POST /api/v1/fraud-cases with its tipId) earns its "
            + "tipster points, once; a dismissed or resolved tip notifies its tipster. Every change is written to the audit trail. "
            + "A missing action is refused (400) before the tip is looked up.")
    @APIResponse(responseCode = "200", description = "The tip after the decision.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TipView.class)))
    @APIResponse(responseCode = "409", description = "The tip is no longer NEW (dealt with already), it changed since `version`, or "
            + "(ASSIGN) it belongs to a station already.")
    public TipView triage(@Parameter(description = "The tip's id.", example = "48213") @PathParam("id") long id,
                          @NotNull TriageRequest request) {
        // a missing action is refused by the service, after its role check
        return triage.triage(id, request.action, request.note, request.stationCode, request.version);
    }

    @PUT
    @Path("{id}/photo")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Add a photo to one's tip", description = "The tipster adds a photo to their tip while it is NEW; sending "
            + "again replaces it, so a retried upload stores one photo. JPEG or PNG, told by the bytes themselves (the Content-Type "
            + "may be application/octet-stream), 1 byte to 5 MB (5,242,880 bytes); anything else is refused (400, field `photo`), "
            + "a larger upload by its announced length before it is read. Only the tipster: for anyone else the tip does not exist "
            + "(404).")
    @RequestBody(description = "The photo's bytes: JPEG or PNG, at most 5 MB.", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Stored; the tip now has `hasPhoto: true`.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TipView.class)))
    @APIResponse(responseCode = "409", description = "The tip was dealt with already: a photo can be added only while it is NEW.")
    public TipView attachPhoto(@Parameter(description = "The tip's id.", example = "48213") @PathParam("id") long id,
                               @Parameter(hidden = true) @HeaderParam("Content-Length") Long length, InputStream body) throws IOException {
        if (length != null && length > TipPhotos.PHOTO_LIMIT) {
            TipPhotos.checkPhoto(new byte[0]); // refused by its announced size, before a byte is read
        }
        // read no more than the limit allows: a huge upload is refused, not buffered
        byte[] content = body.readNBytes(TipPhotos.PHOTO_LIMIT + 1);
        return photos.attachPhoto(id, content);
    }

    @GET
    @Path("{id}/photo")
    @Produces({"image/jpeg", "image/png"})
    @Operation(summary = "Download a tip's photo", description = "The tip's photo as it was sent, for whoever may read the tip (its "
            + "tipster, the staff of its station); its type is what its bytes are. 404 when the tip has no photo.")
    @APIResponse(responseCode = "200", description = "The photo.",
            headers = @Header(name = "Cache-Control", description = "private, max-age=3600: browsers may keep it an hour; shared caches "
                    + "may not.", schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response photo(@Parameter(description = "The tip's id.", example = "48213") @PathParam("id") long id) {
        TipPhotos.Photo photo = photos.photo(id);
        return Response.ok(photo.content(), photo.contentType()).header("Cache-Control", "private, max-age=3600").build();
    }
}
