package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.fraud.application.FrozenAccountQueries;
import cn.gov.wujin.yanghu.fraud.application.FrozenAccountRow;
import cn.gov.wujin.yanghu.fraud.application.FrozenAccountView;
import cn.gov.wujin.yanghu.fraud.application.ReturnPlanDraft;
import cn.gov.wujin.yanghu.fraud.application.ReturnPlanView;
import cn.gov.wujin.yanghu.fraud.application.ReturnPlans;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.List;

/**
 * Frozen accounts (冻结账户), one record across cases, and the plans that give their money back
 * (资金返还), drafted here and carried on by {@link ReturnPlanResource}.
 */
@Path("frozen-accounts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FrozenAccountResource {

    /** The longest "expiring within" the list takes. */
    static final int MAX_EXPIRING_DAYS = 366;

    /** The list's page, by the name the document gives it (the JSON is a {@link Page}). */
    @Schema(name = "FrozenAccountRowPage", description = "A page of frozen accounts.")
    record FrozenAccountRowPage(@Schema(required = true, description = Page.ROWS_TEXT) List<FrozenAccountRow> rows,
                                @Schema(required = true, minimum = "0", description = Page.TOTAL_TEXT, example = "37") long total) {
    }

    @Inject
    private FrozenAccountQueries queries;

    @Inject
    private ReturnPlans plans;

    @GET
    @Operation(summary = "List frozen accounts", description = """
            A page of the frozen accounts the caller may see (a station's staff those its cases froze or sent money to; bureau \
            supervisors all), the first to expire first. An account is one record across cases and stations; frozen sums the \
            freezes in force (ACTIVE, RENEWED), returned what executed return plans gave back. OFFICER, AUXILIARY, SUPERVISOR.""")
    @APIResponse(responseCode = "200", description = "A page of frozen accounts.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FrozenAccountRowPage.class)))
    public Page<FrozenAccountRow> list(@Parameter(description = "Only accounts whose first freeze in force expires within this many days "
                                               + "from now (0 to 366); all when left out.", schema = @Schema(type = SchemaType.INTEGER,
                                               minimum = "0", maximum = "366"), example = "15")
                                       @QueryParam("expiringWithinDays") Integer expiringWithinDays,
                                       @QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("size") @DefaultValue("20") int size) {
        if (expiringWithinDays != null && (expiringWithinDays < 0 || expiringWithinDays > MAX_EXPIRING_DAYS)) {
            throw new InvalidInputException("expiringWithinDays", "validation.range", "expiringWithinDays", 0, MAX_EXPIRING_DAYS,
                    expiringWithinDays);
        }
        return queries.list(expiringWithinDays, first, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a frozen account with its victims and return plans", description = """
            The account's sums, every case whose transfers reached it (the case's first victim, masked; what it transferred there \
            and what came back so far) and its return plans. A case of a station the caller may not see shows only its number and \
            station. An account the caller's station has no part in answers 404. OFFICER, AUXILIARY, SUPERVISOR.""")
    @APIResponse(responseCode = "200", description = "The account.")
    public FrozenAccountView get(@Parameter(description = "The frozen account's id.", example = "12") @PathParam("id") long id) {
        return queries.get(id);
    }

    @POST
    @Path("{id}/return-plans")
    @Operation(summary = "Draft a return plan for what a frozen account holds", description = """
            Drafts the next round (返还方案) for the account's frozen money not yet returned. Every case whose transfers reached the \
            account takes part; its first victim receives unless traced names another. Money traced to a victim goes to that \
            victim (at most what the case transferred there and was not returned: else 400 naming traced[i].amount); the rest is \
            shared in proportion to each victim's loss (transferred less returned before less traced), exact to the fen by the \
            largest-remainder method, at most the losses together: what is more stays frozen for a later round. An OFFICER of a \
            station involved (another gets 403); 409 while another round of the account is not executed, or when nothing is left. \
            Audited.""")
    @APIResponse(responseCode = "201", description = "Drafted: the plan with each victim's share.",
            headers = @Header(name = "Location", description = "The plan's address (/api/v1/return-plans/{id}).",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReturnPlanView.class)))
    public Response draft(@Parameter(description = "The frozen account's id.", example = "12") @PathParam("id") long id,
                          @NotNull ReturnPlanDraft draft) {
        ReturnPlanView plan = plans.draft(id, draft);
        return Response.created(URI.create("return-plans/" + plan.id())).entity(plan).build();
    }
}
