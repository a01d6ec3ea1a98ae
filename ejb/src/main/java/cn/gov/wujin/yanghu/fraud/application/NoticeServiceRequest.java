package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.fraud.domain.ServedDocument;
import cn.gov.wujin.yanghu.fraud.domain.ServiceMethod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** The serving (送达) of a paper of the procedure: which paper, when (default now), how, to whom. */
@Schema(name = "NoticeServiceRequest", description = "The serving (送达) of a paper of the case's procedure to a person.")
public class NoticeServiceRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(required = true, description = CaseDocs.SERVED_DOCUMENT, example = "NOT_FILING_NOTICE")
    private ServedDocument document;

    @Schema(required = true, description = CaseDocs.SERVICE_METHOD, example = "IN_PERSON")
    private ServiceMethod method;

    @Schema(description = "When it was served: not in the future, not before the step that made the paper; now when left out.")
    private OffsetDateTime servedAt;

    @Schema(required = true, maxLength = 100, description = "To whom it was served (the person who reported, or who received it "
            + "for them), not blank.", example = "王丽（报案人本人）")
    private String servedTo;

    public ServedDocument getDocument() {
        return document;
    }

    public void setDocument(ServedDocument document) {
        this.document = document;
    }

    public ServiceMethod getMethod() {
        return method;
    }

    public void setMethod(ServiceMethod method) {
        this.method = method;
    }

    public OffsetDateTime getServedAt() {
        return servedAt;
    }

    public void setServedAt(OffsetDateTime servedAt) {
        this.servedAt = servedAt;
    }

    public String getServedTo() {
        return servedTo;
    }

    public void setServedTo(String servedTo) {
        this.servedTo = servedTo;
    }
}
