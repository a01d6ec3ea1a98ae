package cn.gov.wujin.yanghu.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class ValidationMessagesTest {

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Properties zh = load("ValidationMessages_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).isNotEmpty().isEqualTo(load("ValidationMessages_en.properties").stringPropertyNames());
        assertThat(load("ValidationMessages.properties")).isEqualTo(zh);
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
