package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.liaison.application.EnterpriseForm;
import cn.gov.wujin.yanghu.liaison.application.EnterpriseService;
import cn.gov.wujin.yanghu.liaison.application.LiaisonNoticeService;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.EnterpriseView;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.NoticeResult;
import cn.gov.wujin.yanghu.liaison.application.NoticeForm;
import cn.gov.wujin.yanghu.shared.CsvFile;
import cn.gov.wujin.yanghu.shared.Page;
import cn.gov.wujin.yanghu.web.api.contract.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/** Enterprises (企业) under the liaison scheme: register, correct, import, give a liaison, send notices. */
@Path("enterprises")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnterpriseResource {

    /** An enterprise's details with the version they were read at. */
    @Schema(description = "An enterprise's details as they are to be, and the version they were read at. `creditCode` and "
            + "`stationCode` are not read here: they cannot be changed.", requiredProperties = {"name", "sector", "version"})
    public static class EnterpriseUpdate extends EnterpriseForm {
        private static final long serialVersionUID = 1L;
        @Schema(description = "The version of the enterprise as read; a newer one answers 409.", example = "3")
        public long version;
    }

    /** Who becomes the liaison, why, and the version of the record the change is based on. */
    @Schema(description = "Who becomes the liaison officer, why, and the version of the project or enterprise as read.",
            requiredProperties = {"officer", "version"})
    public static class LiaisonRequest {
        @Schema(description = "The username of an active LIAISON of the record's station, not its liaison officer already.",
                example = "liaison1")
        public String officer;
        @Schema(maxLength = 300, description = "Why: kept with the new assignment and as the reason the previous one ended.",
                example = "调整分工")
        public String reason;
        @Schema(description = "The version of the project (or enterprise) as read; a newer one answers 409.", example = "2")
        public long version;
    }

    private static final String VERSION_409 = "Send the `version` you read: a newer one answers 409 (`conflict`), and nothing changes.";

    @Inject
    private EnterpriseService enterprises;

    @Inject
    private LiaisonNoticeService notices;

    @GET
    @Operation(summary = "List enterprises",
            description = "The enterprises the caller sees, by name, a page at a time; contact phones masked. A station head sees "
                    + "the station's enterprises and a bureau supervisor every station's; a liaison officer sees those they are "
                    + "the active liaison of, as a whole or through one of their projects.")
    @APIResponse(responseCode = "200", description = "A page of enterprises and the total number that match.")
    public Page<EnterpriseView> list(
            @Parameter(description = "Only enterprises whose name or credit code contains this text (case matters).",
                    example = "智造")
            @QueryParam("q") String text,
            @Parameter(description = Paging.FIRST)
            @QueryParam("first") @DefaultValue("0") int first,
            @Parameter(description = Paging.SIZE)
            @QueryParam("size") @DefaultValue("50") int size) {
        return enterprises.enterprises(text, first, size);
    }

    @POST
    @Operation(summary = "Register an enterprise",
            description = "Registers an enterprise in a station's area. Its unified social credit code must be valid (18 "
                    + "characters with the check character of GB 32100-2015) and not registered before, at any station. The "
                    + "station is `stationCode`, one the caller sees, or by default the caller's own (a bureau supervisor names "
                    + "one). Every problem of the form is reported at once (400 with `errors`). Written to the audit trail.")
    @APIResponse(responseCode = "201", description = "Registered: the enterprise, its contact phone masked.",
            headers = @Header(name = "Location", description = "The new enterprise's address.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnterpriseView.class)))
    public Response register(@NotNull EnterpriseForm form) {
        EnterpriseView created = enterprises.register(form);
        return Response.created(URI.create("enterprises/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an enterprise",
            description = "One enterprise, its contact phone masked. A liaison officer reads the enterprises they are the "
                    + "active liaison of, as a whole or through one of their projects.")
    @APIResponse(responseCode = "200", description = "The enterprise.")
    public EnterpriseView get(@Parameter(description = "The enterprise's id.", example = "2048") @PathParam("id") long id) {
        return enterprises.enterprise(id);
    }

    @GET
    @Path("{id}/contact-phone")
    @Operation(summary = "Read an enterprise's contact phone in full",
            description = "The contact's phone unmasked, to call them. Every call is written to the audit trail as a view of "
                    + "personal data.")
    @APIResponse(responseCode = "200", description = "The phone; an empty text when the enterprise has none.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    requiredProperties = "contactPhone",
                    properties = @SchemaProperty(name = "contactPhone", type = SchemaType.STRING, example = "13861234567"))))
    public Response contactPhone(@Parameter(description = "The enterprise's id.", example = "2048") @PathParam("id") long id) {
        String phone = enterprises.contactPhone(id);
        return Response.ok(Json.createObjectBuilder().add("contactPhone", phone == null ? "" : phone).build().toString(),
                MediaType.APPLICATION_JSON).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Correct an enterprise's details",
            description = "Replaces the enterprise's name, sector, address, contact name and contact phone with those sent: a "
                    + "field left out is cleared. The contact phone sent back masked as it was read (138****4567) keeps the "
                    + "stored number. " + VERSION_409 + " Every problem of the form is reported at once (400 with `errors`). "
                    + "Written to the audit trail.")
    @APIResponse(responseCode = "200", description = "The enterprise as it is now.")
    public EnterpriseView update(@Parameter(description = "The enterprise's id.", example = "2048") @PathParam("id") long id,
                                 @NotNull EnterpriseUpdate update) {
        return enterprises.update(id, update, update.version);
    }

    @PUT
    @Path("{id}/liaison")
    @Operation(summary = "Give an enterprise as a whole a liaison officer",
            description = "Makes `officer` the liaison officer of the enterprise as a whole, ending its previous one (with "
                    + "`reason` as the reason it ended); the officer also covers its projects that have no liaison officer of "
                    + "their own. The officer must be an active LIAISON of the enterprise's station and not its liaison officer "
                    + "already (400 naming `officer`). The enterprise's version goes up: of two supervisors at once one "
                    + "succeeds and the other gets 409. " + VERSION_409 + " Written to the audit trail.")
    @APIResponse(responseCode = "200", description = "The enterprise with its new liaison officer.")
    public EnterpriseView assignLiaison(@Parameter(description = "The enterprise's id.", example = "2048") @PathParam("id") long id,
                                        @NotNull LiaisonRequest request) {
        return enterprises.assignLiaison(id, request.officer, request.reason, request.version);
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import enterprises and projects from CSV",
            description = "Registers enterprises and their projects from a CSV file: UTF-8 (a byte-order mark is skipped), RFC "
                    + "4180 quoting, at most 10,000 data rows and 5 MiB. The first line is the header, exactly (case and spaces "
                    + "aside): `credit_code,enterprise_name,station_code,sector,address,contact_name,contact_phone,project_name,"
                    + "site_address,stage,investment,signed_on`. One row per project, or per enterprise without a project (empty "
                    + "`project_name`); the rows of one credit code share their enterprise, and an enterprise registered before "
                    + "(at a station the caller sees) gets the new projects. Enterprise columns are checked as "
                    + "`POST /api/v1/enterprises` checks them; `stage` (default SIGNED, a later stage dated `signed_on` or "
                    + "today), `investment` (yuan, two decimals) and `signed_on` (YYYY-MM-DD) may be empty. All rows or none: "
                    + "one problem imports nothing, and every problem is named by row and column (`rows[5].sector`, rows "
                    + "counted as a spreadsheet shows them, the header being row 1; `file` for the file as a whole). Written to "
                    + "the audit trail.")
    @RequestBody(description = "The CSV file.", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    example = "credit_code,enterprise_name,station_code,sector,address,contact_name,contact_phone,project_name,"
                            + "site_address,stage,investment,signed_on\n"
                            + "91320412MA1WXY7K3G,常州星辰电子有限公司,HT,TECHNOLOGY,武进大道1号,孙经理,13912345678,一期厂房,"
                            + "武进大道1号,CONSTRUCTION,50000000,2026-03-01\n"),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "200", description = "Imported: how many enterprises and projects are new.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    requiredProperties = "imported",
                    properties = @SchemaProperty(name = "imported", type = SchemaType.INTEGER, format = "int32", minimum = "0",
                            example = "3"))))
    public Response importCsv(InputStream body) throws IOException {
        // read no more than an import may hold: a larger file is refused (by the service, after its role check), not buffered
        int imported = enterprises.importCsv(body.readNBytes(CsvFile.MAX_BYTES + 1));
        return Response.ok(Json.createObjectBuilder().add("imported", imported).build().toString(), MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("notices")
    @Operation(summary = "Send an anti-fraud notice to enterprises",
            description = "Sends a targeted anti-fraud notice (e.g. about 冒充领导熟人, aimed at accountants) to the contacts of "
                    + "chosen enterprises, all of one station and all seen by the caller (404 otherwise). Each contact with a "
                    + "phone gets the message by SMS: it is queued in the SMS outbox with the notice (kind LIAISON_NOTICE, when "
                    + "the administrator lets that kind go by SMS) and handed to the SMS platform within seconds. The notice is "
                    + "recorded as a confirmed publicity event of kind NOTICE at the station, so it counts with the station's "
                    + "other publicity. Every problem of the form is reported at once (400 with `errors`).")
    @APIResponse(responseCode = "200", description = "Sent: the publicity record, the messages queued, the enterprises without one.")
    @APIResponse(responseCode = "404", description = "An enterprise does not exist or is not one the caller sees.")
    public NoticeResult sendNotice(@NotNull NoticeForm form) {
        return notices.send(form);
    }
}
