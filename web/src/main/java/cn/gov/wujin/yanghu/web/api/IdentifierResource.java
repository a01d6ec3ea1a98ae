package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.fraud.application.CaseDocs;
import cn.gov.wujin.yanghu.fraud.application.IdentifierService;
import cn.gov.wujin.yanghu.fraud.application.IdentifierSighting;
import cn.gov.wujin.yanghu.fraud.domain.IdentifierType;
import cn.gov.wujin.yanghu.search.SearchHit;
import cn.gov.wujin.yanghu.search.Sightings;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;


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

    @Schema(name = "SightingDismissal", description = "Why an identifier a record's text names is not the suspect's.")
    public static class Dismissal {
        @Schema(required = true, maxLength = 500, description = "Why: kept with the sighting and audited.",
                example = "受害人本人的银行卡，非涉案账户")
        public String reason;
    }

    /** The intake's check of an identifier, and where it was seen: cases, tips, enterprise requests, visits. */
    @Schema(name = "IdentifierSightingAnswer", description = "How an identifier normalises, and where it was seen already.")
    public record Answer(
            @Schema(required = true, description = "The kind asked for.", example = "PHONE") String type,
            @Schema(description = "The value as normalised for linking; left out when it is not valid for its kind.",
                    example = "17123456789") String normalized,
            @Schema(required = true, description = "Whether the value is a valid identifier of its kind.") boolean valid,
            @Schema(required = true, minimum = "0", description = "How many cases (other than exceptCase) carry it as a suspect "
                    + "identifier, not counting one marked not significant; 0 when not valid.", example = "2") long otherCases,
            @Schema(required = true, minimum = "0", description = "Cases carrying it or naming it in their narrative, every "
                    + "station's.", example = "3") long cases,
            @Schema(required = true, minimum = "0", description = "Tips whose description names it, every station's.",
                    example = "1") long tips,
            @Schema(required = true, minimum = "0", description = "Enterprise requests whose description names it.",
                    example = "0") long requests,
            @Schema(required = true, minimum = "0", description = "Visit notes naming it.", example = "0") long visits,
            @Schema(required = true, description = "The cases, tips, requests and visits among them the caller may open, newest "
                    + "first, at most 20 of each kind (another station's are counted, never listed).") List<SearchHit> records) {
    }

    @Inject
    private IdentifierService identifiers;

    @Inject
    private Sightings sightings;

    @GET
    @Path("sighting")
    @Operation(summary = "Check an identifier while it is typed", description = """
            How a suspect identifier normalises, whether it is valid for its kind, and in how many cases it appears already \
            (the intake's "seen in N other cases", while the officer types). Counts every station's cases, without naming them. \
            Also where the identifier was seen in free text (extracted from case narratives, tip descriptions, enterprise \
            requests and visit notes when they are written; dismissed sightings and identifiers marked not significant not \
            counted): "seen in N cases, M tips, K requests", and the records among them the caller may open. \
            An invalid value answers 200 with valid false.""")
    @APIResponse(responseCode = "200", description = "The identifier as normalised, and where it was seen.")
    public Answer sighting(@Parameter(required = true, description = "The kind of identifier (400 when missing or unknown).",
                                   schema = @Schema(type = SchemaType.STRING, enumeration = {"PHONE", "BANK_ACCOUNT",
                                           "PAYMENT_ACCOUNT", "WECHAT", "QQ", "URL", "APP", "IP"}))
                           @QueryParam("type") String type,
                           @Parameter(description = "The value as typed.", example = "+86 171 2345 6789")
                           @QueryParam("value") String value,
                           @Parameter(description = "A case not to count (the one being edited).", example = "1042")
                           @QueryParam("exceptCase") Long exceptCase) {
        IdentifierSighting checked = identifiers.sighting(type(type), value, exceptCase);
        if (!checked.valid()) {
            return new Answer(checked.type(), null, false, 0, 0, 0, 0, 0, List.of());
        }
        Sightings.Seen seen = sightings.seen(checked.type(), checked.normalized());
        return new Answer(checked.type(), checked.normalized(), true, checked.otherCases(), seen.cases(), seen.tips(), seen.requests(),
                seen.visits(), seen.records());
    }

    @POST
    @Path("sightings/{id}/dismissal")
    @Operation(summary = "Dismiss an identifier a record's text names", description = """
            An identifier found in a tip, a request, a visit note or a narrative that is not the suspect's (the bank's hotline, \
            the victim's own card): it stops counting and linking, and stays kept with who dismissed it and why. An OFFICER or \
            SUPERVISOR who may open the record (another station's, or a missing one, answers 404); the reason is required \
            (400 naming reason); a sighting dismissed already answers 409. Audited.""")
    @APIResponse(responseCode = "204", description = "Dismissed.")
    public Response dismiss(@Parameter(description = "The sighting's id (from a record's sightings).", example = "311")
                            @PathParam("id") long id,
                            @RequestBody(required = true) @NotNull Dismissal dismissal) {
        sightings.dismiss(id, dismissal.reason);
        return Response.noContent().build();
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
