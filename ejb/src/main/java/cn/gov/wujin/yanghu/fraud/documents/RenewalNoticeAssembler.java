package cn.gov.wujin.yanghu.fraud.documents;

import java.util.List;

import static cn.gov.wujin.yanghu.fraud.documents.Forms.text;

/**
 * 协助续冻财产通知书: to the bank, for the latest renewal (续冻) of the stop-payment's freeze: the
 * term it ends and the term it runs to. Each renewal has a number of its own.
 */
final class RenewalNoticeAssembler {

    private RenewalNoticeAssembler() {
    }

    static DocumentContent assemble(DocumentFacts f) {
        DocumentFacts.Money m = f.stopPayment();
        DocumentFacts.Renewal r = m.lastRenewal();
        List<String> body = List.of(
                "因侦查" + f.caseName() + "需要，根据《中华人民共和国刑事诉讼法》第一百四十四条之规定，请协助继续冻结下列财产：",
                "该财产于" + Forms.time(m.frozenAt()) + "冻结，原冻结期限至" + Forms.time(r == null ? null : r.previousExpiresAt())
                        + "，自期满之日起继续冻结至" + Forms.time(r == null ? m.expiresAt() : r.newExpiresAt()) + "止。");
        return BankNotices.notice(DocumentKind.RENEWAL_NOTICE, f, body, List.of(
                new DocumentContent.Field("开户银行", text(m.bank())),
                new DocumentContent.Field("账号", text(m.account())),
                new DocumentContent.Field("续冻金额", Forms.yuan(m.frozen())),
                new DocumentContent.Field("续冻期限至", Forms.day(m.expiresAt()))));
    }
}
