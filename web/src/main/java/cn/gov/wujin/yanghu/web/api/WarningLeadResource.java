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

    /** The answer of an import, by the name the document gives it. */
    @Schema(name = "LeadImport", description = "What an import stored.")
    record Imported(@Schema(required = true, minimum = "0", description = "How many leads were stored (all the file's rows).",
            example = "12") int imported) {
    }

    /** A lead as the anti-fraud platform sends it (the document's example). */
    private static final String LEAD_EXAMPLE = """
            {
              "stationCode": "HT",
              "phone": "139 1234 2468",
              "personName": "王丽",
              "community": 12,
              "address": "湖塘镇星河花园 18 幢 2 单元 601 室",
              "source": "ANTI_FRAUD_CENTER",
              "urgency": "URGENT",
              "receivedAt": "2026-03-10T14:12:00+08:00"
            }""";

    @Inject
    private WarningLeadService leads;

    @Inject
    private LeadHelpService help;

    @Inject
    private LeadEscalation escalation;

    @POST
    @Operation(summary = "Receive a warning lead", description = """
            Receives an early-warning lead (预警劝阻): the phone of a person who is likely being defrauded now, from the \
            anti-fraud centre, the 96110 line or a bank. It goes to stationCode, or to the caller's own station when left out \
            (a bureau account must name one), with its deadline: 30 minutes after receivedAt when URGENT, 24 hours when NORMAL. \
            Refused, every problem at once (400): a station out of the caller's scope, a phone that is no number, a community \
            not of the lead's station, receivedAt in the future.

            An URGENT lead is notified at once to every officer and the heads of its station (and by SMS where they chose so); \
            with a community, the volunteers and grid workers on a shift there now are asked to help at the door (help lists \
            them). Without an outcome after 10 minutes the heads are told again, past its deadline the bureau's supervisors. \
            The phone is masked in the answer. Audited.""")
    @APIResponse(responseCode = "201", description = "Received: the lead, with its deadline and the members asked to help.",
            headers = @Header(name = "Location", description = "The lead's address (/api/v1/warning-leads/{id}).",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeadWithHelp.class)))
    public Response receive(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewLead.class), examples = @ExampleObject(name = "urgentLead",
            summary = "The anti-fraud centre warns of a resident of Hutang being defrauded now", value = LEAD_EXAMPLE)))
                            @NotNull NewLead lead) {
        LeadView created = leads.receive(lead);
        return Response.created(URI.create("warning-leads/" + created.id())).entity(withHelp(created)).build();
    }

    @GET
    @Operation(summary = "List warning leads (the board)", description = """
            A page of the leads the caller may see (a station's its own, the bureau's all): open leads first, urgent ones first \
            among them, then the nearest deadline. Phones are masked. The help asked for each lead is read from GET \
            /api/v1/warning-leads/{id}.""")
    @APIResponse(responseCode = "200", description = "A page of the board.")
    public Page<LeadView> board(@Parameter(description = "Only leads in this status (OPEN: without an outcome yet).")
                                @QueryParam("status") LeadOutcome status,
                                @Parameter(description = "true: only open leads past their deadline.")
                                @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                                @Parameter(description = "Only the leads of this station (its code, case-insensitive); a station out "
                                        + "of the caller's scope gives an empty page.", example = "HT")
                                @QueryParam("station") String station,
                                // first and size: checked and documented for every list in one place (PagingParameters, ApiContractFilter)
                                @QueryParam("first") @DefaultValue("0") int first,
                                @QueryParam("size") @DefaultValue("50") int size) {
        return leads.board(status, overdue, station, null, first, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a warning lead", description = "The lead (phone masked), with the patrol members asked to help at the "
            + "door and their answers.")
    @APIResponse(responseCode = "200", description = "The lead.")
    public LeadWithHelp get(@Parameter(description = "The lead's id.", example = "5123") @PathParam("id") long id) {
        return withHelp(leads.get(id));
    }

    @POST
    @Path("{id}/outcome")
    @Operation(summary = "Record what came of a warning lead", description = """
            Records the outcome of an open lead, once: DISSUADED (劝阻成功), ALREADY_DEFRAUDED (已被骗) or UNREACHABLE (无法联系), \
            with how the person was reached (contactMethod, required unless UNREACHABLE). A lead that has an outcome already \
            answers 409.

            ALREADY_DEFRAUDED registers the person's report (case, the same form and checks as POST /api/v1/fraud-cases, its \
            problems named case.victims[0].phone and so on) as a case of the lead's station, linked to the lead, in the same \
            transaction: nothing is stored when either is refused. A victim's phone sent as the lead's masked phone (139****2468) \
            stands for the lead's phone. The lead's help requests take no more answers. Audited.""")
    @APIResponse(responseCode = "200", description = "The lead with its outcome (with ALREADY_DEFRAUDED, the linked case's id and number).")
    public LeadWithHelp outcome(@Parameter(description = "The lead's id.", example = "5123") @PathParam("id") long id,
                                @NotNull OutcomeRequest request) {
        return withHelp(leads.recordOutcome(id, request));
    }

    @GET
    @Path("{id}/help-request")
    @Operation(summary = "Read one's request to help with a warning lead", description = """
            The request to the calling patrol member to go to the door of a lead's person (上门劝阻): where (community, address), \
            whom (the surname only; never the phone), until when, whether the lead is still open, and the caller's own latest \
            answer. Only a member who was asked sees it: for anyone else the lead answers 404.""")
    @APIResponse(responseCode = "200", description = "The request.")
    public HelpRequestView helpRequest(@Parameter(description = "The lead's id.", example = "5123") @PathParam("id") long id) {
        return help.request(id);
    }

    @POST
    @Path("{id}/help")
    @Operation(summary = "Answer a request to help with a warning lead", description = """
            The asked member's answer: GOING (on the way), DISSUADED (visited, the person was dissuaded) or NOBODY_HOME, with an \
            optional note. The latest answer counts; the officers of the lead's station are notified. Only a member who was asked \
            may answer (anyone else: 404); once the lead has an outcome, answers are refused (409).""")
    @APIResponse(responseCode = "200", description = "The request with the answer.")
    public HelpRequestView answerHelp(@Parameter(description = "The lead's id.", example = "5123") @PathParam("id") long id,
                                      @NotNull HelpAnswerForm form) {
        return help.answer(id, form);
    }

    @POST
    @Path("escalation")
    @Operation(summary = "Run the escalation of urgent leads now", description = """
            Runs now, rather than at the next minute, the rule that chases urgent leads still without an outcome (of the last \
            day): their station's heads once 10 minutes have passed, the bureau's supervisors once the deadline has. Each person \
            is told once per lead, however often the rule runs. Answers how many were told.""")
    @APIResponse(responseCode = "200", description = "How many were told.")
    public LeadAlerts.Told escalate() {
        return escalation.escalateNow();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import warning leads from a CSV file", description = """
            Imports leads from a CSV file: UTF-8, RFC 4180 quoting, at most 10,000 rows and 5 MiB, with the header \
            station_code,phone,name,source,urgency,received_at and optionally community_code,address after it. source is one of \
            ANTI_FRAUD_CENTER, HOTLINE_96110, BANK, OTHER and urgency URGENT or NORMAL (any case); received_at is an ISO date-time \
            with offset (2026-03-10T14:12:00+08:00) or empty for now; community_code names a community of the row's station. \
            Each row is checked as POST /api/v1/warning-leads checks a lead.

            All rows or none: one bad row imports nothing, and every problem is named by row and column (rows[3].phone). Each \
            stored lead is announced and escalated as one received alone.""")
    @APIResponse(responseCode = "200", description = "Imported: how many leads were stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Imported.class)))
    public Response importCsv(@RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    example = """
                            station_code,phone,name,source,urgency,received_at,community_code,address
                            HT,13912342468,王丽,ANTI_FRAUD_CENTER,URGENT,2026-03-10T14:12:00+08:00,HT01,湖塘镇星河花园 18 幢 2 单元 601 室
                            NT,0519-8651 2345,,HOTLINE_96110,NORMAL,,,
                            """),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
                              InputStream body) throws IOException {
        // read no more than an import may hold: a larger file is refused (by the service, after its role check), not buffered
        int imported = leads.importCsv(body.readNBytes(CsvFile.MAX_BYTES + 1));
        return Response.ok(Json.createObjectBuilder().add("imported", imported).build().toString(), MediaType.APPLICATION_JSON).build();
    }

    private LeadWithHelp withHelp(LeadView lead) {
        return new LeadWithHelp(lead, help.answersOf(lead.id()));
    }
}
