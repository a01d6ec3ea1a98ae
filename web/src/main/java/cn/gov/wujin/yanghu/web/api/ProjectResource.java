package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.AssignmentView;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.ProjectDetail;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.ProjectRow;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.VisitView;
import cn.gov.wujin.yanghu.liaison.application.ProjectFilter;
import cn.gov.wujin.yanghu.liaison.application.ProjectForm;
import cn.gov.wujin.yanghu.liaison.application.ProjectService;
import cn.gov.wujin.yanghu.liaison.application.VisitForm;
import cn.gov.wujin.yanghu.liaison.application.VisitService;
import cn.gov.wujin.yanghu.organization.application.OfficerChoice;
import cn.gov.wujin.yanghu.shared.Page;
import cn.gov.wujin.yanghu.web.api.contract.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Major projects (重大项目): the board, a project's file, its stage, its liaison officer and its visits. */
@Path("projects")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    @Schema(description = "The later stage a project reached, and when.")
    public static class StageRequest {
        @Schema(required = true, enumeration = {"LANDED", "CONSTRUCTION", "OPERATING"},
                description = "A stage later than the project's (case ignored); stages may be skipped. SIGNED, the first, "
                        + "and any stage not later than the project's answer 409.")
        public String stage;
        @Schema(description = "The day it was reached (default: today); not in the future.", example = "2026-11-20")
        public LocalDate on;
        @Schema(required = true, description = "The version of the project as read; a newer one answers 409.", example = "2")
        public long version;
    }

    private static final String VERSION_409 = "Send the `version` you read: a newer one answers 409 (`conflict`), and nothing changes.";

    @Inject
    private ProjectService projects;

    @Inject
    private VisitService visits;

    @GET
    @Operation(summary = "List the project board",
            description = "The projects the caller sees, by name, a page at a time, each with its active liaison officer, the "
                    + "day of its last visit and its open and overdue requests. A station head sees the station's projects and a "
                    + "bureau supervisor every station's; a liaison officer sees the projects they are the active liaison of, "
                    + "their own or through the enterprise. The filters combine: a project must pass all of them.")
    @APIResponse(responseCode = "200", description = "A page of projects and the total number that pass the filters.")
    public Page<ProjectRow> board(
            @Parameter(description = "Only projects at this stage (case ignored); another value is refused (400).",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"SIGNED", "LANDED", "CONSTRUCTION", "OPERATING"}))
            @QueryParam("stage") String stage,
            @Parameter(description = "Only projects whose active liaison officer (their own or their enterprise's) has this "
                    + "username.", example = "liaison1")
            @QueryParam("liaison") String liaison,
            @Parameter(description = "Only projects without an active liaison officer.")
            @QueryParam("withoutLiaison") @DefaultValue("false") boolean withoutLiaison,
            @Parameter(description = "Only projects not visited within the days of "
                    + "`GET /api/v1/enterprise-requests/settings/no-visit-days` (or never).")
            @QueryParam("noRecentVisit") @DefaultValue("false") boolean noRecentVisit,
            @Parameter(description = "Only projects with a request received or in progress.")
            @QueryParam("openRequests") @DefaultValue("false") boolean openRequests,
            @Parameter(description = "Only projects with a follow-up action of a visit still to do.")
            @QueryParam("followUps") @DefaultValue("false") boolean followUps,
            @Parameter(description = "Only the projects of this enterprise.", example = "2048")
            @QueryParam("enterpriseId") Long enterpriseId,
            @Parameter(description = Paging.FIRST)
            @QueryParam("first") @DefaultValue("0") int first,
            @Parameter(description = Paging.SIZE)
            @QueryParam("size") @DefaultValue("50") int size) {
        ProjectFilter filter = new ProjectFilter();
        filter.setStage(stage);
        filter.setLiaison(liaison);
        filter.setWithoutLiaison(withoutLiaison);
        filter.setNoRecentVisit(noRecentVisit);
        filter.setOpenRequests(openRequests);
        filter.setFollowUpsOpen(followUps);
        filter.setEnterpriseId(enterpriseId);
        return projects.board(filter, first, size);
    }

    @POST
    @Operation(summary = "Register a major project",
            description = "Registers a project of an enterprise the caller sees, at the stage SIGNED, without a liaison officer "
                    + "(`PUT /api/v1/projects/{id}/liaison` gives it one, or the enterprise's liaison officer covers it). Its "
                    + "station is the enterprise's unless `stationCode` names another one the caller sees (a station head: "
                    + "only their own). Every problem of the form is reported at once (400 with `errors`). Written to the audit "
                    + "trail.")
    @APIResponse(responseCode = "201", description = "Registered: the project as the board shows it.",
            headers = @Header(name = "Location", description = "The new project's address.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectRow.class)))
    @APIResponse(responseCode = "404", description = "The enterprise does not exist or is not one the caller sees.")
    public Response register(@NotNull ProjectForm form) {
        ProjectRow created = projects.register(form);
        return Response.created(URI.create("projects/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a project's file",
            description = "The project with its enterprise, its liaison officers (their history), its visits and its requests. "
                    + "A liaison officer reads the projects they are the active liaison of, their own or through the "
                    + "enterprise.")
    @APIResponse(responseCode = "200", description = "The project's file.")
    public ProjectDetail get(@Parameter(description = "The project's id.", example = "1024") @PathParam("id") long id) {
        return projects.project(id);
    }

    /** A project's corrected details with the version they were read at. */
    @Schema(description = "A project's name, site, investment and signing day as they are to be, and the version they were read "
            + "at. `enterpriseId` and `stationCode` are not read here.", requiredProperties = {"name", "version"})
    public static class ProjectUpdate extends ProjectForm {
        private static final long serialVersionUID = 1L;
        @Schema(description = "The version of the project as read; a newer one answers 409.", example = "2")
        public long version;
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Correct a project's details",
            description = "Replaces the project's name, site address, investment and signing day with those sent: a field left "
                    + "out is cleared (except the name, which is required). The name must stay unique among the enterprise's "
                    + "projects. A station head or bureau supervisor, or the project's liaison officer, may. " + VERSION_409
                    + " Every problem of the form is reported at once (400 with `errors`). Written to the audit trail.")
    @APIResponse(responseCode = "200", description = "The project as the board shows it now.")
    public ProjectRow update(@Parameter(description = "The project's id.", example = "1024") @PathParam("id") long id,
                             @NotNull ProjectUpdate update) {
        return projects.describe(id, update, update.version);
    }

    @PUT
    @Path("{id}/stage")
    @Operation(summary = "Move a project to a later stage",
            description = "The project reached a later stage (SIGNED → LANDED → CONSTRUCTION → OPERATING) on a day, which is "
                    + "kept as the day of that stage. A stage never goes back: the same or an earlier stage answers 409 "
                    + "(`not_allowed`). " + VERSION_409 + " Written to the audit trail.")
    @APIResponse(responseCode = "200", description = "The project as the board shows it now.")
    public ProjectRow reachStage(@Parameter(description = "The project's id.", example = "1024") @PathParam("id") long id,
                                 @NotNull StageRequest request) {
        return projects.reachStage(id, request.stage, request.on, request.version);
    }

    @GET
    @Path("{id}/liaison")
    @Operation(summary = "List a project's liaison officers",
            description = "The project's liaison assignments, its own and its enterprise's (`viaEnterprise`), the newest "
                    + "first. Those without `endedAt` are running; of those, the project's own is its liaison officer, else "
                    + "its enterprise's.")
    @APIResponse(responseCode = "200", description = "The assignments, the newest first.")
    public List<AssignmentView> liaisonHistory(@Parameter(description = "The project's id.", example = "1024") @PathParam("id") long id) {
        return projects.project(id).liaisons();
    }

    @PUT
    @Path("{id}/liaison")
    @Operation(summary = "Hand a project to a liaison officer",
            description = "Makes `officer` the project's own liaison officer, ending its previous own assignment (with `reason` "
                    + "as the reason it ended); an assignment of its enterprise as a whole stays. The officer must be an active "
                    + "LIAISON of the project's station and not its liaison already (400 naming `officer`). The project's "
                    + "version goes up: of two supervisors handing it over at once one succeeds and the other gets 409. "
                    + VERSION_409 + " The project's liaison officer then sees the project and its requests. Written to the "
                    + "audit trail.")
    @APIResponse(responseCode = "200", description = "The project's file with its new liaison.")
    public ProjectDetail assignLiaison(@Parameter(description = "The project's id.", example = "1024") @PathParam("id") long id,
                                       @NotNull EnterpriseResource.LiaisonRequest request) {
        return projects.assignLiaison(id, request.officer, request.reason, request.version);
    }

    @GET
    @Path("{id}/liaison/candidates")
    @Operation(summary = "List the officers a project may be handed to",
            description = "The active LIAISON accounts of the project's station, by name.")
    @APIResponse(responseCode = "200", description = "The candidates, by name.")
    public List<OfficerChoice> liaisonCandidates(@Parameter(description = "The project's id.", example = "1024") @PathParam("id") long id) {
        return projects.liaisonsFor(id);
    }

    @GET
    @Path("{id}/visits")
    @Operation(summary = "List a project's visits",
            description = "The project's visits, the latest day first, with their risks and follow-up actions.")
    @APIResponse(responseCode = "200", description = "The visits, the latest first.")
    public List<VisitView> visits(@Parameter(description = "The project's id.", example = "1024") @PathParam("id") long id) {
        return visits.visits(id);
    }

    @POST
    @Path("{id}/visits")
    @Operation(summary = "Record a visit to a project",
            description = "Records a visit (走访) by the caller to the project's site: the day, the people met, the topics, the "
                    + "risks found (each category once) and the follow-up actions it set, each due on a day not before the "
                    + "visit. The visit clears the project's `noRecentVisit` flag. A liaison officer records visits to the "
                    + "projects they are the active liaison of. Every problem of the form is reported at once (400 with "
                    + "`errors`, fields named like `risks[0].category`). Written to the audit trail.")
    @APIResponse(responseCode = "201", description = "Recorded: the visit.",
            headers = @Header(name = "Location", description = "The visit's address (`projects/{id}/visits/{visitId}`); no "
                    + "operation reads a single visit: `GET /api/v1/projects/{id}/visits` lists them.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitView.class)))
    public Response recordVisit(@Parameter(description = "The project's id.", example = "1024") @PathParam("id") long id,
                                @NotNull VisitForm form) {
        VisitView recorded = visits.record(id, form);
        return Response.created(URI.create("projects/" + id + "/visits/" + recorded.id())).entity(recorded).build();
    }

    @PUT
    @Path("visits/follow-ups/{followUpId}/done")
    @Operation(summary = "Tick off a visit's follow-up action",
            description = "Marks the follow-up action done, by the caller, now. An action already ticked off answers 409 "
                    + "(`not_allowed`). A liaison officer ticks off the actions of the projects they are the active liaison of. "
                    + "Takes no body. Written to the audit trail.")
    @APIResponse(responseCode = "200", description = "The visit the action belongs to, as it is now.")
    public VisitView followUpDone(@Parameter(description = "The follow-up action's id (`followUps[].id` of a visit).",
            example = "731") @PathParam("followUpId") long followUpId) {
        return visits.followUpDone(followUpId);
    }
}
