package cn.gov.wujin.yanghu.fraud.documents;

import java.util.List;

import static cn.gov.wujin.yanghu.fraud.documents.Forms.text;

/** 呈请立案报告书: the officer's report asking the head to file the case, with a place for the head's decision. */
final class FilingReportAssembler {

    private FilingReportAssembler() {
    }

    static DocumentContent assemble(DocumentFacts f) {
        String reporter = f.reporter() == null ? "报案人" : text(f.reporter().name());
        List<String> body = List.of(
                reporter + "于" + Forms.time(f.reportedAt()) + "到我所报案称：" + text(f.narrative()),
                "经审查，被害人损失共计" + Forms.yuan(f.totalLoss()) + "。该案有犯罪事实，需要追究刑事责任，且属于本局管辖。根据《中华人民共和国"
                        + "刑事诉讼法》第一百一十二条之规定，拟对" + f.caseName() + "立案侦查。",
                "妥否，请批示。");
        List<DocumentContent.Field> fields = List.of(
                new DocumentContent.Field("案件编号", f.caseNumber()),
                new DocumentContent.Field("承办单位", f.stationName()),
                new DocumentContent.Field("承办人", text(f.officer())),
                new DocumentContent.Field("受案时间", Forms.time(f.accepted() == null ? null : f.accepted().at())),
                new DocumentContent.Field("领导批示", f.filed() == null ? "" : "同意立案。" + text(f.filed().by()) + " "
                        + Forms.day(f.filed().at())));
        return new DocumentContent(DocumentKind.FILING_REPORT.name(), DocumentKind.FILING_REPORT.title(), f.number(), null, fields,
                body, null, List.of("承办人：" + text(f.officer())), Forms.day(f.issuedAt()), null, null, null);
    }
}
