package cn.gov.wujin.yanghu.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void idCardNumberKeepsRegionCodeAndLastFour() {
        assertThat(Masking.idCardNumber("320412198001011234")).isEqualTo("320412********1234");
    }

    @Test
    void phoneKeepsFirstThreeAndLastFour() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("138 1234-5678")).isEqualTo("138****5678");
    }

    @Test
    void bankAccountKeepsLastFour() {
        assertThat(Masking.bankAccount("6222 0212 3456 7890")).isEqualTo("************7890");
    }

    @Test
    void aNameKeepsTheSurnameOnlyAndHidesItsLength() {
        assertThat(Masking.personName("张三丰")).isEqualTo("张**");
        assertThat(Masking.personName("张三")).isEqualTo("张**");
        assertThat(Masking.personName(" 王 ")).isEqualTo("王**");
        assertThat(Masking.personName("\uD842\uDFB7某")).as("a surname outside the basic plane stays whole").isEqualTo("\uD842\uDFB7**");
        assertThat(Masking.personName(null)).isNull();
        assertThat(Masking.personName(" ")).isEqualTo(" ");
    }

    @Test
    void shortAndEmptyValuesNeverShowMoreThanTheTail() {
        assertThat(Masking.phone("12345")).isEqualTo("*2345");
        assertThat(Masking.phone("123")).isEqualTo("***");
        assertThat(Masking.idCardNumber(null)).isNull();
        assertThat(Masking.phone("")).isEmpty();
    }
}
