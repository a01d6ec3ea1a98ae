package cn.gov.wujin.yanghu.web.pages.fraud;

import cn.gov.wujin.yanghu.fraud.documents.CaseDocuments;
import cn.gov.wujin.yanghu.fraud.documents.DocumentContent;
import cn.gov.wujin.yanghu.fraud.documents.DocumentEntry;
import cn.gov.wujin.yanghu.fraud.documents.DocumentKind;
import cn.gov.wujin.yanghu.web.faces.FacesDownloads;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.pdf.DocumentPdf;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The documents panel of the case page ({@code fraud/case.xhtml}, included from
 * {@code WEB-INF/includes/case-documents.xhtml}): the case's documents, read again whenever the
 * case's version changes (a step taken on the page), and printing one as a PDF download.
 */
@Named
@ViewScoped
public class CaseDocumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseDocuments documents;

    @Inject
    private CaseDetailBacking caseDetail;

    private List<DocumentEntry> listed;
    private Long listedFor;
    private Long listedAtVersion;

    public List<DocumentEntry> getDocuments() {
        if (caseDetail.getFraudCase() == null) {
            return List.of();
        }
        Long id = caseDetail.getFraudCase().id();
        Long version = caseDetail.getFraudCase().version();
        if (listed == null || !id.equals(listedFor) || !version.equals(listedAtVersion)) {
            listed = documents.list(id);
            listedFor = id;
            listedAtVersion = version;
        }
        return listed;
    }

    /** The document as a PDF download (a non-Ajax request); its number is issued now if it was not yet. */
    public void print(DocumentEntry entry) throws IOException {
        DocumentContent content;
        try {
            content = documents.produce(caseDetail.getFraudCase().id(), DocumentKind.valueOf(entry.kind()), entry.stopPayment());
        } catch (RuntimeException e) {
            FacesErrors.show(e, "detail");
            return;
        }
        listed = null;
        FacesDownloads.pdf(entry.kind().toLowerCase(Locale.ROOT) + "-" + caseDetail.getFraudCase().id() + ".pdf",
                out -> DocumentPdf.write(content, out));
    }
}
