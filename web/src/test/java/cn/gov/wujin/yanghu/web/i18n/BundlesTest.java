package cn.gov.wujin.yanghu.web.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text exists in both languages: a key missing in one shows up as a raw key on a page. */
class BundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"cn/gov/wujin/yanghu/web/i18n/messages", "cn/gov/wujin/yanghu/web/i18n/faces"})
    void chineseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties zh = load(bundle + "_zh_CN.properties");
        Properties en = load(bundle + "_en.properties");
        assertThat(zh.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
        assertThat(load(bundle + ".properties")).isEqualTo(zh); // the fallback is Chinese
    }

    @Test
    void unsupportedLanguagesFallBackToChinese() {
        assertThat(Messages.get(Locale.GERMAN, "login.invalid")).isEqualTo("用户名或密码错误");
        assertThat(Messages.get(null, "login.invalid")).isEqualTo("用户名或密码错误");
        assertThat(Messages.get(Locale.US, "login.invalid")).isEqualTo("Wrong username or password");
        assertThat(Messages.get(Locale.ENGLISH, "login.locked", 15)).contains("15 minutes");
    }

    @Test
    void unknownKeysShowTheKey() {
        assertThat(Messages.get(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
