package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.fraud.warning.LeadOutcome;
import cn.gov.wujin.yanghu.fraud.warning.LeadView;
import cn.gov.wujin.yanghu.fraud.warning.NewLead;
import cn.gov.wujin.yanghu.fraud.warning.OutcomeRequest;
import cn.gov.wujin.yanghu.fraud.warning.WarningLeadService;
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

/** Early-warning leads (预警劝阻): the station's board, outcomes, CSV import. Phones are masked. */
@Path("warning-leads")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WarningLeadResource {

    @Inject
    private WarningLeadService leads;

    @POST
    @Operation(summary = "Receive a lead (urgent: 30 minutes to act, otherwise 24 hours)")
    public Response receive(@NotNull NewLead lead) {
        LeadView created = leads.receive(lead);
        return Response.created(URI.create("warning-leads/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "The board: open leads first, urgent ones first, then the nearest deadline; filters status, overdue "
            + "and station (code, within the caller's scope)")
    public Page<LeadView> board(@QueryParam("status") LeadOutcome status, @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                                @QueryParam("station") String station,
                                @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        return leads.board(status, overdue, station, first, size);
    }

    @GET
    @Path("{id}")
    public LeadView get(@PathParam("id") long id) {
        return leads.get(id);
    }

    @POST
    @Path("{id}/outcome")
    @Operation(summary = "Record the outcome: DISSUADED, ALREADY_DEFRAUDED (opens a linked case; fraudType needed), UNREACHABLE")
    public LeadView outcome(@PathParam("id") long id, @NotNull OutcomeRequest request) {
        return leads.recordOutcome(id, request);
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import leads from CSV (station_code,phone,name,source,urgency,received_at; UTF-8, RFC 4180 quoting, "
            + "at most 10,000 rows and 5 MiB): all rows or none, problems named by row and column")
    public Response importCsv(InputStream body) throws IOException {
        // read no more than an import may hold: a larger file is refused (by the service, after its role check), not buffered
        int imported = leads.importCsv(body.readNBytes(CsvFile.MAX_BYTES + 1));
        return Response.ok(Json.createObjectBuilder().add("imported", imported).build().toString(), MediaType.APPLICATION_JSON).build();
    }
}
