package cn.gov.wujin.yanghu.fraud.documents;

import java.util.List;

import static cn.gov.wujin.yanghu.fraud.documents.Forms.text;

/**
 * 不予立案通知书: to the person who reported, with the reason given at the NOT_FILE step and the
 * time within which they may ask for reconsideration (RECONSIDERATION_REQUEST_DAYS of the
 * reference table).
 */
final class NotFilingNoticeAssembler {

    private NotFilingNoticeAssembler() {
    }

    static DocumentContent assemble(DocumentFacts f) {
        DocumentFacts.Step notFiled = f.notFiled();
        String reporter = f.reporter() == null ? Forms.BLANK : text(f.reporter().name());
        String reason = notFiled == null ? Forms.BLANK : text(notFiled.reason());
        List<String> body = List.of(
                "你（单位）于" + Forms.time(f.reportedAt()) + "报称的" + f.caseName() + "，我局经审查认为：" + reason
                        + "。根据《中华人民共和国刑事诉讼法》第一百一十二条之规定，决定不予立案。",
                "如不服本决定，可以在收到本通知书之日起" + f.reconsiderationDays() + "日以内向" + f.authority() + "申请复议。");
        DocumentContent.Stub stub = new DocumentContent.Stub(DocumentKind.NOT_FILING_NOTICE.title() + "（存根）", List.of(
                new DocumentContent.Field("文书编号", f.number()),
                new DocumentContent.Field("案件名称", f.caseName()),
                new DocumentContent.Field("案件编号", f.caseNumber()),
                new DocumentContent.Field("报案人", reporter),
                new DocumentContent.Field("不予立案原因", reason),
                new DocumentContent.Field("批准人", notFiled == null ? Forms.BLANK : text(notFiled.by())),
                new DocumentContent.Field("批准时间", Forms.time(notFiled == null ? null : notFiled.at())),
                new DocumentContent.Field("办案人", text(f.officer())),
                new DocumentContent.Field("填发时间", Forms.day(f.issuedAt())),
                new DocumentContent.Field("填发人", text(f.issuedBy()))));
        return new DocumentContent(DocumentKind.NOT_FILING_NOTICE.name(), DocumentKind.NOT_FILING_NOTICE.title(), f.number(),
                reporter + "：", List.of(), body, null, List.of(f.authority() + "（印）"),
                Forms.day(notFiled == null ? f.issuedAt() : notFiled.at()), null, null, stub);
    }
}
