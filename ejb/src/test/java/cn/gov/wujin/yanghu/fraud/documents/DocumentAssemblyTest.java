package cn.gov.wujin.yanghu.fraud.documents;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentAssemblyTest {

    private static final Instant REPORTED = Instant.parse("2026-03-12T02:20:00Z"); // 10:20 in Beijing

    private static DocumentFacts facts(DocumentFacts.Step notFiled, DocumentFacts.Money money) {
        return new DocumentFacts("武公(湖)受字〔2026〕7号", Instant.parse("2026-03-13T01:00:00Z"), "王建国", "HT-2026-000123", "刷单返利",
                "湖塘派出所", "常州市武进区湖塘", "0519-86000000", REPORTED, "受害人在 QQ 群看到兼职广告。", new BigDecimal("25800.00"),
                new DocumentFacts.Person("王丽", "320412********1238", "139****2468", 36, "公司职员"), "王建国",
                new DocumentFacts.Step(REPORTED.plusSeconds(3600), "王建国", null), null, notFiled, "ABCDEFGH23",
                "https://yanghu.example/public/case.xhtml?code=ABCDEFGH23", 7, money);
    }

    @Test
    void theReceiptCarriesTheQueryCodeAndTheLookupAddressAsQrCode() {
        DocumentContent receipt = DocumentAssembly.of(DocumentKind.ACCEPTANCE_RECEIPT, facts(null, null));
        assertThat(receipt.title()).isEqualTo("受案回执");
        assertThat(receipt.number()).isEqualTo("武公(湖)受字〔2026〕7号");
        assertThat(receipt.addressee()).isEqualTo("王丽：");
        assertThat(receipt.paragraphs().get(0)).contains("2026年3月12日10时20分").contains("王丽被电信网络诈骗（刷单返利）案我所已受理");
        assertThat(receipt.paragraphs().get(1)).contains("ABCDEFGH23").contains("0519-86000000");
        assertThat(receipt.qrText()).isEqualTo("https://yanghu.example/public/case.xhtml?code=ABCDEFGH23");
        assertThat(receipt.stub().fields()).contains(new DocumentContent.Field("文书编号", "武公(湖)受字〔2026〕7号"));
    }

    @Test
    void theNoticeOfNotFilingGivesTheReasonAndTheDaysForReconsideration() {
        DocumentContent notice = DocumentAssembly.of(DocumentKind.NOT_FILING_NOTICE,
                facts(new DocumentFacts.Step(REPORTED.plusSeconds(86_400), "陈志强", "没有犯罪事实"), null));
        assertThat(notice.paragraphs().get(0)).contains("我局经审查认为：没有犯罪事实").contains("决定不予立案");
        assertThat(notice.paragraphs().get(1)).contains("7日以内").contains("申请复议");
        assertThat(notice.date()).isEqualTo("2026年3月13日");
        assertThat(notice.stub()).isNotNull();
    }

    @Test
    void aFreezeNoticeIsAddressedToTheBankWithTheAccountAmountAndTerm() {
        DocumentContent notice = DocumentAssembly.of(DocumentKind.FREEZE_NOTICE, facts(null, new DocumentFacts.Money(77, "中国工商银行",
                "6222021105001234567", new BigDecimal("30000.50"), Instant.parse("2026-03-12T04:00:00Z"),
                Instant.parse("2026-09-12T04:00:00Z"), "ACTIVE")));
        assertThat(notice.addressee()).isEqualTo("中国工商银行：");
        assertThat(notice.fields()).contains(new DocumentContent.Field("账号", "6222021105001234567"),
                new DocumentContent.Field("冻结金额", "30,000.50元"),
                new DocumentContent.Field("冻结期限", "2026年3月12日至2026年9月12日"));
        assertThat(notice.title()).isEqualTo("协助冻结财产通知书");
    }

    @Test
    void theRenewalAndUnfreezeNoticesSayWhatWasRecorded() {
        Instant frozen = Instant.parse("2026-03-12T04:00:00Z");
        DocumentFacts.Money renewed = new DocumentFacts.Money(77, "某银行", "6222", BigDecimal.TEN, frozen, Instant.parse("2027-03-12T04:00:00Z"),
                "RENEWED", new DocumentFacts.Renewal(Instant.parse("2026-09-01T02:00:00Z"), Instant.parse("2026-09-12T04:00:00Z"),
                Instant.parse("2027-03-12T04:00:00Z")), null, null);
        assertThat(String.join("", DocumentAssembly.of(DocumentKind.RENEWAL_NOTICE, facts(null, renewed)).paragraphs()))
                .contains("原冻结期限至2026年9月12日12时0分").contains("继续冻结至2027年3月12日12时0分止");
        DocumentFacts.Money unfrozen = new DocumentFacts.Money(77, "某银行", "6222", BigDecimal.TEN, frozen, Instant.parse("2026-09-12T04:00:00Z"),
                "UNFROZEN", null, Instant.parse("2026-05-06T02:00:00Z"), "资金已查明属案外人合法所有");
        assertThat(String.join("", DocumentAssembly.of(DocumentKind.UNFREEZE_NOTICE, facts(null, unfrozen)).paragraphs()))
                .contains("因资金已查明属案外人合法所有").contains("自2026年5月6日起解除冻结");
    }

    @Test
    void everyKindHasItsTitleAndNumber() {
        DocumentFacts f = facts(null, new DocumentFacts.Money(77, "某银行", "6222", BigDecimal.TEN, REPORTED, REPORTED, "RENEWED"));
        for (DocumentKind kind : DocumentKind.values()) {
            DocumentContent content = DocumentAssembly.of(kind, f);
            assertThat(content.title()).isEqualTo(kind.title());
            assertThat(content.number()).isEqualTo(f.number());
            assertThat(content.kind()).isEqualTo(kind.name());
        }
    }
}
