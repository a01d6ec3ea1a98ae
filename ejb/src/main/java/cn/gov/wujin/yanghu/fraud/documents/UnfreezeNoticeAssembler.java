package cn.gov.wujin.yanghu.fraud.documents;

import java.util.List;

import static cn.gov.wujin.yanghu.fraud.documents.Forms.text;

/**
 * 协助解冻财产通知书: to the bank, when the stop-payment's freeze was lifted (解冻), with the reason
 * and the day recorded with the unfreeze.
 */
final class UnfreezeNoticeAssembler {

    private UnfreezeNoticeAssembler() {
    }

    static DocumentContent assemble(DocumentFacts f) {
        DocumentFacts.Money m = f.stopPayment();
        List<String> body = List.of(
                "因" + text(m.unfreezeReason()) + "，根据《中华人民共和国刑事诉讼法》第一百四十五条之规定，请协助解除对下列财产的冻结：",
                "该财产原于" + Forms.time(m.frozenAt()) + "冻结，自" + Forms.day(m.unfrozenAt()) + "起解除冻结。");
        return BankNotices.notice(DocumentKind.UNFREEZE_NOTICE, f, body, List.of(
                new DocumentContent.Field("开户银行", text(m.bank())),
                new DocumentContent.Field("账号", text(m.account())),
                new DocumentContent.Field("解冻金额", Forms.yuan(m.frozen()))));
    }
}
