package cn.gov.wujin.yanghu.statistics.application;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares and averages as the figures give them: decimal strings, null when there is nothing to divide by. */
public final class Rates {

    /** A share as the API document describes it ({@link #share}): four decimals. */
    public static final String SHARE_PATTERN = "^[0-9]+\\.[0-9]{4}$";

    /** What the API document says of every share. */
    public static final String SHARE_TEXT = "A decimal string with four places (0.1234 is 12.34 %); left out when the divisor is 0.";

    /** An amount of the figures: yuan with two decimals. */
    public static final String YUAN_PATTERN = "^[0-9]+\\.[0-9]{2}$";

    private Rates() {
    }

    /** part ÷ whole with four places (0.1234 is 12.34 %). */
    public static String share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).toPlainString();
    }

    /** amount ÷ whole with two places. */
    static String ratio(BigDecimal amount, long whole) {
        return whole == 0 ? null : amount.divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).toPlainString();
    }

    static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }
}
