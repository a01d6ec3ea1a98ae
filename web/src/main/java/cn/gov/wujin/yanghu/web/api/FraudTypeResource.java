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

import java.util.List;

/** The fraud types (reference table; the codes are what the API uses). */
@Path("fraud-types")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class FraudTypeResource {

    @Inject
    private FraudTypes fraudTypes;

    /** The editable part of a fraud type; {@code version} is the one read. */
    public static class Revision {
        public String nameZh;
        public String nameEn;
        public int sortOrder;
        public boolean active;
        public long version;
    }

    @GET
    @Operation(summary = "The fraud types")
    public List<FraudTypeView> fraudTypes() {
        return fraudTypes.all();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a fraud type's names, order or active flag (ADMIN); the code never changes")
    public FraudTypeView revise(@PathParam("code") String code, @NotNull Revision revision) {
        return fraudTypes.revise(code, revision.nameZh, revision.nameEn, revision.sortOrder, revision.active, revision.version);
    }
}
