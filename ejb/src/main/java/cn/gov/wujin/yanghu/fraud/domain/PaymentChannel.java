package cn.gov.wujin.yanghu.fraud.domain;

/** How money left the victim (DOMAIN.md). */
public enum PaymentChannel {
    BANK_CARD,
    ALIPAY,
    WECHAT_PAY,
    CRYPTO,
    CASH,
    OTHER
}
