package cn.gov.wujin.yanghu.web.faces;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts and counts as people read them: thousands separated by commas ("1,200,000,000.00"),
 * the same in Chinese and English, on every page (through {@link Numbers}),
 * in the Excel and PDF exports and in the reports. The records keep plain decimals
 * ("1200000000.00", the API's form); only what is shown is grouped.
 */
public final class NumberText {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private NumberText() {
    }

    /** "1,200,000,000.00": an amount of CNY with its two decimals; "" for none, the text itself when it is no number. */
    public static String amount(Object value) {
        BigDecimal decimal = decimal(value);
        return decimal == null ? text(value) : format(decimal.setScale(2, RoundingMode.HALF_UP));
    }

    /** "12,345": a count; "" for none. */
    public static String count(Object value) {
        BigDecimal decimal = decimal(value);
        return decimal == null ? text(value) : format(decimal.setScale(0, RoundingMode.HALF_UP));
    }

    /** "1,234.5": a number with the decimals it has (hours, points, averages). */
    public static String number(Object value) {
        BigDecimal decimal = decimal(value);
        return decimal == null ? text(value) : format(decimal);
    }

    /** An amount of CNY in 万元 (10,000 yuan) with one decimal, for the columns and charts that say so: "120,000.0". */
    public static BigDecimal tenThousands(Object value) {
        BigDecimal decimal = decimal(value);
        return decimal == null ? BigDecimal.ZERO.setScale(1) : decimal.divide(TEN_THOUSAND, 1, RoundingMode.HALF_UP);
    }

    private static String format(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(value);
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        String text = value == null ? "" : value.toString().strip();
        if (text.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return new BigDecimal(text);
        }
        return null;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
