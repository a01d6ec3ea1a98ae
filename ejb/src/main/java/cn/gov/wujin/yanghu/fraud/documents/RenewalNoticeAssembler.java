package cn.gov.wujin.yanghu.fraud.documents;

import java.util.List;

import static cn.gov.wujin.yanghu.fraud.documents.Forms.text;

/**
 * 协助续冻财产通知书: to the bank, when the stop-payment's freeze was renewed. States the new
 * expiry the stop-payment holds; the renewal's own record (its date and approval) is to be added
 * here once renewals are recorded.
 */
final class RenewalNoticeAssembler {

    private RenewalNoticeAssembler() {
    }

    static DocumentContent assemble(DocumentFacts f) {
        DocumentFacts.Money m = f.stopPayment();
        List<String> body = List.of(
                "因侦查" + f.caseName() + "需要，根据《中华人民共和国刑事诉讼法》第一百四十四条之规定，请协助继续冻结下列财产：",
                "原冻结时间自" + Forms.time(m.frozenAt()) + "起，继续冻结至" + Forms.time(m.expiresAt()) + "止。");
        return BankNotices.notice(DocumentKind.RENEWAL_NOTICE, f, body, List.of(
                new DocumentContent.Field("开户银行", text(m.bank())),
                new DocumentContent.Field("账号", text(m.account())),
                new DocumentContent.Field("续冻金额", Forms.yuan(m.frozen())),
                new DocumentContent.Field("续冻期限至", Forms.day(m.expiresAt()))));
    }
}
