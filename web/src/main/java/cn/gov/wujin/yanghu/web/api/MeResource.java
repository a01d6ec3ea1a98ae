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

@Path("me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public static class PasswordChange {
        public String currentPassword;
        public String newPassword;
    }

    @Inject
    private AccountService accounts;

    @GET
    @Operation(summary = "The signed-in account: name, station, roles")
    public CallerProfile me() {
        return accounts.me();
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one's own password (the current one is required)")
    public Response changePassword(@NotNull PasswordChange change) {
        accounts.changeOwnPassword(change.currentPassword, change.newPassword);
        return Response.noContent().build();
    }
}
