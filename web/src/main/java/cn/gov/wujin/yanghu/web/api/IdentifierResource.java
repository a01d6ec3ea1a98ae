package cn.gov.wujin.yanghu.web.api;

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


/** Suspect identifiers across cases. */
@Path("identifiers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdentifierResource {

    public static class Insignificant {
        public IdentifierType type;
        public String value;
        public String reason;
    }

    @Inject
    private IdentifierService identifiers;

    @GET
    @Path("sighting")
    @Operation(summary = "How an identifier normalises and in how many other cases it appears (for intake while typing)")
    public IdentifierSighting sighting(@QueryParam("type") String type, @QueryParam("value") String value,
                                       @QueryParam("exceptCase") Long exceptCase) {
        return identifiers.sighting(type(type), value, exceptCase);
    }

    @POST
    @Path("insignificant")
    @Operation(summary = "Mark an identifier not significant so it stops linking cases (bureau SUPERVISOR, reason required)")
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
