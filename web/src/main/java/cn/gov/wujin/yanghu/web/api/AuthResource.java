package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.organization.application.ApiTokenService;
import cn.gov.wujin.yanghu.organization.application.IssuedToken;
import cn.gov.wujin.yanghu.web.security.BearerTokens;
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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

@Path("auth/token")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** The request body of a token request. */
    @Schema(description = "An account's username and password, and the second factor's code when the account has one.")
    public static class Credentials {
        @NotBlank
        @Size(max = 40)
        @Schema(description = "The account's username.", example = "officer1")
        public String username;
        @NotBlank
        @Size(max = 200)
        @Schema(description = "The account's password.", format = "password", example = "Yanghu-demo-2026")
        public String password;
        @Size(max = 20)
        @Schema(description = "Only for an account with a second factor (otherwise ignored): the 6-digit code the authenticator app "
                + "shows now (each code is accepted once), or one of the account's unused recovery codes.", maxLength = 20,
                pattern = "^([0-9]{6}|[A-Za-z0-9]{5}-?[A-Za-z0-9]{5})$", example = "492039")
        public String otp;
    }

    @Inject
    private HttpServletRequest request;

    @Inject
    private ApiTokenService tokens;

    @Inject
    private BearerTokens bearerTokens;

    /** Public (web.xml): the one way in. Five wrong passwords in 15 minutes lock the account. */
    @POST
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "Get a bearer token for a username and password", description = """
            The one way into the API: exchanges an active account's username and password for a bearer token, to be sent on \
            every other request as Authorization: Bearer <token>. The token is valid for 8 hours (the server's setting \
            yanghu.api.token-minutes), on every instance, until it expires or is revoked (DELETE /api/v1/auth/token). Five wrong \
            passwords within 15 minutes lock the account for 15 minutes (401 then, even with the right password). An account with \
            a second factor must send otp too: without it a right password answers 401 with error second_factor_required (send \
            again with otp); a wrong code counts towards the lockout like a wrong password. A code is accepted once; a recovery \
            code is used up. The client's user agent and address are kept with the token, for its owner's list of sessions. \
            Every token issued is audited.""")
    @APIResponse(responseCode = "200", description = "The token and when it expires.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedToken.class)))
    @APIResponse(responseCode = "401", description = "Wrong username or password, an inactive account, an account locked after too "
            + "many failures (error unauthorized); or the password was right and the account's second factor is needed (error "
            + "second_factor_required).")
    @APIResponse(responseCode = "409", description = "The account's password was handed out (an account import): it is changed at a "
            + "first sign-in on the web before the API issues a token.")
    public IssuedToken issue(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Credentials.class), examples = @ExampleObject(name = "officer",
            summary = "A station officer signs in from the phone app", value = """
                    {"username": "officer1", "password": "Yanghu-demo-2026"}""")))
                             @NotNull @Valid Credentials credentials) {
        return tokens.issue(credentials.username, credentials.password, credentials.otp, request.getHeader("User-Agent"),
                request.getRemoteAddr());
    }

    @DELETE
    @Operation(summary = "Sign out: revoke this request's token", description = "Revokes the bearer token this request carries, on "
            + "every instance at once: it is refused from now on (401). Other tokens of the account stay valid. Audited.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    public Response revoke(@Parameter(hidden = true) @HeaderParam("Authorization") String authorization) {
        String token = authorization.substring("Bearer ".length()).trim();
        tokens.revoke(token);
        bearerTokens.forget(token);
        return Response.noContent().build();
    }
}
