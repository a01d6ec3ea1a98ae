package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.organization.application.AccountDetails;
import cn.gov.wujin.yanghu.organization.application.AccountFilter;
import cn.gov.wujin.yanghu.organization.application.AccountForm;
import cn.gov.wujin.yanghu.organization.application.AccountRow;
import cn.gov.wujin.yanghu.organization.application.AccountService;
import cn.gov.wujin.yanghu.organization.application.SecondFactors;
import cn.gov.wujin.yanghu.organization.application.Sessions;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.shared.Page;
import cn.gov.wujin.yanghu.web.api.contract.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;

/** Accounts (ADMIN). Phones and ID-card numbers are masked unless {@code ?full=true}, which is audited. */
@Path("accounts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    /** Administrators work for the whole bureau: the station-scoping sentence of the document does not narrow them. */
    private static final String ALL_STATIONS = "Administrators are bureau-level and reach the accounts of every station.";

    private static final String FORM_RULES = "The form's formats and lengths are checked first and reported together (400 with "
            + "`errors`); the rules after them one at a time: roles are required (`roles`); OFFICER, AUXILIARY, LIAISON and "
            + "VOLUNTEER need a station, and ADMIN is bureau-level, without one (`station`); a SUPERVISOR with a station is its "
            + "head, without one a bureau leader; the station must exist (`stationId`); an ID-card number must be a valid "
            + "resident ID-card number (`idCardNumber`).";

    @Inject
    private AccountService accounts;

    @Inject
    private SecondFactors secondFactors;

    @Inject
    private Sessions sessions;

    @GET
    @Operation(summary = "Search accounts",
            description = "Accounts a page at a time, phones masked, in the order of `sort` (then by id). The filters combine. "
                    + ALL_STATIONS)
    @APIResponse(responseCode = "200", description = "A page of accounts and the total number that pass the filters.")
    public Page<AccountRow> search(
            @Parameter(description = "Only accounts whose username or name contains this text (case ignored).", example = "ht.")
            @QueryParam("q") String text,
            @Parameter(description = "Only the accounts of this station.", example = "3")
            @QueryParam("stationId") Long stationId,
            @Parameter(description = "Only the accounts holding this role.")
            @QueryParam("role") Role role,
            @Parameter(description = "Only active (true) or deactivated (false) accounts; absent: both.")
            @QueryParam("active") Boolean active,
            @Parameter(description = "Only the accounts locked now by failed sign-ins.")
            @QueryParam("locked") @DefaultValue("false") boolean locked,
            @Parameter(description = Paging.FIRST)
            @QueryParam("first") @DefaultValue("0") int first,
            @Parameter(description = Paging.SIZE)
            @QueryParam("size") @DefaultValue("50") int size,
            @Parameter(description = "The order: `username`, `displayName`, `lastLoginAt` or `active`; another value orders "
                    + "by username.")
            @QueryParam("sort") @DefaultValue("username") String sort,
            @Parameter(description = "Descending order.")
            @QueryParam("desc") @DefaultValue("false") boolean descending) {
        return accounts.search(new AccountFilter(text, stationId, role, active, locked), first, size, sort, !descending);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an account",
            description = "One account, its phone and ID-card number masked (`masked` true). With `full=true` they are shown in "
                    + "full and the view is written to the audit trail as a view of personal data. " + ALL_STATIONS)
    @APIResponse(responseCode = "200", description = "The account.")
    public AccountDetails get(@Parameter(description = "The account's id.", example = "57") @PathParam("id") long id,
                              @Parameter(description = "Show the phone and ID-card number in full (audited).")
                              @QueryParam("full") @DefaultValue("false") boolean full) {
        return full ? accounts.accountWithPersonalData(id) : accounts.account(id);
    }

    @POST
    @Operation(summary = "Create an account",
            description = "Creates an active account with a username (unique; stored in lower case), a name, its roles and "
                    + "station, and a first password (at least 10 characters with letters and digits), which its holder then "
                    + "changes. " + FORM_RULES + " Written to the audit trail.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountForm.class),
            examples = @ExampleObject(name = "officer", summary = "An officer of 湖塘派出所",
                    value = "{\"username\": \"ht.officer7\", \"displayName\": \"王建国\", \"stationId\": 1, "
                            + "\"roles\": [\"OFFICER\"], \"phone\": \"13961201234\", "
                            + "\"idCardNumber\": \"320412198503121233\", \"password\": \"Hutang2026start\"}")))
    @APIResponse(responseCode = "201", description = "Created: the account, its personal data masked.",
            headers = @Header(name = "Location", description = "The new account's address.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountDetails.class),
                    examples = @ExampleObject(name = "officer", summary = "The officer created",
                            value = "{\"id\": 57, \"username\": \"ht.officer7\", \"displayName\": \"王建国\", "
                                    + "\"stationId\": 1, \"stationCode\": \"HT\", \"roles\": [\"OFFICER\"], "
                                    + "\"phone\": \"139****1234\", \"idCardNumber\": \"320412********1233\", "
                                    + "\"active\": true, \"locked\": false, \"masked\": true, \"version\": 1}")))
    public Response create(@NotNull AccountForm form) {
        AccountDetails created = accounts.create(form);
        return Response.created(URI.create("accounts/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an account",
            description = "Replaces the account's name, roles and station with those sent. A blank or absent phone, ID-card "
                    + "number or password keeps the stored one (send them only to change them; the masked values as read are "
                    + "not numbers). `username` is required by the form but never changed. An administrator cannot take the "
                    + "ADMIN role from their own account (409 `not_allowed`). Send the `version` you read: a newer one answers "
                    + "409 (`conflict`), and nothing changes. " + FORM_RULES + " Written to the audit trail. " + ALL_STATIONS)
    @APIResponse(responseCode = "200", description = "The account as it is now, its personal data masked.")
    public AccountDetails update(@Parameter(description = "The account's id.", example = "57") @PathParam("id") long id,
                                 @NotNull AccountForm form) {
        return accounts.update(id, form);
    }

    @POST
    @Path("{id}/unlock")
    @Operation(summary = "Lift an account's lockout",
            description = "Lifts the lockout that failed sign-ins put on the account and clears its count of failures, so its "
                    + "holder may sign in at once. Takes no body. Written to the audit trail. " + ALL_STATIONS)
    @APIResponse(responseCode = "204", description = "Unlocked.")
    public Response unlock(@Parameter(description = "The account's id.", example = "57") @PathParam("id") long id) {
        accounts.unlock(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Deactivate an account",
            description = "The account can no longer sign in, and its tokens stop working (401). Its records and their history "
                    + "stay. An administrator cannot deactivate their own account (409 `not_allowed`). Takes no body. A change "
                    + "is written to the audit trail. " + ALL_STATIONS)
    @APIResponse(responseCode = "204", description = "Deactivated (or it was already).")
    public Response deactivate(@Parameter(description = "The account's id.", example = "57") @PathParam("id") long id) {
        accounts.setActive(id, false);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/activate")
    @Operation(summary = "Activate an account",
            description = "A deactivated account may sign in again. Takes no body. A change is written to the audit trail. " + ALL_STATIONS)
    @APIResponse(responseCode = "204", description = "Active (or it was already).")
    public Response activate(@Parameter(description = "The account's id.", example = "57") @PathParam("id") long id) {
        accounts.setActive(id, true);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/second-factor/reset")
    @Operation(summary = "Reset a person's second factor",
            description = "Removes the account's authenticator app and recovery codes (a lost phone): its holder signs in with the "
                    + "password alone and, where their role requires a second factor, must enrol again before anything else. The "
                    + "holder is notified. Takes no body. Written to the audit trail. " + ALL_STATIONS)
    @APIResponse(responseCode = "204", description = "Reset (or there was none).")
    public Response resetSecondFactor(@Parameter(description = "The account's id.", example = "57") @PathParam("id") long id) {
        secondFactors.reset(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/sessions/end")
    @Operation(summary = "End all of a person's sessions and tokens",
            description = "Ends every signed-in browser of the account and revokes every API token of it, on every instance at "
                    + "once: each is refused on its next request (pages go to the login page, the API answers 401). The password "
                    + "still signs in: deactivate the account to keep its holder out. Takes no body. Written to the audit trail. "
                    + ALL_STATIONS)
    @APIResponse(responseCode = "204", description = "Ended (or there were none).")
    public Response endSessions(@Parameter(description = "The account's id.", example = "57") @PathParam("id") long id) {
        sessions.endAll(id);
        return Response.noContent().build();
    }
}
