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

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Major projects (重大项目): the board, a project's file, its stage, its liaison officer and its visits. */
@Path("projects")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    public static class StageRequest {
        public String stage;
        public LocalDate on;
        public long version;
    }

    @Inject
    private ProjectService projects;

    @Inject
    private VisitService visits;

    @GET
    @Operation(summary = "The project board; filters stage, liaison (username), withoutLiaison, noRecentVisit, openRequests, "
            + "followUps (a visit's follow-up still to do)")
    public Page<ProjectRow> board(@QueryParam("stage") String stage, @QueryParam("liaison") String liaison,
                                  @QueryParam("withoutLiaison") @DefaultValue("false") boolean withoutLiaison,
                                  @QueryParam("noRecentVisit") @DefaultValue("false") boolean noRecentVisit,
                                  @QueryParam("openRequests") @DefaultValue("false") boolean openRequests,
                                  @QueryParam("followUps") @DefaultValue("false") boolean followUps,
                                  @QueryParam("enterpriseId") Long enterpriseId,
                                  @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
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
    @Operation(summary = "Register a project of an enterprise (SUPERVISOR)")
    public Response register(@NotNull ProjectForm form) {
        ProjectRow created = projects.register(form);
        return Response.created(URI.create("projects/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A project's file: enterprise, liaison history, visits, requests")
    public ProjectDetail get(@PathParam("id") long id) {
        return projects.project(id);
    }

    /** A project's corrected details with the version they were read at. */
    public static class ProjectUpdate extends ProjectForm {
        private static final long serialVersionUID = 1L;
        public long version;
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Correct a project's name, site address, investment or signing day; 409 when stale")
    public ProjectRow update(@PathParam("id") long id, @NotNull ProjectUpdate update) {
        return projects.describe(id, update, update.version);
    }

    @PUT
    @Path("{id}/stage")
    @Operation(summary = "The project reached a later stage (SIGNED → LANDED → CONSTRUCTION → OPERATING); 409 going back or when stale")
    public ProjectRow stage(@PathParam("id") long id, @NotNull StageRequest request) {
        return projects.reachStage(id, request.stage, request.on, request.version);
    }

    @GET
    @Path("{id}/liaison")
    @Operation(summary = "The project's liaison officers, the active one first, with the history of reassignments")
    public List<AssignmentView> liaisonHistory(@PathParam("id") long id) {
        return projects.project(id).liaisons();
    }

    @PUT
    @Path("{id}/liaison")
    @Operation(summary = "Hand the project to a liaison officer of its station, ending the previous assignment (SUPERVISOR); "
            + "409 when the project's version is stale")
    public ProjectDetail assignLiaison(@PathParam("id") long id, @NotNull EnterpriseResource.LiaisonRequest request) {
        return projects.assignLiaison(id, request.officer, request.reason, request.version);
    }

    @GET
    @Path("{id}/liaison/candidates")
    public List<OfficerChoice> candidates(@PathParam("id") long id) {
        return projects.liaisonsFor(id);
    }

    @GET
    @Path("{id}/visits")
    public List<VisitView> visits(@PathParam("id") long id) {
        return visits.visits(id);
    }

    @POST
    @Path("{id}/visits")
    @Operation(summary = "Record a visit: visitedOn, peopleMet, topics, risks [{category, note}], followUps [{action, dueOn}]")
    public Response visit(@PathParam("id") long id, @NotNull VisitForm form) {
        VisitView recorded = visits.record(id, form);
        return Response.created(URI.create("projects/" + id + "/visits/" + recorded.id())).entity(recorded).build();
    }

    @PUT
    @Path("visits/follow-ups/{followUpId}/done")
    @Operation(summary = "Tick off a visit's follow-up action")
    public VisitView followUpDone(@PathParam("followUpId") long followUpId) {
        return visits.followUpDone(followUpId);
    }
}
