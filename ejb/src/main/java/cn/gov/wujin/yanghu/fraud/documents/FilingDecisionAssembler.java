package cn.gov.wujin.yanghu.fraud.documents;

import java.util.List;

import static cn.gov.wujin.yanghu.fraud.documents.Forms.text;

/** 立案决定书: the decision to file, dated the day of the FILE step, with its stub. */
final class FilingDecisionAssembler {

    private FilingDecisionAssembler() {
    }

    static DocumentContent assemble(DocumentFacts f) {
        DocumentFacts.Step filed = f.filed();
        List<String> body = List.of("根据《中华人民共和国刑事诉讼法》第一百一十二条之规定，决定对" + f.caseName() + "立案侦查。");
        DocumentContent.Stub stub = new DocumentContent.Stub(DocumentKind.FILING_DECISION.title() + "（存根）", List.of(
                new DocumentContent.Field("文书编号", f.number()),
                new DocumentContent.Field("案件名称", f.caseName()),
                new DocumentContent.Field("案件编号", f.caseNumber()),
                new DocumentContent.Field("立案时间", Forms.time(filed == null ? null : filed.at())),
                new DocumentContent.Field("批准人", filed == null ? Forms.BLANK : text(filed.by())),
                new DocumentContent.Field("办案单位", f.stationName()),
                new DocumentContent.Field("办案人", text(f.officer())),
                new DocumentContent.Field("填发时间", Forms.day(f.issuedAt())),
                new DocumentContent.Field("填发人", text(f.issuedBy()))));
        return new DocumentContent(DocumentKind.FILING_DECISION.name(), DocumentKind.FILING_DECISION.title(), f.number(), null,
                List.of(), body, null, List.of(f.authority() + "（印）"), Forms.day(filed == null ? f.issuedAt() : filed.at()),
                null, null, stub);
    }
}
