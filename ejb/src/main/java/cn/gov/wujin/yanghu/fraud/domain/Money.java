package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.shared.InvalidInputException;

import java.math.BigDecimal;

/** Amounts in CNY: exact decimals with at most two places (fen), at most 999,999,999,999.99. */
final class Money {

    private Money() {
    }

    static void check(String field, BigDecimal amount, boolean zeroAllowed) {
        if (amount == null || amount.scale() > 2 || amount.precision() - amount.scale() > 12
                || (zeroAllowed ? amount.signum() < 0 : amount.signum() <= 0)) {
            throw new InvalidInputException(field, "fraud.amount.invalid");
        }
    }
}
