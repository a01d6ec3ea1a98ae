package cn.gov.wujin.yanghu.fraud.documents;

/** Which assembler writes which kind: one small assembler per kind. */
public final class DocumentAssembly {

    private DocumentAssembly() {
    }

    public static DocumentContent of(DocumentKind kind, DocumentFacts facts) {
        return switch (kind) {
            case CASE_REGISTRATION -> RegistrationAssembler.assemble(facts);
            case ACCEPTANCE_RECEIPT -> ReceiptAssembler.assemble(facts);
            case FILING_REPORT -> FilingReportAssembler.assemble(facts);
            case FILING_DECISION -> FilingDecisionAssembler.assemble(facts);
            case NOT_FILING_NOTICE -> NotFilingNoticeAssembler.assemble(facts);
            case FREEZE_NOTICE -> FreezeNoticeAssembler.assemble(facts);
            case RENEWAL_NOTICE -> RenewalNoticeAssembler.assemble(facts);
            case UNFREEZE_NOTICE -> UnfreezeNoticeAssembler.assemble(facts);
        };
    }
}
