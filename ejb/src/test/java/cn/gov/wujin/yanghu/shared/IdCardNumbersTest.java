package cn.gov.wujin.yanghu.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdCardNumbersTest {

    @Test
    void acceptsValidNumbersIncludingCheckCharacterX() {
        String first17 = "32041219800101123";
        String valid = first17 + IdCardNumbers.checkCharacter(first17);
        assertThat(IdCardNumbers.isValid(valid)).isTrue();
        // the standard's own example: 11010519491231002X
        assertThat(IdCardNumbers.isValid("11010519491231002X")).isTrue();
        assertThat(IdCardNumbers.isValid("11010519491231002x")).isTrue();
    }

    @Test
    void rejectsWrongCheckCharacterDateOrFormat() {
        assertThat(IdCardNumbers.isValid("110105194912310021")).isFalse();
        assertThat(IdCardNumbers.isValid("110105194902300028")).isFalse(); // 30 February
        assertThat(IdCardNumbers.isValid("11010519491231002")).isFalse();
        assertThat(IdCardNumbers.isValid(null)).isFalse();
    }
}
