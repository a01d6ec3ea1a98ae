package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.shared.InvalidInputException;

import java.math.BigDecimal;

/** Amounts in CNY: exact decimals with at most two places (fen), at most 999,999,999,999.99. */
public final class Money {

    private Money() {
    }

    /**
     * An amount as typed: ASCII digits with an optional fraction ("12000.10"). BigDecimal alone
     * would also take full-width digits and exponents ("１２３", "1e3").
     *
     * @throws NumberFormatException when the text is no such amount
     */
    public static BigDecimal parse(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("-?[0-9]+(\\.[0-9]+)?")) {
            throw new NumberFormatException("not an amount: " + text);
        }
        return new BigDecimal(t);
    }

    static void check(String field, BigDecimal amount, boolean zeroAllowed) {
        if (amount == null || amount.scale() > 2 || amount.precision() - amount.scale() > 12
                || (zeroAllowed ? amount.signum() < 0 : amount.signum() <= 0)) {
            throw new InvalidInputException(field, "fraud.amount.invalid");
        }
    }
}
