package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.fraud.documents.CaseDocuments;
import cn.gov.wujin.yanghu.fraud.documents.DocumentContent;
import cn.gov.wujin.yanghu.fraud.documents.DocumentEntry;
import cn.gov.wujin.yanghu.fraud.documents.DocumentKind;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.web.pdf.DocumentPdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The procedure's documents of a fraud case (文书) as PDFs: which the case has, and each one. */
@Path("fraud-cases/{id}/documents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CaseDocumentResource {

    @Inject
    private CaseDocuments documents;

    @GET
    @Operation(summary = "List the documents a fraud case can have", description = """
            The procedure's documents of the case: the registration form (CASE_REGISTRATION) and the receipt \
            (ACCEPTANCE_RECEIPT) once accepted, the filing report (FILING_REPORT) while the head decides and once filed, the \
            filing decision (FILING_DECISION) once filed, the notice of not filing (NOT_FILING_NOTICE) when not filed; and for \
            every stop-payment that was frozen its notices to the bank: freeze (FREEZE_NOTICE), renewal (RENEWAL_NOTICE, when \
            renewed) and unfreeze (UNFREEZE_NOTICE, when unfrozen). Each says whether the caller can produce it now and its \
            number once issued. An AUXILIARY produces the registration form and the receipt only. Reading the list issues \
            nothing.""")
    @APIResponse(responseCode = "200", description = "The case's documents, the case's own first, then each frozen stop-payment's.")
    public List<DocumentEntry> list(@Parameter(description = "The case's id.", example = "1042") @PathParam("id") long id) {
        return documents.list(id);
    }

    @GET
    @Path("{kind}")
    @Produces("application/pdf")
    @Operation(summary = "Produce one of a fraud case's documents as a PDF", description = """
            The document as an A4 PDF in the layout of the public forms (公安机关刑事法律文书式样), in Chinese, its serif font \
            embedded: title, number (武公(湖)受字〔2026〕123号: the station's short name, the series, the year, the serial), body, \
            and the stub (存根) on a page of its own where the form has one. The receipt carries the case's query code and a QR \
            code of the public lookup address.

            The number is issued at the first generation, from the station's counter for the Beijing year and series (受: the \
            registration form and the receipt share one; 呈, 立, 不立, 冻, 续冻, 解冻), and never given to another document; \
            the same document produced again keeps its number and date. Every generation is audited (DOCUMENT_ISSUED, then \
            DOCUMENT_REPRINTED). Refused: a kind the case's state does not allow yet, or a bank notice the stop-payment's \
            freeze does not allow (409); a kind the caller's role may not produce (403: an AUXILIARY only the registration \
            form and the receipt); a bank notice without stopPayment (400); an unknown kind or a stop-payment not of the case \
            (404).""")
    @APIResponse(responseCode = "200", description = "The PDF.",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"<kind>-<case id>.pdf\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "The case's state (or the stop-payment's freeze) does not allow this document yet.")
    public Response pdf(@Parameter(description = "The case's id.", example = "1042") @PathParam("id") long id,
                             @Parameter(description = "The kind of document.", schema = @Schema(type = SchemaType.STRING, enumeration = {
                                     "CASE_REGISTRATION", "ACCEPTANCE_RECEIPT", "FILING_REPORT", "FILING_DECISION", "NOT_FILING_NOTICE",
                                     "FREEZE_NOTICE", "RENEWAL_NOTICE", "UNFREEZE_NOTICE"}), example = "ACCEPTANCE_RECEIPT")
                             @PathParam("kind") String kind,
                             @Parameter(description = "For the bank notices (FREEZE_NOTICE, RENEWAL_NOTICE, UNFREEZE_NOTICE): the "
                                     + "stop-payment (money.stopPayments[].id) the notice is about; ignored for the other kinds.",
                                     example = "77")
                             @QueryParam("stopPayment") Long stopPayment) {
        DocumentKind documentKind = Arrays.stream(DocumentKind.values()).filter(k -> k.name().equals(kind == null ? "" : kind.toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new RecordNotFoundException("DocumentKind", kind));
        DocumentContent content = documents.produce(id, documentKind, stopPayment);
        StreamingOutput pdf = out -> DocumentPdf.write(content, out);
        return Response.ok(pdf, "application/pdf").header("Content-Disposition",
                "attachment; filename=\"" + documentKind.name().toLowerCase(Locale.ROOT) + "-" + id + ".pdf\"").build();
    }
}
