package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.fraud.application.ProcedureLimitAdmin;
import cn.gov.wujin.yanghu.fraud.application.ProcedureLimitView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** The procedure's numbers (time limits and counts of the fraud procedure, with their sources): a reference table. */
@Path("procedure-limits")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureLimitResource {

    @Inject
    private ProcedureLimitAdmin limits;

    /** The new number; {@code version} is the one read. */
    @Schema(name = "ProcedureLimitRevision", description = "A procedure limit's new number.")
    public static class Revision {
        @Schema(required = true, minimum = "1", description = "The new number, in the limit's unit, within its minAmount and "
                + "maxAmount.", example = "6")
        public Integer amount;
        @Schema(description = "The version read (GET /api/v1/procedure-limits); left out counts as 0. A stale version answers 409.",
                example = "0")
        public long version;
    }

    @GET
    @Operation(summary = "List the procedure's time limits and counts", description = """
            The numbers the fraud procedure's rules read: how long a stop-payment holds, how often an account may be stopped, the \
            term of a freeze, the alerts before it expires, the return notice, the reconsideration and review windows, the filing \
            review and its extensions. Each with its unit, bounds and legal source. A change holds at once for new steps; dates \
            already computed (a freeze's expiry, a due date) keep their value.""")
    @APIResponse(responseCode = "200", description = "The limits, in a fixed order.")
    public List<ProcedureLimitView> all() {
        return limits.all();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a procedure limit", description = """
            An administrator sets a new number when a rule changes. It must lie within the row's bounds (400 naming amount); \
            with a version other than the current one, nothing changes (409). Audited.""")
    @APIResponse(responseCode = "200", description = "The limit as changed.")
    public ProcedureLimitView revise(@Parameter(description = "The limit's code.", example = "FREEZE_MONTHS") @PathParam("code") String code,
                                     @NotNull Revision revision) {
        return limits.revise(code, revision.amount, revision.version);
    }
}
