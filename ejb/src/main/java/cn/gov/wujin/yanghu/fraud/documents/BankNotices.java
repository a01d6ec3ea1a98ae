package cn.gov.wujin.yanghu.fraud.documents;

import java.util.List;

import static cn.gov.wujin.yanghu.fraud.documents.Forms.text;

/** What the three notices to a bank share: addressed to the bank, signed by the bureau, a stub the station keeps. */
final class BankNotices {

    private BankNotices() {
    }

    static DocumentContent notice(DocumentKind kind, DocumentFacts f, List<String> body, List<DocumentContent.Field> fields) {
        DocumentFacts.Money m = f.stopPayment();
        DocumentContent.Stub stub = new DocumentContent.Stub(kind.title() + "（存根）", List.of(
                new DocumentContent.Field("文书编号", f.number()),
                new DocumentContent.Field("案件名称", f.caseName()),
                new DocumentContent.Field("案件编号", f.caseNumber()),
                new DocumentContent.Field("协助单位", text(m.bank())),
                new DocumentContent.Field("账号", text(m.account())),
                new DocumentContent.Field("金额", Forms.yuan(m.frozen())),
                new DocumentContent.Field("办案单位", f.stationName()),
                new DocumentContent.Field("办案人", text(f.officer())),
                new DocumentContent.Field("填发时间", Forms.day(f.issuedAt())),
                new DocumentContent.Field("填发人", text(f.issuedBy()))));
        return new DocumentContent(kind.name(), kind.title(), f.number(), text(m.bank()) + "：", fields, body, null,
                List.of(f.authority() + "（印）"), Forms.day(f.issuedAt()), null, null, stub);
    }
}
