package cn.gov.wujin.yanghu.web.faces;

import cn.gov.wujin.yanghu.shared.Amount;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class NumberTextTest {

    @Test
    void amountsAndCountsHaveTheirThousandsSeparated() {
        assertThat(NumberText.amount("1200000000.00")).isEqualTo("1,200,000,000.00");
        assertThat(NumberText.amount(new BigDecimal("17000.5"))).isEqualTo("17,000.50");
        assertThat(NumberText.amount("0.00")).isEqualTo("0.00");
        assertThat(NumberText.amount(null)).isEmpty();
        assertThat(NumberText.amount("—")).isEqualTo("—");
        assertThat(NumberText.count(1234567L)).isEqualTo("1,234,567");
        assertThat(NumberText.count(12)).isEqualTo("12");
        assertThat(NumberText.number(new BigDecimal("1234.5"))).isEqualTo("1,234.5");
        assertThat(NumberText.number("6.8")).isEqualTo("6.8");
        assertThat(NumberText.tenThousands("120000000.00")).isEqualByComparingTo("12000.0");
    }

    @Test
    void thePageShowsAnAmountGroupedAndTakesItBack() {
        AmountConverter converter = new AmountConverter();
        Amount amount = Amount.parse("12000.10").orElseThrow();
        assertThat(converter.getAsString(null, null, amount)).isEqualTo("12,000.10");
        assertThat(converter.getAsObject(null, null, "12,000.10")).isEqualTo(amount);
        assertThat(converter.getAsObject(null, null, " 12000.10 ")).isEqualTo(amount);
    }
}
