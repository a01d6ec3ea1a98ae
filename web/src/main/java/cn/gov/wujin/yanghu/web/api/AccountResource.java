package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.organization.application.AccountDetails;
import cn.gov.wujin.yanghu.organization.application.AccountFilter;
import cn.gov.wujin.yanghu.organization.application.AccountForm;
import cn.gov.wujin.yanghu.organization.application.AccountRow;
import cn.gov.wujin.yanghu.organization.application.AccountService;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.shared.Page;
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

import java.net.URI;

/** Accounts (ADMIN). Phones and ID-card numbers are masked unless {@code ?full=true}, which is audited. */
@Path("accounts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    private AccountService accounts;

    @GET
    @Operation(summary = "Search accounts, a page at a time; locked=true: the accounts locked now by failed logins")
    public Page<AccountRow> search(@QueryParam("q") String text, @QueryParam("stationId") Long stationId,
                                   @QueryParam("role") Role role, @QueryParam("active") Boolean active,
                                   @QueryParam("locked") @DefaultValue("false") boolean locked,
                                   @QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("size") @DefaultValue("50") int size,
                                   @QueryParam("sort") @DefaultValue("username") String sort,
                                   @QueryParam("desc") @DefaultValue("false") boolean descending) {
        return accounts.search(new AccountFilter(text, stationId, role, active, locked), first, size, sort, !descending);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account; full=true shows personal data unmasked and is written to the audit trail")
    public AccountDetails account(@PathParam("id") long id, @QueryParam("full") @DefaultValue("false") boolean full) {
        return full ? accounts.accountWithPersonalData(id) : accounts.account(id);
    }

    @POST
    public Response create(@NotNull AccountForm form) {
        AccountDetails created = accounts.create(form);
        return Response.created(URI.create("accounts/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an account; send the version you read")
    public AccountDetails update(@PathParam("id") long id, @NotNull AccountForm form) {
        return accounts.update(id, form);
    }

    @POST
    @Path("{id}/unlock")
    @Operation(summary = "Lift a lockout after failed logins")
    public Response unlock(@PathParam("id") long id) {
        accounts.unlock(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/deactivate")
    public Response deactivate(@PathParam("id") long id) {
        accounts.setActive(id, false);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/activate")
    public Response activate(@PathParam("id") long id) {
        accounts.setActive(id, true);
        return Response.noContent().build();
    }
}
