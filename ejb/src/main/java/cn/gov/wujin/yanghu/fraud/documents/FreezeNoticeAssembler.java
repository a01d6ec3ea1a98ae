package cn.gov.wujin.yanghu.fraud.documents;

import java.util.List;

import static cn.gov.wujin.yanghu.fraud.documents.Forms.text;

/** 协助冻结财产通知书: to the bank, one per stop-payment: the account, the amount and the term of the freeze. */
final class FreezeNoticeAssembler {

    private FreezeNoticeAssembler() {
    }

    static DocumentContent assemble(DocumentFacts f) {
        DocumentFacts.Money m = f.stopPayment();
        List<String> body = List.of(
                "因侦查" + f.caseName() + "需要，根据《中华人民共和国刑事诉讼法》第一百四十四条之规定，请协助冻结下列财产：",
                "冻结时间自" + Forms.time(m.frozenAt()) + "起至" + Forms.time(m.expiresAt()) + "止。");
        return BankNotices.notice(DocumentKind.FREEZE_NOTICE, f, body, List.of(
                new DocumentContent.Field("开户银行", text(m.bank())),
                new DocumentContent.Field("账号", text(m.account())),
                new DocumentContent.Field("冻结金额", Forms.yuan(m.frozen())),
                new DocumentContent.Field("冻结期限", Forms.day(m.frozenAt()) + "至" + Forms.day(m.expiresAt()))));
    }
}
