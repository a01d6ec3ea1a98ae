package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.liaison.application.EnterpriseForm;
import cn.gov.wujin.yanghu.liaison.application.EnterpriseService;
import cn.gov.wujin.yanghu.liaison.application.LiaisonNoticeService;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.EnterpriseView;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.NoticeResult;
import cn.gov.wujin.yanghu.liaison.application.NoticeForm;
import cn.gov.wujin.yanghu.shared.CsvFile;
import cn.gov.wujin.yanghu.shared.Page;
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
    public static class EnterpriseUpdate extends EnterpriseForm {
        private static final long serialVersionUID = 1L;
        public long version;
    }

    /** Who becomes the liaison, why, and the version of the record the change is based on. */
    public static class LiaisonRequest {
        public String officer;
        public String reason;
        public long version;
    }

    @Inject
    private EnterpriseService enterprises;

    @Inject
    private LiaisonNoticeService notices;

    @GET
    @Operation(summary = "Enterprises the caller sees (supervisor: the station's; liaison: those of their projects)")
    public Page<EnterpriseView> list(@QueryParam("q") String text, @QueryParam("first") @DefaultValue("0") int first,
                                     @QueryParam("size") @DefaultValue("50") int size) {
        return enterprises.enterprises(text, first, size);
    }

    @POST
    @Operation(summary = "Register an enterprise (SUPERVISOR); the unified social credit code is checked")
    public Response register(@NotNull EnterpriseForm form) {
        EnterpriseView created = enterprises.register(form);
        return Response.created(URI.create("enterprises/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public EnterpriseView get(@PathParam("id") long id) {
        return enterprises.enterprise(id);
    }

    @GET
    @Path("{id}/contact-phone")
    @Operation(summary = "The contact's phone in full (audited)")
    public Response contactPhone(@PathParam("id") long id) {
        String phone = enterprises.contactPhone(id);
        return Response.ok(Json.createObjectBuilder().add("contactPhone", phone == null ? "" : phone).build().toString(),
                MediaType.APPLICATION_JSON).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Correct an enterprise's details (SUPERVISOR); a masked phone sent back keeps the number; 409 when stale")
    public EnterpriseView update(@PathParam("id") long id, @NotNull EnterpriseUpdate update) {
        return enterprises.update(id, update, update.version);
    }

    @PUT
    @Path("{id}/liaison")
    @Operation(summary = "Give the enterprise as a whole a liaison officer, ending the previous one (SUPERVISOR); 409 when stale")
    public EnterpriseView assignLiaison(@PathParam("id") long id, @NotNull LiaisonRequest request) {
        return enterprises.assignLiaison(id, request.officer, request.reason, request.version);
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import enterprises and projects from CSV (SUPERVISOR; UTF-8, RFC 4180 quoting, at most 10,000 rows "
            + "and 5 MiB): all rows or none, problems named by row and column")
    public Response importCsv(InputStream body) throws IOException {
        // read no more than an import may hold: a larger file is refused (by the service, after its role check), not buffered
        int imported = enterprises.importCsv(body.readNBytes(CsvFile.MAX_BYTES + 1));
        return Response.ok(Json.createObjectBuilder().add("imported", imported).build().toString(), MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("notices")
    @Operation(summary = "Send a targeted anti-fraud notice to the contacts of chosen enterprises; recorded as publicity. "
            + "delivered counts the messages queued in the SMS outbox, which sends them within seconds")
    public NoticeResult notice(@NotNull NoticeForm form) {
        return notices.send(form);
    }
}
