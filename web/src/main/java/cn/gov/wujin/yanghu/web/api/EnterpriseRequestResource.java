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

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Enterprises' requests (诉求): intake, transitions, the closing rating, the head's follow-up, satisfaction, deadlines. */
@Path("enterprise-requests")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnterpriseRequestResource {

    public static class TransitionRequest {
        public String to;
        public String note;
        public long version;
    }

    public static class RatingRequest {
        public Integer rating;
        public String comment;
        public long version;
    }

    public static class FollowUpRequest {
        public String note;
        public long version;
    }

    public static class ValueRequest {
        public Integer value;
        public long version;
    }

    @Inject
    private RequestService requests;

    @Inject
    private LiaisonSettingsService settings;

    @GET
    @Operation(summary = "The queue, open and nearest deadline first; filters status, overdue, escalated, followUpOpen, "
            + "queue=open|due (open, the deadline within 3 days or past)|escalated, station (code, within the caller's scope)")
    public Page<RequestView> queue(@QueryParam("status") String status, @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                                   @QueryParam("escalated") @DefaultValue("false") boolean escalated,
                                   @QueryParam("followUpOpen") @DefaultValue("false") boolean followUpOpen,
                                   @QueryParam("enterpriseId") Long enterpriseId,
                                   @QueryParam("queue") String queue, @QueryParam("station") String station,
                                   @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
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
    @Operation(summary = "Take down a request: enterpriseId or projectId, category, description, receivedAt, owner (optional)")
    public Response receive(@NotNull RequestForm form) {
        RequestView created = requests.receive(form);
        return Response.created(URI.create("enterprise-requests/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public RequestView get(@PathParam("id") long id) {
        return requests.request(id);
    }

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Move the request to IN_PROGRESS, or RESOLVED with a note; other moves answer 409")
    public RequestView transition(@PathParam("id") long id, @NotNull TransitionRequest request) {
        return requests.transition(id, request.to, request.note, request.version);
    }

    @POST
    @Path("{id}/rating")
    @Operation(summary = "The enterprise's satisfaction 1–5 closes a resolved request; 1 or 2 opens a follow-up for the station head")
    public RequestView rate(@PathParam("id") long id, @NotNull RatingRequest request) {
        return requests.rate(id, request.rating, request.comment, request.version);
    }

    @POST
    @Path("{id}/follow-up")
    @Operation(summary = "The station head closes the follow-up of a low rating with a note (SUPERVISOR)")
    public RequestView closeFollowUp(@PathParam("id") long id, @NotNull FollowUpRequest request) {
        return requests.closeFollowUp(id, request.note, request.version);
    }

    @GET
    @Path("satisfaction")
    @Operation(summary = "Satisfaction of requests closed in [from, to] per station (SUPERVISOR)")
    public List<Satisfaction> satisfaction(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return requests.satisfaction(from, to);
    }

    @POST
    @Path("escalation")
    @Operation(summary = "Escalate overdue requests now rather than at the next timer run (ADMIN)")
    public Response escalate() {
        int escalated = requests.escalateOverdue();
        return Response.ok(Json.createObjectBuilder().add("escalated", escalated).build().toString(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("deadlines")
    public List<DeadlineView> deadlines() {
        return settings.deadlines();
    }

    @PUT
    @Path("deadlines/{category}")
    @Operation(summary = "Change the days a category may take (ADMIN)")
    public DeadlineView changeDeadline(@PathParam("category") String category, @NotNull ValueRequest request) {
        return settings.changeDeadline(category, request.value == null ? 0 : request.value, request.version);
    }

    @GET
    @Path("settings/no-visit-days")
    public SettingView noVisitDays() {
        return settings.noVisitSetting();
    }

    @PUT
    @Path("settings/no-visit-days")
    @Operation(summary = "Change after how many days without a visit a project is flagged (ADMIN)")
    public SettingView changeNoVisitDays(@NotNull ValueRequest request) {
        return settings.changeNoVisitDays(request.value, request.version);
    }
}
