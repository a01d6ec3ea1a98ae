package cn.gov.wujin.yanghu.fraud.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierTypeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PHONE|138 1234-5678|13812345678",
            "PHONE|+86 138 1234 5678|13812345678",
            "PHONE|0086-13812345678|13812345678",
            "PHONE|(0519) 8888-1234|051988881234",
            "BANK_ACCOUNT|6222 0212 3456 7890 123|6222021234567890123",
            "WECHAT|  WXid_Fraud88 |wxid_fraud88",
            "QQ|12345 6789|123456789",
            "URL|HTTPS://WWW.Fake-Invest.COM/|fake-invest.com",
            "URL|http://www.example.com/Pay/Now/|example.com/Pay/Now",
            "URL|example.com|example.com",
            "PAYMENT_ACCOUNT| Fraud@Example.com |fraud@example.com",
            "APP|  Quick   Loan  |quick loan",
            "IP|010.001.002.003|10.1.2.3",
    })
    void normalisesWhatPeopleType(IdentifierType type, String raw, String normalized) {
        assertThat(type.normalize(raw)).contains(normalized);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PHONE|call me",
            "BANK_ACCOUNT|62-ab",
            "QQ|0123",
            "URL|not a url",
            "IP|300.1.1.1",
            "WECHAT|a",
            "PHONE|'   '",
    })
    void refusesWhatIsNoIdentifierOfThatKind(IdentifierType type, String raw) {
        assertThat(type.normalize(raw)).isEmpty();
    }
}
