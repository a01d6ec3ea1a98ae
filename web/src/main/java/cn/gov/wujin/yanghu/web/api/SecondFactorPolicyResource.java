package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.organization.application.SecondFactorPolicies;
import cn.gov.wujin.yanghu.organization.application.SecondFactorPolicies.PolicyView;
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

/** Which roles must sign in with a second factor (ADMIN). */
@Path("second-factor-policies")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SecondFactorPolicyResource {

    @Inject
    private SecondFactorPolicies policies;

    @Schema(name = "SecondFactorPolicyChange", description = "Whether a role requires a second factor from now on.")
    public static class Change {
        @Schema(required = true, description = "True: the role's holders must enrol a second factor before anything else.")
        public Boolean required;
        @Schema(description = "The version read (GET /api/v1/second-factor-policies); left out counts as 0. A stale version answers 409.",
                example = "0")
        public long version;
    }

    @GET
    @Operation(summary = "List which roles require a second factor", description = """
            One row per role: whether its holders must sign in with a second factor. Production starts with every staff role \
            required (ADMIN, SUPERVISOR, OFFICER, AUXILIARY, LIAISON) and VOLUNTEER optional; the demo data makes all optional.""")
    @APIResponse(responseCode = "200", description = "The roles, in a fixed order.")
    public List<PolicyView> all() {
        return policies.all();
    }

    @PUT
    @Path("{role}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Require a second factor for a role, or not", description = """
            From the next request on, an account holding a role that requires a second factor and without one enrolled is sent to \
            the enrolment page (pages) or answered 403 second_factor_enrolment_required (API) for anything but the enrolment. \
            An account with several roles needs one when any of them requires it. required is needed (400 naming it); with a \
            version other than the current one, nothing changes (409). Audited.""")
    @APIResponse(responseCode = "200", description = "The role's setting as changed.")
    public PolicyView change(@Parameter(description = "The role.", example = "OFFICER",
            schema = @Schema(enumeration = {"OFFICER", "AUXILIARY", "SUPERVISOR", "LIAISON", "VOLUNTEER", "ADMIN"}))
                             @PathParam("role") String role, @NotNull Change change) {
        return policies.change(role, change.required, change.version);
    }
}
