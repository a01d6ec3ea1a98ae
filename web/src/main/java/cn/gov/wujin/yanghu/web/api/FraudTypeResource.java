package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.fraud.application.FraudTypeView;
import cn.gov.wujin.yanghu.fraud.application.FraudTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** The fraud types (reference table; the codes are what the API uses). */
@Path("fraud-types")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class FraudTypeResource {

    @Inject
    private FraudTypes fraudTypes;

    /** The editable part of a fraud type; {@code version} is the one read. */
    @Schema(name = "FraudTypeRevision", description = "A fraud type's names, place and active flag, as they should be.")
    public static class Revision {
        @Schema(required = true, minLength = 1, maxLength = 60, pattern = "\\S", description = "The name in Chinese.",
                example = "刷单返利")
        public String nameZh;
        @Schema(required = true, minLength = 1, maxLength = 100, pattern = "\\S", description = "The name in English.",
                example = "Order-brushing rebate")
        public String nameEn;
        @Schema(description = "Where it stands in lists, lowest first (0 when left out).", example = "10")
        public int sortOrder;
        @Schema(description = "Whether new cases may take it (false when left out): an inactive type stays on its cases.",
                example = "true")
        public boolean active;
        @Schema(required = true, description = "The version read (GET /api/v1/fraud-types); another one answers 409.", example = "0")
        public long version;
    }

    @GET
    @Operation(summary = "List the fraud types", description = "Every fraud type of the reference table, active or not, by sortOrder. "
            + "Its code is what a case's fraudType and the lists' type filter take.")
    @APIResponse(responseCode = "200", description = "The fraud types.")
    public List<FraudTypeView> fraudTypes() {
        return fraudTypes.all();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a fraud type", description = """
            Changes a fraud type's names, place in lists or active flag; its code never changes, and cases keep it. Names are \
            required (400). With a version other than the current one, nothing changes (409). Audited.""")
    @APIResponse(responseCode = "200", description = "The fraud type as changed.")
    public FraudTypeView revise(@Parameter(description = "The fraud type's code.", example = "ORDER_BRUSHING") @PathParam("code") String code,
                                @NotNull Revision revision) {
        return fraudTypes.revise(code, revision.nameZh, revision.nameEn, revision.sortOrder, revision.active, revision.version);
    }
}
