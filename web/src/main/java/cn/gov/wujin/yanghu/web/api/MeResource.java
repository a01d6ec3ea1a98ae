package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.organization.application.AccountService;
import cn.gov.wujin.yanghu.organization.application.CallerProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import cn.gov.wujin.yanghu.organization.application.RecoveryCodes;
import cn.gov.wujin.yanghu.organization.application.SecondFactorStatus;
import cn.gov.wujin.yanghu.organization.application.SecondFactors;
import cn.gov.wujin.yanghu.organization.application.TotpEnrolment;
import cn.gov.wujin.yanghu.organization.application.SessionView;
import cn.gov.wujin.yanghu.organization.application.Sessions;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

    @Schema(description = "A code from the authenticator app, proving it holds the new secret.")
    public static class TotpConfirmation {
        @Schema(required = true, description = "The 6 digits the app shows now.", pattern = "^[0-9]{6}$", example = "492039")
        public String code;
    }

    @Inject
    private AccountService accounts;

    @Inject
    private SecondFactors secondFactors;

    @Inject
    private Sessions sessions;

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

    @GET
    @Path("second-factor")
    @Operation(summary = "Read one's own second factor", description = "Whether sign-in asks the caller for a code from an "
            + "authenticator app, how many recovery codes are left, and whether a role of the account requires a second factor.")
    @APIResponse(responseCode = "200", description = "The caller's second factor.")
    public SecondFactorStatus secondFactor() {
        return secondFactors.mine();
    }

    @POST
    @Path("second-factor/totp")
    @Operation(summary = "Start enrolling an authenticator app (TOTP)", description = """
            Makes a new TOTP secret (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps) for the caller and answers it this once, as \
            text and as an otpauth URI for a QR code; it is never shown again. Sign-in does not ask for it until it is confirmed \
            (POST /me/second-factor/totp/confirmation); calling again before that replaces the unconfirmed secret. An account \
            whose authenticator is confirmed already answers 409 (not_allowed): an administrator resets it first. Takes no body.""")
    @APIResponse(responseCode = "200", description = "The new secret, shown this once.")
    public TotpEnrolment startTotp() {
        return secondFactors.startTotp();
    }

    @POST
    @Path("second-factor/totp/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm the authenticator app with a code", description = """
            Checks a code of the secret made by POST /me/second-factor/totp (one 30-second step before or after now is accepted \
            too). When it is right, sign-in asks for a code from now on (pages and POST /auth/token with otp), and ten single-use \
            recovery codes are answered, this once; they are stored hashed. A wrong code answers 400 naming code; without a secret \
            waiting for confirmation, 409. Audited.""")
    @APIResponse(responseCode = "200", description = "Confirmed: the recovery codes, shown this once.")
    public RecoveryCodes confirmTotp(@NotNull TotpConfirmation confirmation) {
        return secondFactors.confirmTotp(confirmation.code);
    }

    @GET
    @Path("sessions")
    @Operation(summary = "List one's open sessions and API tokens", description = """
            The caller's signed-in browsers (WEB: active within the last 30 minutes, not signed out) and unexpired, unrevoked API \
            tokens (API_TOKEN), each with the device its user agent names, the address it signed in from, when it started and was \
            last used (noted to the minute). The one this request uses is marked current. Newest use first.""")
    @APIResponse(responseCode = "200", description = "The open sessions and tokens.")
    public java.util.List<SessionView> sessions(@Parameter(hidden = true) @HeaderParam("Authorization") String authorization) {
        return sessions.mine(null, authorization == null ? null : authorization.substring("Bearer ".length()).trim());
    }

    @DELETE
    @Path("sessions/{id}")
    @Operation(summary = "End one of one's signed-in browsers", description = """
            Ends a signed-in browser of the caller (a WEB row of GET /me/sessions), on every instance at once: its next request \
            goes to the login page. Another person's session, or one already ended, answers 404. Audited.""")
    @APIResponse(responseCode = "204", description = "Ended.")
    public Response endSession(@Parameter(description = "The session's id (GET /me/sessions).", example = "812") @PathParam("id") long id) {
        sessions.endMine(id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke one of one's API tokens", description = """
            Revokes an API token of the caller (an API_TOKEN row of GET /me/sessions), for instance one left on a lost phone: it is \
            refused (401) from its next request on, on every instance. Another person's token, or one revoked or expired already, \
            answers 404. Audited.""")
    @APIResponse(responseCode = "204", description = "Revoked.")
    public Response revokeToken(@Parameter(description = "The token's id (GET /me/sessions).", example = "4711") @PathParam("id") long id) {
        sessions.revokeMine(id);
        return Response.noContent().build();
    }
}
