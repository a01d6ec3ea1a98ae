package cn.gov.wujin.yanghu.fraud.documents;

import java.util.List;

import static cn.gov.wujin.yanghu.fraud.documents.Forms.text;

/** 受案登记表: the case as it was received, a form of fields; no stub. */
final class RegistrationAssembler {

    private RegistrationAssembler() {
    }

    static DocumentContent assemble(DocumentFacts f) {
        DocumentFacts.Person p = f.reporter();
        List<DocumentContent.Field> fields = List.of(
                new DocumentContent.Field("案件来源", "群众报案"),
                new DocumentContent.Field("报案时间", Forms.time(f.reportedAt())),
                new DocumentContent.Field("报案人姓名", p == null ? Forms.BLANK : text(p.name())),
                new DocumentContent.Field("公民身份号码", p == null ? Forms.BLANK : text(p.idCardNumber())),
                new DocumentContent.Field("年龄", p == null || p.age() == null ? Forms.BLANK : p.age() + "岁"),
                new DocumentContent.Field("职业", p == null ? Forms.BLANK : text(p.occupation())),
                new DocumentContent.Field("联系电话", p == null ? Forms.BLANK : text(p.phone())),
                new DocumentContent.Field("案件编号", f.caseNumber()),
                new DocumentContent.Field("案件类别", "电信网络诈骗（" + f.fraudType() + "）"),
                new DocumentContent.Field("损失金额", Forms.yuan(f.totalLoss())),
                new DocumentContent.Field("简要案情", text(f.narrative())),
                new DocumentContent.Field("受案意见", "属本单位管辖，已受理，按电信网络诈骗案件办理。"),
                new DocumentContent.Field("受案时间", Forms.time(f.accepted() == null ? null : f.accepted().at())),
                new DocumentContent.Field("受案民警", f.accepted() == null ? Forms.BLANK : text(f.accepted().by())),
                new DocumentContent.Field("受案单位", f.stationName()),
                new DocumentContent.Field("查询码", text(f.receiptCode())));
        return new DocumentContent(DocumentKind.CASE_REGISTRATION.name(), DocumentKind.CASE_REGISTRATION.title(), f.number(), null,
                fields, List.of(), null, List.of(f.authority() + f.stationName() + "（印）"), Forms.day(f.issuedAt()),
                null, null, null);
    }
}
