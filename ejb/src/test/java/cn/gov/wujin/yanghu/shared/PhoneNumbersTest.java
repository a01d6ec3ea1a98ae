package cn.gov.wujin.yanghu.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "13812345678|13812345678",
            "138 1234-5678|13812345678",
            "+86 138 1234 5678|13812345678",
            "+8613812345678|13812345678",
            "0086-13812345678|13812345678",
            "(0519) 8888-1234|051988881234",
            "0519.8888.1234|051988881234",
            "'\t138 1234 5678 '|13812345678",
            "96110|96110",
            "12345678901234567890|12345678901234567890",
    })
    void removesWhatPeopleTypeAroundTheDigits(String raw, String normalized) {
        assertThat(PhoneNumbers.normalize(raw)).contains(normalized);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "call me",
            "138-abcd-5678",
            "1234",
            "123456789012345678901",
            "+86",
            "'   '",
            "138****5678",
            "+1 (555) 0100-x",
    })
    void refusesWhatIsNoPhoneNumber(String raw) {
        assertThat(PhoneNumbers.normalize(raw)).isEmpty();
    }

    @Test
    void refusesNothingAndWhatIsTooLongToBeTyped() {
        assertThat(PhoneNumbers.normalize(null)).isEmpty();
        assertThat(PhoneNumbers.normalize(" ".repeat(290) + "13812345678")).isEmpty();
        assertThat(PhoneNumbers.normalize(" ".repeat(280) + "13812345678")).contains("13812345678");
    }

    @Test
    void takesTheCountryPrefixOnlyAtTheStart() {
        assertThat(PhoneNumbers.normalize("138 0086 1234")).contains("13800861234");
        assertThat(PhoneNumbers.normalize("0086 0086 1234")).contains("00861234");
    }
}
