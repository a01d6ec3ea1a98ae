package cn.gov.wujin.yanghu.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AmountTest {

    @Test
    void anAmountIsReadAsTypedAndKeptToTheFen() {
        assertThat(Amount.parse(" 12000.1 ")).map(Amount::toString).hasValue("12000.10");
        assertThat(Amount.parse("3999.99")).map(Amount::value).hasValue(new BigDecimal("3999.99"));
        assertThat(Amount.parse("7")).map(Amount::toString).hasValue("7.00");
        assertThat(Amount.parse("0.01")).get().matches(Amount::isPositive);
    }

    @Test
    void zeroIsAnAmountButNotAPositiveOne() {
        assertThat(Amount.parse("0")).hasValue(Amount.ZERO);
        assertThat(Amount.parse("0.00")).hasValue(Amount.ZERO);
        assertThat(Amount.parse("-0")).hasValue(Amount.ZERO);
        assertThat(Amount.ZERO.isPositive()).isFalse();
        assertThatThrownBy(() -> Amount.positive("transfers[0].amount", Amount.ZERO))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("transfers[0].amount");
                    assertThat(e.messageKey()).isEqualTo("fraud.amount.invalid");
                });
        assertThatThrownBy(() -> Amount.positive("amount", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Amount.present("amountStopped", null)).isInstanceOf(InvalidInputException.class);
        assertThat(Amount.present("amountStopped", Amount.ZERO)).isEqualTo(Amount.ZERO);
    }

    @Test
    void theLargestAmountIsJustBelowATrillionYuan() {
        assertThat(Amount.parse("999999999999.99")).isPresent();
        assertThat(Amount.parse("1000000000000")).isEmpty();
        assertThat(Amount.parse("000000000000001.50")).map(Amount::toString).hasValue("1.50");
    }

    /** ASCII digits only, an optional sign and fraction: what BigDecimal alone would also take is refused. */
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "1e3", "1E+3", "１２３", "12,000.00", "12.", ".5", "+5", "0x1F", "NaN", "Infinity",
            "-1", "-0.01", "1.001", "12.100", "99999999999999999999.99", "1 000"})
    void whatIsNoAmountIsRefused(String text) {
        assertThat(Amount.parse(text)).isEmpty();
        assertThatThrownBy(() -> Amount.parse("amount", text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("amount"));
    }

    @Test
    void noTextIsNoAmount() {
        assertThat(Amount.parse((String) null)).isEmpty();
        assertThat(Amount.isDecimalText(null)).isFalse();
    }

    @Test
    void decimalTextMayBeNegativeOrFine() {
        assertThat(Amount.isDecimalText("-12.345")).isTrue();
        assertThat(Amount.isDecimalText(" 12 ")).isTrue();
        assertThat(Amount.isDecimalText("1e3")).isFalse();
        assertThat(Amount.isDecimalText("１２３")).isFalse();
    }

    @Test
    void decimalsBecomeAmountsByTheSameRules() {
        assertThat(Amount.of(new BigDecimal("1E+3"))).map(Amount::toString).hasValue("1000.00");
        assertThat(Amount.of(new BigDecimal("-1"))).isEmpty();
        assertThat(Amount.of(new BigDecimal("0.001"))).isEmpty();
        assertThat(Amount.of(null)).isEmpty();
    }

    @Test
    void amountsCompareByValue() {
        Amount ten = Amount.parse("10").orElseThrow();
        assertThat(ten).isEqualTo(Amount.parse("10.00").orElseThrow()).hasSameHashCodeAs(Amount.parse("10.0").orElseThrow());
        assertThat(ten.compareTo(Amount.parse("9.99").orElseThrow())).isPositive();
        assertThat(ten.exceeds(new BigDecimal("9.99"))).isTrue();
        assertThat(ten.exceeds(new BigDecimal("10"))).isFalse();
    }
}
