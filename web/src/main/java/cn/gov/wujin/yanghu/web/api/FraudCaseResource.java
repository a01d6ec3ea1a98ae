package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.audit.AuditEntryView;
import cn.gov.wujin.yanghu.fraud.application.CaseCommands;
import cn.gov.wujin.yanghu.fraud.application.CaseFilter;
import cn.gov.wujin.yanghu.fraud.application.CaseIntake;
import cn.gov.wujin.yanghu.fraud.application.CaseQueries;
import cn.gov.wujin.yanghu.fraud.application.CaseQueue;
import cn.gov.wujin.yanghu.fraud.application.CaseRow;
import cn.gov.wujin.yanghu.fraud.application.FraudCaseView;
import cn.gov.wujin.yanghu.fraud.application.LinkedCase;
import cn.gov.wujin.yanghu.fraud.application.NewFraudCase;
import cn.gov.wujin.yanghu.fraud.application.StopPaymentOutcome;
import cn.gov.wujin.yanghu.fraud.application.StopPaymentRequest;
import cn.gov.wujin.yanghu.fraud.domain.CaseAction;
import cn.gov.wujin.yanghu.fraud.domain.CaseStatus;
import cn.gov.wujin.yanghu.organization.application.OfficerChoice;
import cn.gov.wujin.yanghu.patrol.application.TipQueries;
import cn.gov.wujin.yanghu.shared.Page;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * Fraud cases (电信网络诈骗案件): intake, reading, the procedure, linking. A case is answered
 * with the tips it was opened from ({@link CaseWithTips}).
 */
@Path("fraud-cases")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FraudCaseResource {

    /** A step of the procedure: ACCEPT, FILE, NOT_FILE, INVESTIGATE, SOLVE, TRANSFER, CLOSE, WITHDRAW. */
    public static class TransitionRequest {
        public CaseAction action;
        public String reason;
        /** Optional: the version read; a newer one answers 409. */
        public Long version;
    }

    /** Money returned to a victim: {@code victim} counts from 1 as in the case's list. */
    public static class ReturnRequest {
        public int victim;
        public String amount;
        public java.time.OffsetDateTime returnedAt;
    }

    /** Who has the case and when its next step is due; either may be left out. */
    public static class AssignmentRequest {
        public String officer;
        public java.time.OffsetDateTime dueAt;
        /** Optional: the version read; a newer one answers 409. */
        public Long version;
    }

    @Inject
    private CaseIntake intake;

    @Inject
    private CaseQueries cases;

    @Inject
    private CaseCommands commands;

    @Inject
    private TipQueries tips;

    @POST
    @Operation(summary = "Register a report; answers the case with its number and the cases it links to")
    @APIResponse(responseCode = "201", description = "registered")
    @APIResponse(responseCode = "400", description = "invalid input: every problem in 'errors' as {field, message}")
    public Response register(@NotNull NewFraudCase form) {
        FraudCaseView created = intake.register(form);
        return Response.created(URI.create("fraud-cases/" + created.id())).entity(withTips(created)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One case; victims' ID numbers and phones masked unless full=true (audited)")
    public CaseWithTips get(@PathParam("id") long id, @QueryParam("full") @DefaultValue("false") boolean full) {
        return withTips(full ? cases.getWithPersonalData(id) : cases.get(id));
    }

    @GET
    @Operation(summary = "With identifier=: a page of all the cases carrying it (any kind, normalised; other stations' cases show only "
            + "number and station). Without: a page of the caller's cases, filtered by status, type, the Beijing days reported "
            + "[from, to], overdue, a work queue (queue=awaiting-decision|due|overdue|stop-payment-ending), the caller's own "
            + "cases (mine=true) and one station (station=code); sorted by reportedAt (default, newest first; a queue: dueAt, "
            + "most urgent first), caseNumber, status or dueAt (order=asc|desc)")
    public Response list(@QueryParam("identifier") String identifier, @QueryParam("status") CaseStatus status,
                         @QueryParam("type") String type, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                         @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                         @QueryParam("queue") String queue, @QueryParam("mine") @DefaultValue("false") boolean mine,
                         @QueryParam("station") String station, @Context SecurityContext security,
                         @QueryParam("sort") String sort, @QueryParam("order") @DefaultValue("desc") String order,
                         @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("20") int size) {
        if (identifier != null) {
            if (identifier.isBlank()) {
                throw new InvalidInputException("identifier", "fraud.identifier.queryRequired");
            }
            var carrying = cases.carrying(identifier); // one shape with the list: a page, here of every case carrying it
            return Response.ok(new Page<>(carrying, carrying.size())).build();
        }
        CaseQueue workQueue = queue == null || queue.isBlank() ? null
                : CaseQueue.byKey(queue).orElseThrow(() -> new InvalidInputException("queue", "case.queue.unknown", queue));
        String me = mine && security.getUserPrincipal() != null ? security.getUserPrincipal().getName() : null;
        Page<CaseRow> page = cases.search(new CaseFilter(status, type == null || type.isBlank() ? null : type.strip(), from, to, me, overdue,
                null, workQueue, station == null || station.isBlank() ? null : station.strip()), first, size, sort,
                "asc".equalsIgnoreCase(order));
        return Response.ok(page).build();
    }

    @GET
    @Path("{id}/links")
    @Operation(summary = "Cases sharing a suspect identifier with this one (串并案)")
    public List<LinkedCase> links(@PathParam("id") long id) {
        return cases.links(id);
    }

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Move the case one step; 409 when not allowed from its state, 403 when the role may not")
    public CaseWithTips transition(@PathParam("id") long id, @NotNull TransitionRequest request) {
        // a missing action is refused by the service, after its role check
        return withTips(commands.perform(id, request.action, request.reason, request.version));
    }

    @POST
    @Path("{id}/stop-payments")
    @Operation(summary = "Request a stop-payment (紧急止付) on a receiving account; its 48-hour window starts")
    public Response requestStopPayment(@PathParam("id") long id, @NotNull StopPaymentRequest request) {
        return Response.status(Response.Status.CREATED).entity(withTips(commands.requestStopPayment(id, request))).build();
    }

    @POST
    @Path("{id}/stop-payments/{stopPaymentId}/outcome")
    @Operation(summary = "Record the amount stopped, or (freeze=true) the amount frozen within the 48 hours")
    public CaseWithTips stopPaymentOutcome(@PathParam("id") long id, @PathParam("stopPaymentId") long stopPaymentId,
                                           @NotNull StopPaymentOutcome outcome) {
        return withTips(commands.recordStopPaymentOutcome(id, stopPaymentId, outcome));
    }

    @POST
    @Path("{id}/returns")
    @Operation(summary = "Record money returned (返还) to a victim; all returns never exceed the frozen total")
    public CaseWithTips recordReturn(@PathParam("id") long id, @NotNull ReturnRequest request) {
        return withTips(commands.recordReturn(id, request.victim, request.amount, request.returnedAt));
    }

    @PUT
    @Path("{id}/assignment")
    @Operation(summary = "Hand the case to an officer of its station (SUPERVISOR) and/or move its due date "
            + "(SUPERVISOR or the assigned officer)")
    public CaseWithTips assign(@PathParam("id") long id, @NotNull AssignmentRequest request) {
        return withTips(commands.reassign(id, request.officer, request.dueAt, request.version));
    }

    @GET
    @Path("{id}/officers")
    @Operation(summary = "The active officers of the case's station, to whom it can be handed")
    public List<OfficerChoice> officers(@PathParam("id") long id) {
        return cases.officersFor(id);
    }

    @GET
    @Path("{id}/audit")
    @Operation(summary = "The case's audit trail, newest first: changes, stop-payments, returns, views of personal data")
    public List<AuditEntryView> audit(@PathParam("id") long id) {
        return cases.auditTrail(id);
    }

    /** The case with the tips it was opened from, read from the patrol context. */
    private CaseWithTips withTips(FraudCaseView fraudCase) {
        return new CaseWithTips(fraudCase, tips.ofCase(fraudCase.id()));
    }
}
