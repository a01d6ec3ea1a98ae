package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.operations.application.FirstDay;
import cn.gov.wujin.yanghu.operations.application.RetentionDone;
import cn.gov.wujin.yanghu.operations.application.RetentionSchedule;
import cn.gov.wujin.yanghu.operations.application.RetentionView;
import cn.gov.wujin.yanghu.operations.application.StatisticsSourceSetting;
import cn.gov.wujin.yanghu.operations.application.StatisticsSourceView;
import cn.gov.wujin.yanghu.operations.application.TrustedProxies;
import cn.gov.wujin.yanghu.operations.application.TrustedProxiesView;
import cn.gov.wujin.yanghu.organization.application.AccountImportResult;
import cn.gov.wujin.yanghu.organization.application.ImportPlan;
import cn.gov.wujin.yanghu.shared.CsvFile;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;

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

    @Inject
    private FirstDay firstDay;

    @Inject
    private StatisticsSourceSetting statisticsSource;

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

    /** The source chosen; {@code version} is the one read. */
    @Schema(name = "StatisticsSourceRevision", description = "Where the statistics read from now on.")
    public static class StatisticsSourceRevision {
        @Schema(required = true, enumeration = {"PRIMARY", "STANDBY"}, description = "PRIMARY or STANDBY.", example = "STANDBY")
        public String source;
        @Schema(description = "The version read (GET /api/v1/admin/statistics-source); left out counts as 0. A stale version answers 409.",
                example = "0")
        public long version;
    }

    @GET
    @Path("statistics-source")
    @Operation(summary = "Read where the statistics read", description = """
            PRIMARY or STANDBY, with the read pool (jdbc/yanghu-read) as the instance answering sees it: its URL, whether its \
            server is a standby, and how long ago it replayed its last transaction. The statistics are the dashboards, the \
            monthly report, the figures under /api/v1/stats and the map's heat: reads where a few seconds of lag are acceptable.""")
    @APIResponse(responseCode = "200", description = "The setting and the read pool's state.")
    public StatisticsSourceView statisticsSource() {
        return statisticsSource.setting();
    }

    @PUT
    @Path("statistics-source")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change where the statistics read", description = """
            STANDBY moves the statistics' scans to the read pool (the standby of ./run.sh cluster, or the server the start \
            scripts name); when it cannot be reached they read the primary, so figures never fail for it. Another value answers \
            400 naming source; a version other than the current one changes nothing (409). Holds on every instance within a few \
            seconds. Audited.""")
    @APIResponse(responseCode = "200", description = "The setting as changed.")
    public StatisticsSourceView changeStatisticsSource(@NotNull StatisticsSourceRevision revision) {
        return statisticsSource.change(revision.source, revision.version);
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
            schema = @Schema(enumeration = {"TIP_PHOTO", "CLOSED_TIP", "NOTIFICATION", "API_TOKEN", "SMS_SENT", "JOB_FAILURE",
                    "SHIFT_STEP_KEY", "PATROL_TRACK"}))
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

    @POST
    @Path("import/organization")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import the organisation from CSV", description = """
            The first day's stations, communities and grids from one CSV file: UTF-8 (a byte-order mark is skipped), RFC 4180 \
            quoting, at most 10,000 data rows and 5 MiB. The header, exactly (case and spaces aside): \
            `type,station_code,community_code,grid_code,name_zh,name_en,kind,address,phone`. `type` is STATION (station_code \
            2 to 8 capital letters, names, address and phone optional), COMMUNITY (station_code of a stored station or one of \
            the file, community_code 1 to 20 letters, digits or hyphens, names, kind COMMUNITY or VILLAGE, default COMMUNITY) \
            or GRID (station_code and community_code of a stored or the file's community, grid_code, name_zh, name_en \
            optional); a column that is not the type's must be empty. A record already stored is found by its code and \
            updated (names, kind, address, phone); codes never change. All rows or none: one problem stores nothing, and \
            every problem is named by row and column (`rows[5].stationCode`, rows counted as a spreadsheet shows them, the \
            header being row 1; `file` for the file as a whole). With dryRun=true the rows are checked and the plan answered, \
            and nothing is stored. Each change is written to the audit trail.""")
    @RequestBody(description = "The CSV file.", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    example = "type,station_code,community_code,grid_code,name_zh,name_en,kind,address,phone\n"
                            + "STATION,HT,,,湖塘派出所,Hutang Police Station,,武进区湖塘镇花园街100号,0519-86501110\n"
                            + "COMMUNITY,HT,HT-HY,,花园社区,Huayuan Community,COMMUNITY,,\n"
                            + "GRID,HT,HT-HY,G01,花园一网格,Huayuan Grid 1,,,\n"),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "200", description = "The plan: what was (or, in a dry run, would be) created, changed or left.")
    public ImportPlan importOrganization(
            @Parameter(description = "Check and answer the plan, store nothing.") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            InputStream body) throws IOException {
        // read no more than an import may hold: a larger file is refused (by the service, after its role check), not buffered
        return firstDay.importOrganization(body.readNBytes(CsvFile.MAX_BYTES + 1), dryRun);
    }

    @POST
    @Path("import/accounts")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import accounts from CSV, with one-time passwords", description = """
            The staff's accounts from one CSV file (as the organisation's: UTF-8, RFC 4180, 10,000 rows, 5 MiB). The header, \
            exactly: `username,display_name,station_code,roles,phone`. `roles` lists OFFICER, AUXILIARY, SUPERVISOR, \
            LIAISON, VOLUNTEER or ADMIN separated by `|`; a station role needs a station_code, ADMIN none; phone a mobile \
            number. A new username gets an account with a one-time password that must be changed at the first sign-in on \
            the web (until then POST /api/v1/auth/token answers 409); a stored one is updated (name, station, roles, phone), \
            its password untouched. delivery=LIST answers the new accounts' passwords this once (the page prints them); \
            delivery=SMS queues one message per new account in the SMS outbox (kind SETUP_PASSWORD) and answers none, and a \
            new account without a phone is a problem of its row. All rows or none, every problem named by row and column \
            (`rows[3].roles`); dryRun=true checks and answers the plan, stores and sends nothing. Audited.""")
    @RequestBody(description = "The CSV file.", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    example = "username,display_name,station_code,roles,phone\nwang.wei,王伟,HT,OFFICER|LIAISON,13912345678\n"),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "200", description = "The plan, and with delivery=LIST the one-time passwords.")
    public AccountImportResult importAccounts(
            @Parameter(description = "Check and answer the plan, store and send nothing.") @QueryParam("dryRun") @DefaultValue("false")
            boolean dryRun,
            @Parameter(description = "How the one-time passwords are handed out.", schema = @Schema(enumeration = {"LIST", "SMS"},
                    defaultValue = "LIST")) @QueryParam("delivery") @DefaultValue("LIST") String delivery,
            InputStream body) throws IOException {
        return firstDay.importAccounts(body.readNBytes(CsvFile.MAX_BYTES + 1), dryRun, delivery);
    }
}
