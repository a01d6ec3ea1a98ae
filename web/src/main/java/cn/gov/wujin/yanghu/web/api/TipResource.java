package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.patrol.application.NewTip;
import cn.gov.wujin.yanghu.patrol.application.TipIntake;
import cn.gov.wujin.yanghu.patrol.application.TipPhotos;
import cn.gov.wujin.yanghu.patrol.application.TipQueries;
import cn.gov.wujin.yanghu.patrol.application.TipReceipt;
import cn.gov.wujin.yanghu.patrol.application.TipRow;
import cn.gov.wujin.yanghu.patrol.application.TipTriage;
import cn.gov.wujin.yanghu.patrol.application.TipView;
import cn.gov.wujin.yanghu.patrol.domain.TipAction;
import cn.gov.wujin.yanghu.patrol.domain.TipCategory;
import cn.gov.wujin.yanghu.patrol.domain.TipStatus;
import cn.gov.wujin.yanghu.shared.Page;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;

/** Tips (线索上报) from members' phones, and the station's triage of them. */
@Path("tips")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TipResource {

    /** An officer's decision on a new tip: DISMISS or RESOLVE with a note, HAND_OVER to {@code stationCode}. */
    public static class TriageRequest {
        public TipAction action;
        public String note;
        public String stationCode;
        /** Optional: the version read; a newer one answers 409. */
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
    @Operation(summary = "Send a tip. The Idempotency-Key header (8-128 of A-Z a-z 0-9 . _ : -) makes retries safe: the same "
            + "key and body again answers 200 with the same tip; the same key with another body answers 409")
    @APIResponse(responseCode = "201", description = "stored")
    @APIResponse(responseCode = "200", description = "a retry: the tip stored before")
    @APIResponse(responseCode = "400", description = "invalid input: every problem in 'errors' as {field, message}")
    @APIResponse(responseCode = "409", description = "the key was used for a different tip")
    public Response submit(@HeaderParam("Idempotency-Key") String idempotencyKey, NewTip tip) {
        // validated once, by the service (the transaction boundary)
        return receipt(intake.submit(tip, idempotencyKey));
    }

    static Response receipt(TipReceipt receipt) {
        return receipt.created()
                ? Response.created(URI.create("tips/" + receipt.id())).entity(receipt).build()
                : Response.ok(receipt).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One tip: for its tipster, or the staff of its station")
    public TipView get(@PathParam("id") long id) {
        return tips.get(id);
    }

    @GET
    @Operation(summary = "The station's tips, newest first (staff); filters status, category and the Beijing days sent [from, to]; "
            + "unassigned=true: the bureau's queue, tips without a station (bureau supervisors; empty for a station's staff)")
    public Page<TipRow> queue(@QueryParam("status") TipStatus status, @QueryParam("category") TipCategory category,
                              @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                              @QueryParam("unassigned") @DefaultValue("false") boolean unassigned,
                              @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("20") int size) {
        return tips.queue(status, category, from, to, unassigned, first, size);
    }

    @GET
    @Path("mine")
    @Operation(summary = "The caller's own tips and their status, newest first; updates=true: those acted on in the last 7 days, "
            + "the latest first")
    public Page<TipRow> mine(@QueryParam("updates") @DefaultValue("false") boolean updates,
                             @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("20") int size) {
        return tips.mine(updates, first, size);
    }

    @POST
    @Path("{id}/triage")
    @Operation(summary = "Dismiss (note = reason), resolve on the spot, or hand to another station; OFFICER or SUPERVISOR. "
            + "A fraud lead becomes a case through POST /fraud-cases with tipId")
    public TipView triage(@PathParam("id") long id, @NotNull TriageRequest request) {
        // a missing action is refused by the service, after its role check
        return triage.triage(id, request.action, request.note, request.stationCode, request.version);
    }

    @PUT
    @Path("{id}/photo")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "The tipster adds a photo to a new tip: JPEG or PNG (told by the bytes), at most 5 MB; again replaces it")
    public TipView attachPhoto(@PathParam("id") long id, @HeaderParam("Content-Length") Long length, InputStream body) throws IOException {
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
    @Operation(summary = "A tip's photo, for the tipster and the staff of its station")
    public Response photo(@PathParam("id") long id) {
        TipPhotos.Photo photo = photos.photo(id);
        return Response.ok(photo.content(), photo.contentType()).header("Cache-Control", "private, max-age=3600").build();
    }
}
