package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.fraud.alerts.FreezeExpiry;
import cn.gov.wujin.yanghu.fraud.application.FreezeBoard;
import cn.gov.wujin.yanghu.fraud.application.FreezeBoardRow;
import cn.gov.wujin.yanghu.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** Freezes (冻结) across cases: the board of those about to expire, and the expiry rule run now. */
@Path("freezes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class FreezeResource {

    /** The board's page, by the name the document gives it (the JSON is a {@link Page}). */
    @Schema(name = "ExpiringFreezePage", description = "A page of the board of expiring freezes.")
    record ExpiringFreezePage(@Schema(required = true, description = Page.ROWS_TEXT) List<FreezeBoardRow> rows,
                              @Schema(required = true, minimum = "0", description = Page.TOTAL_TEXT, example = "12") long total) {
    }

    @Inject
    private FreezeBoard board;

    @Inject
    private FreezeExpiry expiry;

    @GET
    @Path("expiring")
    @Operation(summary = "List the freezes about to expire", description = """
            The freezes in force (ACTIVE or RENEWED) that expire within 15 days (a reference value ADMIN keeps, \
            FREEZE_BOARD_DAYS), or have expired and wait for the minute rule to mark them LAPSED; the nearest expiry first. The \
            caller's station; the whole bureau for a supervisor without a station. An OFFICER's or a SUPERVISOR's. Accounts are \
            masked.""")
    @APIResponse(responseCode = "200", description = "A page of expiring freezes.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpiringFreezePage.class)))
    public Page<FreezeBoardRow> expiring(
            // first and size: checked and documented for every list in one place (PagingParameters, ApiContractFilter)
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("20") int size) {
        return board.page(first, size);
    }

    @POST
    @Path("expiry")
    @Operation(summary = "Run the freeze expiry rule now", description = """
            Runs now, rather than at the next minute, the rule of freezes' expiry: every freeze in force whose expiry has come \
            becomes LAPSED (renewing or unfreezing it is refused from then on), and a freeze 15, 7 or 3 days before its expiry \
            (reference values ADMIN keeps) is told to its case's officer and its station's heads, each threshold once per \
            freeze and expiry however often the rule runs. The changes are audited in the administrator's name (the timer's as \
            the system's). Takes no body. ADMIN only.""")
    @APIResponse(responseCode = "200", description = "What the run did.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FreezeExpiry.Outcome.class)))
    public FreezeExpiry.Outcome runExpiry() {
        return expiry.runNow();
    }
}
