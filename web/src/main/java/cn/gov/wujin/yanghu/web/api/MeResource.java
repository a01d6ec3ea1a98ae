package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.organization.application.AccountService;
import cn.gov.wujin.yanghu.organization.application.CallerProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Schema(description = "One's current password, and the new one.")
    public static class PasswordChange {
        @Schema(required = true, format = "password", description = "The password in use now (400 when it is wrong).")
        public String currentPassword;
        @Schema(required = true, format = "password", minLength = 10,
                description = "The new password: at least 10 characters, with at least one letter and one digit.",
                example = "Hutang-2026-spring")
        public String newPassword;
    }

    @Inject
    private AccountService accounts;

    @GET
    @Operation(summary = "Read the signed-in account", description = "Who the token belongs to: username, display name, station, "
            + "roles, and whether the account sees every station (bureau level) or its own.")
    @APIResponse(responseCode = "200", description = "The signed-in account.")
    public CallerProfile me() {
        return accounts.me();
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one's own password", description = """
            Changes the caller's own password: the current one must be given (400 naming currentPassword when it is wrong), the \
            new one must have at least 10 characters with letters and digits (400 naming newPassword). Tokens already issued \
            stay valid. Audited.""")
    @APIResponse(responseCode = "204", description = "Changed.")
    public Response changePassword(@NotNull PasswordChange change) {
        accounts.changeOwnPassword(change.currentPassword, change.newPassword);
        return Response.noContent().build();
    }
}
