package cn.gov.wujin.yanghu.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpNoticeGatewayTest {

    private static final Map<String, String> VALUES = Map.of("phone", "13812345678", "text", "请回电 \"96110\"\n\\ {phone}", "id", "42");

    @Test
    void theDefaultBodyIsJsonWithEveryValueEscaped() {
        String body = HttpNoticeGateway.render(SmsGatewaySettings.DEFAULT_BODY, VALUES, HttpNoticeGateway::json);
        assertThat(body).isEqualTo("{\"id\":\"42\",\"phone\":\"13812345678\",\"text\":\"请回电 \\\"96110\\\"\\n\\\\ {phone}\"}");
    }

    @Test
    void controlCharactersAndLineSeparatorsAreEscaped() {
        assertThat(HttpNoticeGateway.json("a\tb\u0001c\u2028d\re\bf\fg")).isEqualTo("a\\tb\\u0001c\\u2028d\\re\\bf\\fg");
    }

    @Test
    void aTemplateIsFilledInOnePassSoATextCannotInjectPlaceholders() {
        String body = HttpNoticeGateway.render("{\"to\":\"{phone}\",\"msg\":\"{text}\",\"ref\":\"sms-{id}\"}",
                Map.of("phone", "1", "text", "{id}{phone}$1\\", "id", "7"), HttpNoticeGateway::json);
        assertThat(body).isEqualTo("{\"to\":\"1\",\"msg\":\"{id}{phone}$1\\\\\",\"ref\":\"sms-7\"}");
    }

    @Test
    void aFormBodyAndTheUrlAreUrlEncoded() {
        assertThat(HttpNoticeGateway.render("mobile={phone}&content={text}", Map.of("phone", "138", "text", "预警 a&b=c", "id", "1"),
                HttpNoticeGateway::urlEncoded)).isEqualTo("mobile=138&content=%E9%A2%84%E8%AD%A6+a%26b%3Dc");
        SmsGatewaySettings form = settings(Map.of("YANGHU_SMS_URL", "http://sms.example/send",
                "YANGHU_SMS_CONTENT_TYPE", "application/x-www-form-urlencoded")).orElseThrow();
        assertThat(form.formBody()).isTrue();
    }

    @Test
    void settingsComeWithDefaults() {
        SmsGatewaySettings s = settings(Map.of("YANGHU_SMS_URL", "http://127.0.0.1:28199/sms")).orElseThrow();
        assertThat(s.method()).isEqualTo("POST");
        assertThat(s.body()).isEqualTo(SmsGatewaySettings.DEFAULT_BODY);
        assertThat(s.contentType()).startsWith("application/json");
        assertThat(s.formBody()).isFalse();
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings(Map.of())).as("no URL: the log gateway").isEmpty();
        assertThat(SmsGatewaySettings.propertyName("YANGHU_SMS_CONNECT_TIMEOUT")).isEqualTo("yanghu.sms.connect.timeout");
    }

    @Test
    void wrongSettingsAreNamedAndCredentialsNeverShown() {
        assertThatThrownBy(() -> settings(Map.of("YANGHU_SMS_URL", "ftp://x/"))).hasMessageContaining("YANGHU_SMS_URL");
        assertThatThrownBy(() -> settings(Map.of("YANGHU_SMS_URL", "http://x/", "YANGHU_SMS_METHOD", "DELETE")))
                .hasMessageContaining("YANGHU_SMS_METHOD");
        assertThatThrownBy(() -> settings(Map.of("YANGHU_SMS_URL", "http://x/", "YANGHU_SMS_TIMEOUT", "600")))
                .hasMessageContaining("YANGHU_SMS_TIMEOUT");
        assertThatThrownBy(() -> settings(Map.of("YANGHU_SMS_URL", "http://x/", "YANGHU_SMS_USER", "yanghu")))
                .hasMessageContaining("YANGHU_SMS_PASSWORD");
        Map<String, String> basic = new HashMap<>(Map.of("YANGHU_SMS_URL", "https://sms.example:8443/api/send?mobile={phone}",
                "YANGHU_SMS_USER", "yanghu", "YANGHU_SMS_PASSWORD", "s3cret-pass", "YANGHU_SMS_METHOD", "get"));
        SmsGatewaySettings s = settings(basic).orElseThrow();
        assertThat(s.method()).isEqualTo("GET");
        assertThat(s.toString()).contains("sms.example:8443/api/send").doesNotContain("s3cret").doesNotContain("yanghu:");
    }

    private static Optional<SmsGatewaySettings> settings(Map<String, String> variables) {
        return SmsGatewaySettings.read(variables::get);
    }
}
