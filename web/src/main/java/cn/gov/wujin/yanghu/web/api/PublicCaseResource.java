package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.fraud.application.PublicCaseLookup;
import cn.gov.wujin.yanghu.fraud.application.PublicCaseProgress;
import cn.gov.wujin.yanghu.fraud.domain.CaseStatus;
import cn.gov.wujin.yanghu.shared.RequestOrigin;
import cn.gov.wujin.yanghu.web.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.util.Locale;

/** The public progress lookup of a case (进度查询): the receipt's query code and the reporter's phone's last four digits. */
@Path("public/cases")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicCaseResource {

    /** What the lookup shows: the status (its code and its words in both languages) and the day of the last step. */
    @Schema(name = "PublicCaseProgress", description = "A case's progress as the public lookup shows it: its status and the day of "
            + "its last step, nothing else (no names, amounts or case number).")
    public record Progress(
            @Schema(required = true, description = "Where the case stands (see the case's status).", enumeration = {"ACCEPTED",
                    "FILED", "NOT_FILED", "INVESTIGATING", "SOLVED", "PROSECUTION_TRANSFERRED", "CLOSED", "WITHDRAWN",
                    "RECONSIDERING", "REVIEWING"}, example = "FILED") String status,
            @Schema(required = true, description = "The status in Chinese.", example = "立案") String statusZh,
            @Schema(required = true, description = "The status in English.", example = "Filed") String statusEn,
            @Schema(required = true, description = "The day of the case's last step (Beijing time).") LocalDate lastStepOn) {
    }

    @Inject
    private PublicCaseLookup lookup;

    @Inject
    private RequestOrigin origin;

    @GET
    @Path("{receiptCode}")
    @Operation(summary = "Look up a case's progress by its receipt's query code", description = """
            For the person who reported: the status of the case behind the query code printed on the receipt (受案回执), with the \
            last four digits of the reporting victim's phone (the first victim of the case), and the day of its last step; \
            nothing else (no names, no amounts, no case number). No sign-in. The code may be typed in lower case or with spaces. \
            An unknown code, and a wrong or missing phoneLast4, answer the same 404. **Limited:** 10 lookups per client address \
            in 10 minutes; more are refused (429).""")
    @APIResponse(responseCode = "200", description = "The case's progress.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Progress.class)))
    @APIResponse(responseCode = "429", description = "More than 10 lookups from this client address in 10 minutes; try again after "
            + "Retry-After seconds.")
    public Progress lookUp(@Parameter(description = "The query code of the receipt (10 characters of A–Z without I and O, and 2–9).",
                                   example = "K7QX2M9PLT", schema = @Schema(type = SchemaType.STRING, maxLength = 24))
                           @PathParam("receiptCode") String receiptCode,
                           @Parameter(description = "The last four digits of the reporting victim's phone (such as 2468); wrong or missing: 404.",
                                   schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}$"))
                           @QueryParam("phoneLast4") String phoneLast4) {
        PublicCaseProgress progress = lookup.lookUp(receiptCode, phoneLast4, origin.clientAddress());
        return new Progress(progress.status(), words(progress.status(), Messages.ZH_CN), words(progress.status(), Locale.ENGLISH),
                progress.lastStepOn());
    }

    private static String words(String status, Locale locale) {
        return Messages.get(locale, "status." + CaseStatus.valueOf(status).name());
    }
}
