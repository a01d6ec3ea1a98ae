package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.operations.application.RetentionDone;
import cn.gov.wujin.yanghu.operations.application.RetentionSchedule;
import cn.gov.wujin.yanghu.operations.application.RetentionView;
import cn.gov.wujin.yanghu.operations.application.TrustedProxies;
import cn.gov.wujin.yanghu.operations.application.TrustedProxiesView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** How the deployment runs: its trusted proxies and the retention of personal data (ADMIN). */
@Path("admin")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OperationsResource {

    @Inject
    private TrustedProxies proxies;

    @Inject
    private RetentionSchedule retention;

    /** A kind's new term; {@code version} is the one read. */
    @Schema(name = "RetentionRevision", description = "A new retention term for one kind of record.")
    public static class RetentionRevision {
        @Schema(required = true, minimum = "0", maximum = "36500", description = "The term in days (0: as soon as the term starts).",
                example = "365")
        public Integer days;
        @Schema(description = "The version read (GET /api/v1/admin/retention); left out counts as 0. A stale version answers 409.",
                example = "0")
        public long version;
    }

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

    @GET
    @Path("retention")
    @Operation(summary = "Show the retention schedule and what is due", description = """
            For each kind of record with personal data: its term, whether a row past it is deleted or anonymised, the cut-off \
            and how many rows are past it now (the next run handles them). The nightly job runs once per deployment group; \
            cases are never purged by the application and the audit trail is never touched.""")
    @APIResponse(responseCode = "200", description = "Every kind, in a fixed order.")
    public List<RetentionView> retention() {
        return retention.schedule();
    }

    @PUT
    @Path("retention/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a retention term", description = """
            Sets how many days a kind of record is kept: 0 to 36500 (400 naming days otherwise); an unknown kind answers 404; \
            a version other than the current one changes nothing (409). The next run applies it. Audited.""")
    @APIResponse(responseCode = "200", description = "The kind's retention as changed, with what is due under it now.")
    public RetentionView changeRetention(@Parameter(description = "The kind of record.", example = "TIP_PHOTO",
            schema = @Schema(enumeration = {"TIP_PHOTO", "CLOSED_TIP", "NOTIFICATION", "API_TOKEN", "SMS_SENT", "JOB_FAILURE"}))
                                         @PathParam("kind") String kind, @NotNull RetentionRevision revision) {
        return retention.change(kind, revision.days, revision.version);
    }

    @POST
    @Path("retention/run")
    @Operation(summary = "Run the retention now", description = """
            Purges or anonymises now what is past its term, as the nightly job does: in batches of 500, each in its own \
            transaction with one audit row (RETENTION_PURGED, the count in its summary) in the caller's name. Takes no body.""")
    @APIResponse(responseCode = "200", description = "The rows handled per kind, every kind in a fixed order.")
    public List<RetentionDone> runRetention() {
        return retention.runNow();
    }
}
