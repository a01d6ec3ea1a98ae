package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.organization.application.ApiTokenService;
import cn.gov.wujin.yanghu.organization.application.IssuedToken;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

@Path("auth/token")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** The request body of a token request. */
    public static class Credentials {
        @NotBlank
        @Size(max = 40)
        public String username;
        @NotBlank
        @Size(max = 200)
        public String password;
    }

    @Inject
    private ApiTokenService tokens;

    /** Public (web.xml): the one way in. Five wrong passwords in 15 minutes lock the account. */
    @POST
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "Exchange username and password for a bearer token")
    @APIResponse(responseCode = "200", description = "{token, expiresAt}")
    @APIResponse(responseCode = "401", description = "wrong username or password, or account locked")
    public IssuedToken issue(@NotNull @Valid Credentials credentials) {
        return tokens.issue(credentials.username, credentials.password);
    }

    @DELETE
    @Operation(summary = "Log out: revoke the token of this request")
    public Response revoke(@HeaderParam("Authorization") String authorization) {
        tokens.revoke(authorization.substring("Bearer ".length()).trim());
        return Response.noContent().build();
    }
}
