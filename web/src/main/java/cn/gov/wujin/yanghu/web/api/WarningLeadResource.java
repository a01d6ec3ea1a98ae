package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.fraud.alerts.LeadAlerts;
import cn.gov.wujin.yanghu.fraud.alerts.LeadEscalation;
import cn.gov.wujin.yanghu.fraud.warning.LeadOutcome;
import cn.gov.wujin.yanghu.fraud.warning.LeadView;
import cn.gov.wujin.yanghu.fraud.warning.NewLead;
import cn.gov.wujin.yanghu.fraud.warning.OutcomeRequest;
import cn.gov.wujin.yanghu.fraud.warning.WarningLeadService;
import cn.gov.wujin.yanghu.patrol.application.HelpAnswerForm;
import cn.gov.wujin.yanghu.patrol.application.HelpRequestView;
import cn.gov.wujin.yanghu.patrol.application.LeadHelpService;
import cn.gov.wujin.yanghu.shared.CsvFile;
import cn.gov.wujin.yanghu.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * Early-warning leads (预警劝阻): the station's board, outcomes, CSV import; a lead is answered with
 * the door-to-door help asked for it ({@link LeadWithHelp}). Phones are masked. The asked patrol
 * members read their request and answer it here too.
 */
@Path("warning-leads")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WarningLeadResource {

    @Inject
    private WarningLeadService leads;

    @Inject
    private LeadHelpService help;

    @Inject
    private LeadEscalation escalation;

    @POST
    @Operation(summary = "Receive a lead (urgent: 30 minutes to act, otherwise 24 hours; optional community, a community id of the "
            + "lead's station, and address). An urgent lead tells the station's officers and heads, and with a community asks "
            + "the patrol members on duty there to help (help: whom)")
    public Response receive(@NotNull NewLead lead) {
        LeadView created = leads.receive(lead);
        return Response.created(URI.create("warning-leads/" + created.id())).entity(withHelp(created)).build();
    }

    @GET
    @Operation(summary = "The board: open leads first, urgent ones first, then the nearest deadline; filters status, overdue "
            + "and station (code, within the caller's scope)")
    public Page<LeadView> board(@QueryParam("status") LeadOutcome status, @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                                @QueryParam("station") String station,
                                @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        return leads.board(status, overdue, station, null, first, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One lead, with the patrol members asked to help and their answers (help: member, answer, note, answeredAt)")
    public LeadWithHelp get(@PathParam("id") long id) {
        return withHelp(leads.get(id));
    }

    @POST
    @Path("{id}/outcome")
    @Operation(summary = "Record the outcome: DISSUADED, ALREADY_DEFRAUDED (opens a linked case; fraudType needed), UNREACHABLE; "
            + "the lead's help requests take no more answers")
    public LeadWithHelp outcome(@PathParam("id") long id, @NotNull OutcomeRequest request) {
        return withHelp(leads.recordOutcome(id, request));
    }

    @GET
    @Path("{id}/help-request")
    @Operation(summary = "The caller's request to help with the lead at the door (VOLUNTEER, asked members only, others 404): "
            + "community, address, the person's surname, deadline, open, the caller's answer")
    public HelpRequestView helpRequest(@PathParam("id") long id) {
        return help.request(id);
    }

    @POST
    @Path("{id}/help")
    @Operation(summary = "Answer a help request: {answer: GOING|DISSUADED|NOBODY_HOME, note}; the latest answer counts, the station's "
            + "officers are told; 409 once the lead has an outcome")
    public HelpRequestView answerHelp(@PathParam("id") long id, @NotNull HelpAnswerForm form) {
        return help.answer(id, form);
    }

    @POST
    @Path("escalation")
    @Operation(summary = "Tell now rather than at the minute rule's next run (ADMIN): the heads of urgent leads without outcome after "
            + "10 minutes, the bureau's supervisors of those past their deadline; each person once per lead")
    public LeadAlerts.Told escalate() {
        return escalation.escalateNow();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import leads from CSV (station_code,phone,name,source,urgency,received_at[,community_code,address]; UTF-8, "
            + "RFC 4180 quoting, at most 10,000 rows and 5 MiB): all rows or none, problems named by row and column")
    public Response importCsv(InputStream body) throws IOException {
        // read no more than an import may hold: a larger file is refused (by the service, after its role check), not buffered
        int imported = leads.importCsv(body.readNBytes(CsvFile.MAX_BYTES + 1));
        return Response.ok(Json.createObjectBuilder().add("imported", imported).build().toString(), MediaType.APPLICATION_JSON).build();
    }

    private LeadWithHelp withHelp(LeadView lead) {
        return new LeadWithHelp(lead, help.answersOf(lead.id()));
    }
}
