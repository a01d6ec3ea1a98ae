package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.patrol.application.NewShift;
import cn.gov.wujin.yanghu.patrol.application.ShiftQueue;
import cn.gov.wujin.yanghu.patrol.application.ShiftService;
import cn.gov.wujin.yanghu.patrol.application.ShiftSteps;
import cn.gov.wujin.yanghu.patrol.application.ShiftView;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Shifts: planned by officers; signed up for, checked in and out and logged by members. */
@Path("shifts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShiftResource {

    @Schema(name = "ShiftLog", description = "A member's patrol log of a shift; it replaces what was written before (a part left out "
            + "or blank is cleared).")
    public static class LogRequest {
        @Schema(maxLength = 2000, description = "The route walked.", example = "人民路—长虹路—湖塘菜场—花园街小区北门")
        public String routeNotes;
        @Schema(maxLength = 2000, description = "What was found on the way.", example = "长虹路桥下电线裸露，已拍照上报；菜场北门一辆无牌电动车停放两天")
        public String findings;
    }

    @Schema(name = "CheckIn", description = "Where the phone is at check-in, all optional: a phone without a fix checks in all the same "
            + "(no body, {} or the position left out). Fields not named here are not read.")
    public static class CheckInRequest {
        @Schema(minimum = "-90", maximum = "90", description = "WGS-84 latitude as the phone reports it; with `longitude`.",
                example = "31.7046")
        public Double latitude;
        @Schema(minimum = "-180", maximum = "180", description = "WGS-84 longitude; with `latitude`.", example = "119.9412")
        public Double longitude;
        @Schema(minimum = "0", maximum = "10000", description = "The position's accuracy in metres as the phone reports it (added to "
                + "the tolerance); left out counts as 0.", example = "25")
        public Double accuracy;
        @Schema(implementation = String.class, pattern = NewShift.OFFSET_DATE_TIME, description = DEVICE_TIME,
                example = "2026-12-06T09:12:30+08:00")
        public OffsetDateTime deviceTime;
    }

    @Schema(name = "CheckOut", description = "When the member tapped check-out on the phone; optional (no body, or {}: the server's "
            + "clock decides). Fields not named here are not read.")
    public static class CheckOutRequest {
        @Schema(implementation = String.class, pattern = NewShift.OFFSET_DATE_TIME, description = DEVICE_TIME,
                example = "2026-12-06T21:05:00+08:00")
        public OffsetDateTime deviceTime;
    }

    /** What deviceTime says in the document, for check-in and check-out alike. */
    static final String DEVICE_TIME = "When the member tapped on the phone: an ISO 8601 date and time with its offset. For a step the "
            + "phone kept while offline and sends later from its queue. Left out: the server's clock decides. Given: accepted when "
            + "the request arrives within the offline tolerance setting (default 12 hours) after it, it is at most 2 minutes ahead of "
            + "the server's clock, and it lies in the step's window (check-in: from 30 minutes before the start to the end, on a shift "
            + "not cancelled; check-out: until 4 hours after the end, not before the check-in); then it is the time stored, the "
            + "hours count from it, and `mine.sentLate` is true when the request arrived more than 2 minutes after it. Otherwise 409 "
            + "with the rule broken.";

    /** What the Idempotency-Key header says in the document for a member's steps on a shift. */
    static final String STEP_KEY = "Required: a key the phone makes up when the member taps (a UUID, a ULID): 8 to 128 of the "
            + "characters A-Z a-z 0-9 . _ : -. Send the same key again with the same body to retry safely; keys are per account. "
            + "Missing or malformed: 400 (field `Idempotency-Key`).";

    /** What a member's step answers, in the document. */
    private static final String STEP_RETRIES = "\n\n**Retries are safe.** Every request carries an Idempotency-Key (the phone app "
            + "sends its queue with them): the first request with a key does the step (201); the same key again with the same shift, "
            + "step and body does nothing and answers 200 with the shift as it stands, also when the two sends arrive together; the "
            + "same key with a different body, shift or step is refused (409). A step refused (404, 409) stores no key.";

    private static final String SHIFT_ID = "The shift's id.";
    /** The steps of a member carry nothing; a body sent with them, such as {}, is not read. */
    static final String NOTHING_READ = "Optional, and nothing in it is read: none or {} will do.";
    /** The version a change of a shift was read at, as a query parameter. */
    private static final String VERSION = "The shift's version as read (ShiftView.version); left out counts as 0. A stale version "
            + "answers 409.";

    @Inject
    private ShiftService shifts;

    @Inject
    private ShiftSteps steps;

    @GET
    @Operation(summary = "List shifts", description = "The shifts overlapping [from, to), earliest first (at most 500): the caller's "
            + "station's for staff (bureau supervisors: every station's), those of the caller's groups for a member; `groupId` "
            + "narrows to one group. Without from and to: from a day ago for 15 days.\n\n"
            + "With `queue`, that list instead (from and to are then ignored), earliest first: `today` (today's shifts, Beijing "
            + "day, of the groups the caller leads or that they signed up to), `understaffed` (not cancelled, starting in the next "
            + "48 hours, fewer signed up than needed) or `upcoming` (the caller's own sign-ups not yet finished); `station` narrows "
            + "a queue to one station. Staff see every sign-up of a shift; members, and anyone in `upcoming`, their own.")
    public List<ShiftView> list(@Parameter(description = "Only this group's shifts.", example = "7") @QueryParam("groupId") Long groupId,
                                @Parameter(description = "Start of the period, with its offset (a + is sent as %2B); default: a day ago.",
                                        example = "2026-12-07T00:00:00+08:00", schema = @Schema(implementation = String.class,
                                        pattern = NewShift.OFFSET_DATE_TIME)) @QueryParam("from") OffsetDateTime from,
                                @Parameter(description = "End of the period (excluded), with its offset; default: 15 days after `from`.",
                                        example = "2026-12-14T00:00:00+08:00", schema = @Schema(implementation = String.class,
                                        pattern = NewShift.OFFSET_DATE_TIME)) @QueryParam("to") OffsetDateTime to,
                                @Parameter(description = "A list of shifts that ask for attention (case does not matter); another "
                                        + "value is refused (400).", schema = @Schema(type = SchemaType.STRING,
                                        enumeration = {"today", "understaffed", "upcoming"})) @QueryParam("queue") String queue,
                                @Parameter(description = "With `queue`: only this station's shifts, by code.", example = "HT")
                                @QueryParam("station") String station) {
        if (queue != null && !queue.isBlank()) {
            return shifts.queue(ShiftQueue.byKey(queue).orElseThrow(() -> new InvalidInputException("queue", "shift.queue.unknown", queue)),
                    station);
        }
        Instant start = from == null ? Instant.now().minus(Duration.ofDays(1)) : from.toInstant();
        Instant end = to == null ? start.plus(Duration.ofDays(15)) : to.toInstant();
        return shifts.shifts(groupId, start, end);
    }

    @POST
    @Operation(summary = "Plan a shift", description = "An officer or supervisor plans a shift of an active group of their station: "
            + "where, when (ahead of now, at most 12 hours long), how many members. A shift starting within 48 hours that lacks "
            + "people calls the group's other members for cover (notification). Written to the audit trail.")
    @APIResponse(responseCode = "201", description = "Planned; Location names the new shift.",
            headers = @Header(name = "Location", description = "The shift's address, /api/v1/shifts/{id}.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(responseCode = "409", description = "The group was stood down.")
    public Response plan(@NotNull NewShift shift) {
        ShiftView created = shifts.plan(shift);
        return Response.created(URI.create("shifts/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a shift", description = "One shift: for the staff of its station, with every sign-up; for an active "
            + "member of its group, with their own sign-up. For anyone else it does not exist (404).")
    public ShiftView get(@Parameter(description = SHIFT_ID, example = "5120") @PathParam("id") long id) {
        return shifts.shift(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Move or restaff a shift", description = "Changes a shift that has not started and was not cancelled: area, "
            + "times, members needed, checkpoints; members signed up stay on it and are told when it moved (area or times). "
            + "Written to the audit trail.")
    @APIResponse(responseCode = "200", description = "The shift as changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(responseCode = "409", description = "The shift changed since `version` was read, has started, or was cancelled.")
    public ShiftView reschedule(@Parameter(description = SHIFT_ID, example = "5120") @PathParam("id") long id,
                                @Parameter(description = VERSION, example = "0") @QueryParam("version") long version,
                                @NotNull NewShift shift) {
        return shifts.reschedule(id, shift, version);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancel a shift", description = "Calls a shift off; members signed up are told. The shift stays, marked "
            + "cancelled. Written to the audit trail.")
    @APIResponse(responseCode = "200", description = "The shift, cancelled.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(responseCode = "409", description = "The shift changed since `version` was read.")
    public ShiftView cancel(@Parameter(description = SHIFT_ID, example = "5120") @PathParam("id") long id,
                            @Parameter(description = VERSION, example = "0") @QueryParam("version") long version) {
        return shifts.cancel(id, version);
    }

    @PUT
    @Path("{id}/signup")
    @Operation(summary = "Sign up for a shift", description = "An active member of the shift's group signs up, until the shift starts; "
            + "signing up again is harmless, and renews a cancelled sign-up. For anyone else the shift does not exist (404)."
            + STEP_RETRIES)
    @RequestBody(required = false, description = NOTHING_READ, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = NOTHING_READ)))
    @APIResponse(responseCode = "201", description = "Signed up; the shift, with the caller's sign-up in `mine`.",
            headers = @Header(name = "Location", description = LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(responseCode = "200", description = REPLAY,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(responseCode = "409", description = "The shift has started or was cancelled, or the Idempotency-Key was used for "
            + "something else.")
    public Response signUp(@Parameter(description = SHIFT_ID, example = "5120") @PathParam("id") long id,
                           @Parameter(description = STEP_KEY, required = true, example = "3f1c9a52-7be4-4d0e-9a31-5c2f8e6b0d47",
                                   schema = @Schema(type = SchemaType.STRING, minLength = 8, maxLength = 128, pattern = KEY_PATTERN))
                           @HeaderParam("Idempotency-Key") String key) {
        return done(steps.signUp(id, key));
    }

    /** 201 for a step done now, 200 for a retry that found it done. */
    private static Response done(ShiftSteps.Done done) {
        return done.created() ? Response.created(URI.create("shifts/" + done.shift().id())).entity(done.shift()).build()
                : Response.ok(done.shift()).build();
    }

    private static final String KEY_PATTERN = "^[A-Za-z0-9._:-]{8,128}$";
    private static final String LOCATION = "The shift's address, /api/v1/shifts/{id}.";
    private static final String REPLAY = "A retry (same Idempotency-Key, same shift, step and body): nothing changed; the shift as it "
            + "stands, with the caller's sign-up in `mine`.";

    @DELETE
    @Path("{id}/signup")
    @Operation(summary = "Cancel one's sign-up", description = "A member takes back their sign-up, until 2 hours before the start "
            + "and not after checking in; after that the group's officer must be called.")
    @APIResponse(responseCode = "200", description = "The shift, with the caller's sign-up cancelled (`mine.active: false`).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(responseCode = "409", description = "Not signed up, less than 2 hours before the start, or checked in already.")
    public ShiftView cancelSignUp(@Parameter(description = SHIFT_ID, example = "5120") @PathParam("id") long id) {
        return shifts.cancelSignUp(id);
    }

    @POST
    @Path("{id}/check-in")
    @Operation(summary = "Check in to a shift", description = "A member signed up checks in: from 30 minutes before the start until "
            + "the end, not on a cancelled shift. A second check-in keeps the first time and position.\n\n"
            + "The body may carry where the phone is (`latitude`, `longitude`, `accuracy`); without it the check-in is taken all the "
            + "same. The server judges the position against the shift's grid, else its community, else the group's grid or community, "
            + "else the station: on site inside it or within the tolerance setting (default 300 m) plus the accuracy. An off-site "
            + "check-in is kept and flagged: `mine.onSite: false` with `mine.distanceMeters`; both are left out without a position "
            + "or a boundary. A coordinate out of range, one coordinate without the other, or an accuracy outside 0–10000 is "
            + "refused (400, naming the field).\n\n"
            + "A check-in made offline carries `deviceTime`: see the body." + STEP_RETRIES)
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CheckInRequest.class),
            examples = @ExampleObject(name = "withFix", summary = "A phone with a fix near 湖塘",
                    value = "{\"latitude\": 31.7046, \"longitude\": 119.9412, \"accuracy\": 25}")))
    @APIResponse(responseCode = "201", description = "Checked in; the shift, with the caller's check-in time, the position's decision "
            + "(`onSite`, `distanceMeters`) and `sentLate` in `mine`.",
            headers = @Header(name = "Location", description = LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(responseCode = "200", description = REPLAY,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(responseCode = "409", description = "Not signed up, the shift was cancelled, outside the check-in window (the "
            + "`deviceTime`'s when given), a `deviceTime` in the future or sent later than the tolerance, or the Idempotency-Key was "
            + "used for something else.")
    public Response checkIn(@Parameter(description = SHIFT_ID, example = "5120") @PathParam("id") long id,
                            @Parameter(description = STEP_KEY, required = true, example = "3f1c9a52-7be4-4d0e-9a31-5c2f8e6b0d47",
                                    schema = @Schema(type = SchemaType.STRING, minLength = 8, maxLength = 128, pattern = KEY_PATTERN))
                            @HeaderParam("Idempotency-Key") String key, CheckInRequest position) {
        CheckInRequest p = position == null ? new CheckInRequest() : position;
        return done(steps.checkIn(id, key, p.latitude, p.longitude, p.accuracy, p.deviceTime == null ? null : p.deviceTime.toInstant()));
    }

    @POST
    @Path("{id}/check-out")
    @Operation(summary = "Check out of a shift", description = "A member who checked in checks out, until 4 hours after the end. The "
            + "hours between check-in and check-out that lie inside the shift's window count (tenths, rounded down) and earn the "
            + "SHIFT_HOUR points, once; a second check-out keeps the first time.\n\n"
            + "A check-out made offline carries `deviceTime`: see the body." + STEP_RETRIES)
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CheckOutRequest.class),
            examples = @ExampleObject(name = "offline", summary = "A check-out tapped in a basement, sent later",
                    value = "{\"deviceTime\": \"2026-12-06T21:05:00+08:00\"}")))
    @APIResponse(responseCode = "201", description = "Checked out; the shift, with the caller's check-out time, hours and `sentLate` "
            + "in `mine`.",
            headers = @Header(name = "Location", description = LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(responseCode = "200", description = REPLAY,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(responseCode = "409", description = "Not signed up, not checked in, more than 4 hours after the end (the "
            + "`deviceTime`'s when given), a `deviceTime` before the check-in, in the future or sent later than the tolerance, or the "
            + "Idempotency-Key was used for something else.")
    public Response checkOut(@Parameter(description = SHIFT_ID, example = "5120") @PathParam("id") long id,
                             @Parameter(description = STEP_KEY, required = true, example = "3f1c9a52-7be4-4d0e-9a31-5c2f8e6b0d47",
                                     schema = @Schema(type = SchemaType.STRING, minLength = 8, maxLength = 128, pattern = KEY_PATTERN))
                             @HeaderParam("Idempotency-Key") String key, CheckOutRequest body) {
        return done(steps.checkOut(id, key, body == null || body.deviceTime == null ? null : body.deviceTime.toInstant()));
    }

    @PUT
    @Path("{id}/log")
    @Operation(summary = "Write one's patrol log", description = "A member who checked in writes the log of their patrol: the route "
            + "and what they found; writing again replaces it. Staff read it in the shift's sign-ups. A part longer than 2000 "
            + "characters is refused (400, field `findings`)." + STEP_RETRIES)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LogRequest.class),
            examples = @ExampleObject(name = "evening", summary = "The log of an evening patrol in Hutang",
                    value = "{\"routeNotes\": \"人民路—长虹路—湖塘菜场—花园街小区北门\", "
                            + "\"findings\": \"长虹路桥下电线裸露，已拍照上报；菜场北门一辆无牌电动车停放两天\"}")))
    @APIResponse(responseCode = "201", description = "Written; the shift, with the caller's log in `mine`.",
            headers = @Header(name = "Location", description = LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(responseCode = "200", description = REPLAY,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(responseCode = "409", description = "Not signed up, not checked in yet, or the Idempotency-Key was used for something "
            + "else.")
    public Response log(@Parameter(description = SHIFT_ID, example = "5120") @PathParam("id") long id,
                        @Parameter(description = STEP_KEY, required = true, example = "3f1c9a52-7be4-4d0e-9a31-5c2f8e6b0d47",
                                schema = @Schema(type = SchemaType.STRING, minLength = 8, maxLength = 128, pattern = KEY_PATTERN))
                        @HeaderParam("Idempotency-Key") String key, @NotNull LogRequest log) {
        return done(steps.writeLog(id, key, log.routeNotes, log.findings));
    }
}
