package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.fraud.application.CaseDocs;
import cn.gov.wujin.yanghu.fraud.application.IdentifierService;
import cn.gov.wujin.yanghu.fraud.application.IdentifierSighting;
import cn.gov.wujin.yanghu.fraud.domain.IdentifierType;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;


/** Suspect identifiers across cases. */
@Path("identifiers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdentifierResource {

    @Schema(name = "InsignificantIdentifier", description = "An identifier that should stop linking cases, and why.")
    public static class Insignificant {
        @Schema(required = true, description = CaseDocs.IDENTIFIER_TYPE)
        public IdentifierType type;
        @Schema(required = true, maxLength = 300, description = "The value, valid for its kind; it is normalised as at intake.",
                example = "95588")
        public String value;
        @Schema(required = true, maxLength = 500, description = "Why it links nothing: kept and audited.",
                example = "工商银行客服热线，非涉案号码")
        public String reason;
    }

    @Inject
    private IdentifierService identifiers;

    @GET
    @Path("sighting")
    @Operation(summary = "Check an identifier while it is typed", description = """
            How a suspect identifier normalises, whether it is valid for its kind, and in how many cases it appears already \
            (the intake's "seen in N other cases", while the officer types). Counts every station's cases, without naming them. \
            An invalid value answers 200 with valid false.""")
    @APIResponse(responseCode = "200", description = "The identifier as normalised, and its sightings.")
    public IdentifierSighting sighting(@Parameter(required = true, description = "The kind of identifier (400 when missing or unknown).",
                                               schema = @Schema(type = SchemaType.STRING, enumeration = {"PHONE", "BANK_ACCOUNT",
                                                       "PAYMENT_ACCOUNT", "WECHAT", "QQ", "URL", "APP", "IP"}))
                                       @QueryParam("type") String type,
                                       @Parameter(description = "The value as typed.", example = "+86 171 2345 6789")
                                       @QueryParam("value") String value,
                                       @Parameter(description = "A case not to count (the one being edited).", example = "1042")
                                       @QueryParam("exceptCase") Long exceptCase) {
        return identifiers.sighting(type(type), value, exceptCase);
    }

    @POST
    @Path("insignificant")
    @Operation(summary = "Mark an identifier not significant", description = """
            Stops an identifier from linking cases (a bank's service number, a common app): it stays on its cases, but links \
            none of them any more, and counts in no sighting. A bureau SUPERVISOR's (a station head gets 403); the value must be \
            valid for its kind and the reason is required (400). Marking it again replaces the reason. Audited.""")
    @APIResponse(responseCode = "204", description = "Marked.")
    public Response markInsignificant(@NotNull Insignificant request) {
        identifiers.markInsignificant(request.type, request.value, request.reason);
        return Response.noContent().build();
    }

    private static IdentifierType type(String type) {
        try {
            return IdentifierType.valueOf(String.valueOf(type));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "fraud.identifier.typeUnknown", type);
        }
    }
}
