package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.fraud.application.FrozenAccountQueries;
import cn.gov.wujin.yanghu.fraud.application.FrozenAccountRow;
import cn.gov.wujin.yanghu.fraud.application.FrozenAccountView;
import cn.gov.wujin.yanghu.fraud.application.ReturnPlanDraft;
import cn.gov.wujin.yanghu.fraud.application.ReturnPlanView;
import cn.gov.wujin.yanghu.fraud.application.ReturnPlans;
import cn.gov.wujin.yanghu.fraud.documents.DocumentContent;
import cn.gov.wujin.yanghu.fraud.documents.ReturnNotices;
import cn.gov.wujin.yanghu.web.pdf.DocumentPdf;
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
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.List;

/** Return plans (返还方案) of frozen accounts: reading, approval, objections during the notice (公告), execution. */
@Path("return-plans")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReturnPlanResource {

    /** An objection taken down during the notice. */
    @Schema(name = "ReturnObjectionRequest", description = "An objection (异议) to a plan on notice, as the officer takes it down.")
    public static class ObjectionRequest {
        @Schema(required = true, maxLength = 100, description = "Who objects: a name, or a name and how to reach them.",
                example = "李某 13912345678")
        public String objector;
        @Schema(required = true, maxLength = 2000, description = "What they object to.", example = "本人亦向该账户转账，未列入返还名单")
        public String text;
    }

    @Inject
    private FrozenAccountQueries queries;

    @Inject
    private ReturnPlans plans;

    @Inject
    private ReturnNotices notices;

    @GET
    @Path("{id}")
    @Operation(summary = "Read a return plan", description = """
            The plan with each victim's share, its notice dates and the objections. Shares of cases the caller may not see carry no \
            victim name. OFFICER, AUXILIARY, SUPERVISOR of a station involved; bureau supervisors.""")
    @APIResponse(responseCode = "200", description = "The plan.")
    public ReturnPlanView plan(@Parameter(description = "The plan's id.", example = "5") @PathParam("id") long id) {
        return queries.plan(id);
    }

    @GET
    @Path("{id}/notice")
    @Produces("application/pdf")
    @Operation(summary = "Print the return plan's public notice (公告) as a PDF", description = """
            The notice of the round (冻结资金返还公告), A4 in the forms' layout: the account (masked), the money held, how it is             shared (traced money to its victim, the rest in proportion to the losses, to the fen), the table of shares with the             victims' names masked, the notice period and where to object. Its number (series 返告, of the station of the plan's             first case) is issued at the first print and kept for every reprint; each print is audited (DOCUMENT_ISSUED, then             DOCUMENT_REPRINTED). OFFICER and SUPERVISOR of a station involved; bureau supervisors. Refused before the plan is             approved (409).""")
    @APIResponse(responseCode = "200", description = "The PDF.",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"return_notice-<plan id>.pdf\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "The plan is not approved yet.")
    public Response notice(@Parameter(description = "The plan's id.", example = "5") @PathParam("id") long id) {
        DocumentContent content = notices.produce(id);
        StreamingOutput pdf = out -> DocumentPdf.write(content, out);
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"return_notice-" + id + ".pdf\"")
                .build();
    }

    @POST
    @Path("{id}/approval")
    @Operation(summary = "Approve a return plan: its public notice starts", description = """
            A SUPERVISOR of a station involved, or of the bureau, approves the draft: it is published (公告) until approval plus \
            RETURN_NOTICE_DAYS (the reference table procedure_limit). 409 when it is not a draft. Audited.""")
    @APIResponse(responseCode = "200", description = "Approved: the plan with noticeEndsAt.")
    public ReturnPlanView approve(@Parameter(description = "The plan's id.", example = "5") @PathParam("id") long id) {
        return plans.approve(id);
    }

    @POST
    @Path("{id}/objections")
    @Operation(summary = "Record an objection to a return plan on notice", description = """
            Takes down an objection (异议) raised while the plan is on notice: who objects and what they say; the caller is \
            recorded as who took it down. 409 before approval or after the notice ended. A victim who appears later is given a \
            new round once this one is executed. OFFICER, SUPERVISOR. Audited.""")
    @APIResponse(responseCode = "200", description = "The plan with the objection last in objections.")
    public ReturnPlanView object(@Parameter(description = "The plan's id.", example = "5") @PathParam("id") long id,
                                 @NotNull ObjectionRequest request) {
        return plans.object(id, request.objector, request.text);
    }

    @POST
    @Path("{id}/execution")
    @Operation(summary = "Execute a return plan after its notice", description = """
            Records each share as money returned to its victim in its case, naming the plan. The limit is the account's, not the \
            case's: a share may exceed what its own case froze (direct returns, POST /api/v1/fraud-cases/{id}/returns, keep the \
            case's rule). 409 before approval, while the notice runs, when already executed, or when the account now holds less \
            than the plan returns (a freeze lapsed since the draft); nothing is stored then. OFFICER, SUPERVISOR. Audited.""")
    @APIResponse(responseCode = "200", description = "Executed: the plan with executedAt.")
    public ReturnPlanView execute(@Parameter(description = "The plan's id.", example = "5") @PathParam("id") long id) {
        return plans.execute(id);
    }
}
