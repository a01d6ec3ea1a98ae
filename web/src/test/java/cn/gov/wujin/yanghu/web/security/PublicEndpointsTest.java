package cn.gov.wujin.yanghu.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicEndpointsTest {

    @Test
    void onlyTheTokenRequestAndAnonymousTipsArePublic() {
        assertThat(PublicEndpoints.isPublic("POST", "/api/v1/auth/token")).isTrue();
        assertThat(PublicEndpoints.isPublic("DELETE", "/api/v1/auth/token")).isFalse();
        assertThat(PublicEndpoints.isPublic("GET", "/api/v1/auth/token")).isFalse();
        assertThat(PublicEndpoints.isPublic("POST", "/api/v1/auth/token/")).isFalse();
        assertThat(PublicEndpoints.isPublic("GET", "/api/v1/stations")).isFalse();
        assertThat(PublicEndpoints.isPublic("POST", "/api/v1/public/tips")).isTrue();
        assertThat(PublicEndpoints.isPublic("GET", "/api/v1/public/tips/ABCDE-FGHJK")).isTrue();
        assertThat(PublicEndpoints.isPublic("GET", "/api/v1/public/tips/")).isFalse();
        assertThat(PublicEndpoints.isPublic("GET", "/api/v1/public/tips")).isFalse();
        assertThat(PublicEndpoints.isPublic("POST", "/api/v1/tips")).isFalse();
        assertThat(PublicEndpoints.isPublic("GET", "/api/v1/tips/1")).isFalse();
    }
}
