package cn.gov.wujin.yanghu.shared;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount of money in CNY (元): an exact decimal to the fen, never a binary floating-point
 * number. Never negative, at most two decimals, at most 999,999,999,999.99 (the columns hold
 * 14 digits). Zero is an amount (a bank that stopped nothing); what must be more than zero
 * (a transfer, a return) says so with {@link #positive}.
 */
public final class Amount implements Comparable<Amount>, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** ASCII digits with an optional sign and fraction: BigDecimal alone would also take "１２３" and "1e3". */
    private static final Pattern TEXT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private static final int MAX_SCALE = 2;
    private static final int MAX_INTEGER_DIGITS = 12;

    /** The message of every refusal of an amount. */
    public static final String INVALID = "fraud.amount.invalid";

    public static final Amount ZERO = new Amount(BigDecimal.ZERO);

    private final BigDecimal value;

    private Amount(BigDecimal value) {
        this.value = value.setScale(MAX_SCALE);
    }

    /** Whether the text is written as a decimal number at all (the JSON check reads decimal fields so). */
    public static boolean isDecimalText(String text) {
        return text != null && TEXT.matcher(text.strip()).matches();
    }

    /** The amount a person typed ("12000.10", surrounding blanks ignored); empty when it is none. */
    public static Optional<Amount> parse(String text) {
        return isDecimalText(text) ? of(new BigDecimal(text.strip())) : Optional.empty();
    }

    /** The amount, or the refusal of {@code field} ({@value #INVALID}). */
    public static Amount parse(String field, String text) {
        return parse(text).orElseThrow(() -> new InvalidInputException(field, INVALID));
    }

    /** The decimal as an amount; empty when it is negative, finer than a fen or too large. */
    public static Optional<Amount> of(BigDecimal value) {
        if (value == null || value.signum() < 0 || value.scale() > MAX_SCALE || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(value.signum() == 0 ? ZERO : new Amount(value));
    }

    /** The amount when it is more than zero, else the refusal of {@code field}; a missing amount is refused too. */
    public static Amount positive(String field, Amount amount) {
        if (amount == null || !amount.isPositive()) {
            throw new InvalidInputException(field, INVALID);
        }
        return amount;
    }

    /** The amount, or the refusal of {@code field} when there is none. */
    public static Amount present(String field, Amount amount) {
        if (amount == null) {
            throw new InvalidInputException(field, INVALID);
        }
        return amount;
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    /** The value with two decimals, as the columns keep it. */
    public BigDecimal value() {
        return value;
    }

    public boolean exceeds(BigDecimal other) {
        return value.compareTo(other) > 0;
    }

    @Override
    public int compareTo(Amount other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Amount a && value.equals(a.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    /** "12000.10" */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
