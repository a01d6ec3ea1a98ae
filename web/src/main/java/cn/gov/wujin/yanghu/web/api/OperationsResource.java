package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.operations.application.TrustedProxies;
import cn.gov.wujin.yanghu.operations.application.TrustedProxiesView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** How the deployment runs: its trusted proxies and the retention of personal data (ADMIN). */
@Path("admin")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OperationsResource {

    @Inject
    private TrustedProxies proxies;

    /** The new list; {@code version} is the one read. */
    @Schema(name = "TrustedProxiesRevision", description = "A new list of trusted proxies.")
    public static class ProxiesRevision {
        @Schema(required = true, maxLength = 1000, description = "Addresses or CIDR ranges (IPv4 or IPv6), separated by commas or "
                + "blanks; empty trusts none. Host names are refused.", example = "10.20.0.5, 10.20.1.0/24")
        public String value;
        @Schema(description = "The version read (GET /api/v1/admin/trusted-proxies); left out counts as 0. A stale version answers 409.",
                example = "0")
        public long version;
    }

    @GET
    @Path("trusted-proxies")
    @Operation(summary = "Read the trusted proxies", description = """
            The balancers whose X-Forwarded-For header names the client: for a request whose connection comes from one of them, \
            the client is the right-most forwarded address that is not one of them; any other caller is the address of its \
            connection, whatever it sends. That address is what the audit trail records and the public rate limits count. \
            Both the setting and the deployment's own balancer (set by the start scripts) are trusted.""")
    @APIResponse(responseCode = "200", description = "The setting and the deployment's balancer.")
    public TrustedProxiesView trustedProxies() {
        return proxies.setting();
    }

    @PUT
    @Path("trusted-proxies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the trusted proxies", description = """
            Replaces the list. An entry that is no literal address or CIDR range answers 400 naming value and the entry; more \
            than 50 entries answer 400; a version other than the current one changes nothing (409). Holds on every instance \
            within a few seconds. Audited.""")
    @APIResponse(responseCode = "200", description = "The setting as changed, in canonical form.")
    public TrustedProxiesView changeTrustedProxies(@NotNull ProxiesRevision revision) {
        return proxies.change(revision.value, revision.version);
    }
}
