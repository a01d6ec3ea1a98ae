package cn.gov.wujin.yanghu.fraud.documents;

import java.util.List;

import static cn.gov.wujin.yanghu.fraud.documents.Forms.text;

/**
 * 受案回执: handed to the person who reported, with the case's query code and a QR code of the
 * public lookup address; the stub stays with the station.
 */
final class ReceiptAssembler {

    private ReceiptAssembler() {
    }

    static DocumentContent assemble(DocumentFacts f) {
        String reporter = f.reporter() == null ? Forms.BLANK : text(f.reporter().name());
        List<String> body = List.of(
                "你（单位）于" + Forms.time(f.reportedAt()) + "报称的" + f.caseName() + "我所已受理。",
                "你（单位）可通过" + text(f.stationPhone()) + "联系电话，或者以查询码 " + text(f.receiptCode())
                        + " 在 " + f.lookupUrl() + " 查询案件进展情况（扫描下方二维码即可打开）。");
        DocumentContent.Stub stub = new DocumentContent.Stub(DocumentKind.ACCEPTANCE_RECEIPT.title() + "（存根）", List.of(
                new DocumentContent.Field("文书编号", f.number()),
                new DocumentContent.Field("案件名称", f.caseName()),
                new DocumentContent.Field("案件编号", f.caseNumber()),
                new DocumentContent.Field("报案人", reporter),
                new DocumentContent.Field("受案时间", Forms.time(f.accepted() == null ? null : f.accepted().at())),
                new DocumentContent.Field("受案人", f.accepted() == null ? Forms.BLANK : text(f.accepted().by())),
                new DocumentContent.Field("查询码", text(f.receiptCode())),
                new DocumentContent.Field("填发时间", Forms.day(f.issuedAt())),
                new DocumentContent.Field("填发人", text(f.issuedBy()))));
        return new DocumentContent(DocumentKind.ACCEPTANCE_RECEIPT.name(), DocumentKind.ACCEPTANCE_RECEIPT.title(), f.number(),
                reporter + "：", List.of(), body, null, List.of(f.stationName() + "（印）"), Forms.day(f.issuedAt()),
                f.lookupUrl(), "查询码 " + text(f.receiptCode()), stub);
    }
}
