package cn.gov.wujin.yanghu.organization.application;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DevicesTest {

    @Test
    void namesCommonClients() {
        assertThat(Devices.describe("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/120.0.0.0 Safari/537.36")).isEqualTo("Chrome · Windows");
        assertThat(Devices.describe("Mozilla/5.0 (Linux; Android 13; V2219A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 "
                + "Chrome/107.0.5304.141 Mobile Safari/537.36 MicroMessenger/8.0.40")).isEqualTo("WeChat · Android");
        assertThat(Devices.describe("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                + "Version/17.1 Mobile/15E148 Safari/604.1")).isEqualTo("Safari · iOS");
        assertThat(Devices.describe("Java-http-client/17.0.9")).isEqualTo("Java");
        assertThat(Devices.describe("curl/8.5.0")).isEqualTo("curl");
        assertThat(Devices.describe("SomeTool/1.0 (custom)")).isEqualTo("SomeTool/1.0");
        assertThat(Devices.describe(null)).isEqualTo("?");
    }
}
