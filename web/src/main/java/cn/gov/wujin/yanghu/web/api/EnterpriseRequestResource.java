package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.liaison.application.LiaisonSettingsService;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.DeadlineView;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.RequestView;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.Satisfaction;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.SettingView;
import cn.gov.wujin.yanghu.liaison.application.RequestFilter;
import cn.gov.wujin.yanghu.liaison.application.RequestQueue;
import cn.gov.wujin.yanghu.liaison.application.RequestForm;
import cn.gov.wujin.yanghu.liaison.application.RequestService;
import cn.gov.wujin.yanghu.shared.Page;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.web.api.contract.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Enterprises' requests (诉求): intake, transitions, the closing rating, the head's follow-up, satisfaction, deadlines. */
@Path("enterprise-requests")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnterpriseRequestResource {

    @Schema(name = "RequestTransitionRequest", description = "Where the request moves, why, and the version it was read at.")
    public static class TransitionRequest {
        @Schema(required = true, enumeration = {"IN_PROGRESS", "RESOLVED"},
                description = "The status to move to (case ignored). CLOSED is refused (400): the rating closes a request.")
        public String to;
        @Schema(maxLength = 1000, description = "Why, or what was done; required (not blank) for RESOLVED, where it becomes "
                + "the request's resolution.", example = "已协调户籍窗口上门办理")
        public String note;
        @Schema(required = true, description = "The version of the request as read; a newer one answers 409.", example = "1")
        public long version;
    }

    @Schema(description = "The enterprise's satisfaction with the handling of a resolved request.")
    public static class RatingRequest {
        @Schema(required = true, minimum = "1", maximum = "5", description = "Stars, 1 (very dissatisfied) to 5 (very satisfied).",
                example = "4")
        public Integer rating;
        @Schema(maxLength = 500, description = "What the enterprise said (surrounding spaces ignored).", example = "办理及时，态度很好")
        public String comment;
        @Schema(required = true, description = "The version of the request as read; a newer one answers 409.", example = "3")
        public long version;
    }

    @Schema(description = "What the station head did about a low rating.")
    public static class FollowUpRequest {
        @Schema(required = true, minLength = 1, maxLength = 1000, description = "What was done (not blank).",
                example = "所长回访企业，改进办理时限")
        public String note;
        @Schema(required = true, description = "The version of the request as read; a newer one answers 409.", example = "4")
        public long version;
    }

    @Schema(description = "A new number of days and the version of the setting it replaces.")
    public static class ValueRequest {
        @Schema(required = true, minimum = "1", description = "Days: 1 to 365 for a category's deadline, 1 to 3650 for the days "
                + "without a visit.", example = "10")
        public Integer value;
        @Schema(required = true, description = "The version of the setting as read; a newer one answers 409.", example = "0")
        public long version;
    }

    private static final String VERSION_409 = "Send the `version` you read: a newer one answers 409 (`conflict`), and nothing changes.";

    @Inject
    private RequestService requests;

    @Inject
    private LiaisonSettingsService settings;

    @GET
    @Operation(summary = "List the request queue",
            description = "The requests the caller sees, a page at a time: open ones (RECEIVED, IN_PROGRESS) first, then by the "
                    + "nearest deadline, then by id. A station head sees the station's requests and a bureau supervisor every "
                    + "station's; a liaison officer sees the requests they own and those of the projects and enterprises they are "
                    + "the active liaison of. `overdue` in each row is computed at the time of the answer. The filters combine: "
                    + "a row must pass all of them.")
    @APIResponse(responseCode = "200", description = "A page of requests and the total number that pass the filters.")
    public Page<RequestView> queue(
            @Parameter(description = "Only requests in this status (case ignored); another value is refused (400).",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"RECEIVED", "IN_PROGRESS", "RESOLVED", "CLOSED"}))
            @QueryParam("status") String status,
            @Parameter(description = "Only open requests past their deadline.")
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @Parameter(description = "Only open requests escalated to the station head (past their deadline; the minute timer, "
                    + "or an administrator, escalates them).")
            @QueryParam("escalated") @DefaultValue("false") boolean escalated,
            @Parameter(description = "Only requests whose low rating (1 or 2) still waits for the station head's follow-up.")
            @QueryParam("followUpOpen") @DefaultValue("false") boolean followUpOpen,
            @Parameter(description = "Only the requests of this enterprise.", example = "1024")
            @QueryParam("enterpriseId") Long enterpriseId,
            @Parameter(description = "A work list (case ignored): `open` (received or in progress), `due` (open, the deadline "
                    + "within 3 days or past), `escalated` (open and escalated). Another value is refused (400).",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"open", "due", "escalated"}))
            @QueryParam("queue") String queue,
            @Parameter(description = "Only one station's requests, by the station's code (case ignored). It narrows the caller's "
                    + "scope and never widens it: the code of a station the caller does not see gives an empty page.",
                    example = "HT")
            @QueryParam("station") String station,
            @Parameter(description = Paging.FIRST)
            @QueryParam("first") @DefaultValue("0") int first,
            @Parameter(description = Paging.SIZE)
            @QueryParam("size") @DefaultValue("50") int size) {
        RequestFilter filter = new RequestFilter();
        filter.setStatus(status);
        filter.setOverdueOnly(overdue);
        filter.setEscalatedOnly(escalated);
        filter.setFollowUpOpen(followUpOpen);
        filter.setEnterpriseId(enterpriseId);
        if (queue != null && !queue.isBlank()) {
            filter.setQueue(RequestQueue.byKey(queue).orElseThrow(() -> new InvalidInputException("queue", "liaison.request.queue", queue)));
        }
        filter.setStationCode(station);
        return requests.queue(filter, first, size);
    }

    @POST
    @Operation(summary = "Take down an enterprise's request",
            description = "Records a request (诉求) an enterprise made to the police, in status RECEIVED, with its deadline: "
                    + "`receivedAt` plus the days of its category (`GET /api/v1/enterprise-requests/deadlines`). Name the project "
                    + "it concerns (its enterprise follows; a different `enterpriseId` beside it is refused) or, for a request of "
                    + "the enterprise as a whole, the enterprise; either must be one the caller sees, else 404. The owner is the "
                    + "named `owner`, else the project's own liaison officer, else the enterprise's, else the caller; the owner "
                    + "must be an active LIAISON or SUPERVISOR of the request's station (400 naming `owner`). A request taken "
                    + "down late may be overdue at once: the minute timer then escalates it to the station head, who is "
                    + "notified. Every problem of the form is reported at once (400 with `errors`). The new request is written "
                    + "to the audit trail.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestForm.class),
            examples = @ExampleObject(name = "wageDispute", summary = "A wage dispute at a project's site",
                    value = "{\"projectId\": 1024, \"category\": \"DISPUTE_HELP\", "
                            + "\"description\": \"工地农民工讨薪聚集在项目部门口，请求派员协助调处\", "
                            + "\"receivedAt\": \"2026-11-30T09:30:00+08:00\", \"owner\": \"liaison1\"}")))
    @APIResponse(responseCode = "201", description = "Taken down: the new request.",
            headers = @Header(name = "Location", description = "The new request's address.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "404", description = "The project or enterprise named does not exist or is not one the caller sees.")
    public Response receive(@NotNull RequestForm form) {
        RequestView created = requests.receive(form);
        return Response.created(URI.create("enterprise-requests/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a request",
            description = "One request with its history of transitions, oldest first. A liaison officer reads the requests "
                    + "they own and those of the projects and enterprises they are the active liaison of.")
    @APIResponse(responseCode = "200", description = "The request.")
    public RequestView get(@Parameter(description = "The request's id.", example = "5120") @PathParam("id") long id) {
        return requests.request(id);
    }

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Start or resolve a request",
            description = "Moves the request on: to IN_PROGRESS from RECEIVED (work begins; `note` optional), or to RESOLVED "
                    + "from IN_PROGRESS with `note` saying what was done (400 without it). CLOSED is refused (400): the "
                    + "enterprise's rating closes a request (`POST /api/v1/enterprise-requests/{id}/rating`). Any other move, "
                    + "such as RESOLVED from RECEIVED or IN_PROGRESS twice, answers 409 (`not_allowed`). " + VERSION_409
                    + " Each move is kept in the request's history with who, when and the note.")
    @APIResponse(responseCode = "200", description = "The request as it is now.")
    public RequestView transition(@Parameter(description = "The request's id.", example = "5120") @PathParam("id") long id,
                                  @NotNull TransitionRequest request) {
        return requests.transition(id, request.to, request.note, request.version);
    }

    @POST
    @Path("{id}/rating")
    @Operation(summary = "Rate and close a resolved request",
            description = "The enterprise's satisfaction, 1 to 5 stars, closes a RESOLVED request (409 `not_allowed` in any "
                    + "other status). A rating of 1 or 2 opens a follow-up (`followUp` OPEN) that the station head closes with "
                    + "a note (`POST /api/v1/enterprise-requests/{id}/follow-up`). " + VERSION_409)
    @APIResponse(responseCode = "200", description = "The request, closed.")
    public RequestView rate(@Parameter(description = "The request's id.", example = "5120") @PathParam("id") long id,
                            @NotNull RatingRequest request) {
        return requests.rate(id, request.rating, request.comment, request.version);
    }

    @POST
    @Path("{id}/follow-up")
    @Operation(summary = "Close the follow-up of a low rating",
            description = "The station head says what was done about a rating of 1 or 2; `followUp` becomes CLOSED and the "
                    + "note is kept in the request's history. 409 (`not_allowed`) when the request has no open follow-up. " + VERSION_409)
    @APIResponse(responseCode = "200", description = "The request with its follow-up closed.")
    public RequestView closeFollowUp(@Parameter(description = "The request's id.", example = "5120") @PathParam("id") long id,
                                     @NotNull FollowUpRequest request) {
        return requests.closeFollowUp(id, request.note, request.version);
    }

    @GET
    @Path("satisfaction")
    @Operation(summary = "Satisfaction with requests, per station",
            description = "For the requests closed in the Beijing days `from` to `to` (both included): per station the "
                    + "caller sees, how many were closed, their average rating, how many got each number of stars, how many "
                    + "were rated low (1 or 2) and how many of those follow-ups are still open. Stations without a closed "
                    + "request are left out; ordered by station code. A station head sees their own station, a bureau "
                    + "supervisor every station.")
    @APIResponse(responseCode = "200", description = "Per station, by station code.")
    public List<Satisfaction> satisfaction(
            @Parameter(description = "The first day (default: the first of January of this year).")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "The last day (default: today); not before `from` (400).")
            @QueryParam("to") LocalDate to) {
        return requests.satisfaction(from, to);
    }

    @POST
    @Path("escalation")
    @Operation(summary = "Escalate overdue requests now",
            description = "Marks every open request past its deadline that is not escalated yet as escalated to its station "
                    + "head, now rather than at the timer's next run (it runs every minute). Each one is escalated once, "
                    + "whoever gets there first; each escalation is written to the audit trail in the administrator's name and "
                    + "announced to the request's liaison and the station's heads. Takes no body.")
    @APIResponse(responseCode = "200", description = "How many requests this call escalated (0 when none was left).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    requiredProperties = "escalated",
                    properties = @SchemaProperty(name = "escalated", type = SchemaType.INTEGER, format = "int32", minimum = "0",
                            example = "3"))))
    public Response escalate() {
        int escalated = requests.escalateOverdue();
        return Response.ok(Json.createObjectBuilder().add("escalated", escalated).build().toString(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("deadlines")
    @Operation(summary = "List the deadlines of the request categories",
            description = "For every category of request, the days a request of it may take from its receipt; by category.")
    @APIResponse(responseCode = "200", description = "The deadlines, by category.")
    public List<DeadlineView> deadlines() {
        return settings.deadlines();
    }

    @PUT
    @Path("deadlines/{category}")
    @Operation(summary = "Change the deadline of a request category",
            description = "Sets the days a request of this category may take, 1 to 365 (400 naming `days` otherwise). It "
                    + "applies to requests taken down from now on; those received before keep their deadline. " + VERSION_409
                    + " Written to the audit trail.")
    @APIResponse(responseCode = "404", description = "No such category.")
    @APIResponse(responseCode = "200", description = "The deadline as it is now.")
    public DeadlineView changeDeadline(
            @Parameter(description = "The category (case ignored).",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"TALENT_RESIDENCE", "SITE_SECURITY_CHECK", "DISPUTE_HELP", "FRAUD_PREVENTION_TALK",
                            "OTHER"}))
            @PathParam("category") String category, @NotNull ValueRequest request) {
        return settings.changeDeadline(category, request.value == null ? 0 : request.value, request.version);
    }

    @GET
    @Path("settings/no-visit-days")
    @Operation(summary = "Read the days without a visit that flag a project",
            description = "A project whose last visit is older than this many days (or that was never visited) is flagged "
                    + "`noRecentVisit` on the project board.")
    @APIResponse(responseCode = "200", description = "The setting.")
    public SettingView noVisitDays() {
        return settings.noVisitSetting();
    }

    @PUT
    @Path("settings/no-visit-days")
    @Operation(summary = "Change the days without a visit that flag a project",
            description = "Sets after how many days without a visit a project is flagged, 1 to 3650 (400 naming `value` "
                    + "otherwise). " + VERSION_409 + " Written to the audit trail.")
    @APIResponse(responseCode = "200", description = "The setting as it is now.")
    public SettingView changeNoVisitDays(@NotNull ValueRequest request) {
        return settings.changeNoVisitDays(request.value, request.version);
    }
}
