package cn.gov.wujin.yanghu.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The headers that keep pages out of frames, scripts to our own, and the session cookie to us. */
class SecurityHeadersIT extends DeployedApplication {

    @Test
    void pagesCarryAContentSecurityPolicyWithAScriptNonce() throws Exception {
        HttpResponse<String> page = Api.getAbsolute(TestEnv.baseUrl().resolve("login.xhtml"));
        assertThat(page.statusCode()).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'")
                .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.body()).doesNotContain("onclick=");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
        HttpResponse<String> page = Api.getAbsolute(TestEnv.baseUrl().resolve("login.xhtml"));
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void apiAnswersCarryARestrictivePolicyAndAreNotCached() throws Exception {
        HttpResponse<String> api = Api.getAbsolute(TestEnv.baseUrl().resolve("api/v1/stations"));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(api.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void pagesNeedALoginAndRedirectThereKeepingTheTarget() throws Exception {
        HttpResponse<String> page = Api.getAbsolute(TestEnv.baseUrl().resolve("admin/accounts.xhtml"));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow())
                .contains("/login.xhtml?next=%2Fadmin%2Faccounts.xhtml");
    }

    @Test
    void answersNameNeitherTheServerProductNorItsVersion() throws Exception {
        for (String path : new String[]{"login.xhtml", "api/v1/stations", "api/v1/no-such-thing", "no-such-page.xhtml"}) {
            HttpResponse<String> answer = Api.getAbsolute(TestEnv.baseUrl().resolve(path));
            assertThat(answer.headers().firstValue("Server")).as(path).isEmpty();
            assertThat(answer.headers().firstValue("X-Powered-By")).as(path).isEmpty();
            assertThat(answer.body()).as(path).doesNotContainPattern(TestEnv.INTERNALS);
        }
    }

    @Test
    void signingInGivesANewSessionAndTheOldOneStaysSignedOut() {
        PageSession person = PageSession.anonymous();
        assertThat(person.get("login.xhtml").status()).isEqualTo(200);
        String before = person.sessionId();
        assertThat(before).as("the login page starts a session").isNotEmpty();
        person.signInHere("officer1", TestEnv.DEMO_PASSWORD);
        assertThat(person.sessionId()).as("session id after login").isNotEmpty().isNotEqualTo(before);
        assertThat(person.get("index.xhtml").status()).isEqualTo(200);

        PageSession attacker = PageSession.withSession(before);
        PageSession.Reply fixed = attacker.get("index.xhtml");
        assertThat(fixed.status()).as("the session id known before login opens nothing").isEqualTo(302);
        assertThat(fixed.location()).contains("/login.xhtml");
    }

    @Test
    void thePhoneAppsShellIsPublicWithAPolicyOfItsOwn() throws Exception {
        HttpResponse<String> shell = Api.getAbsolute(TestEnv.baseUrl().resolve("m/"));
        assertThat(shell.statusCode()).as("the shell opens without a session").isEqualTo(200);
        assertThat(shell.body()).contains("manifest.webmanifest").contains("js/app.js");
        String csp = shell.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'").contains("connect-src 'self'").contains("worker-src 'self'")
                .contains("manifest-src 'self'").contains("img-src 'self' blob: data:").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(shell.headers().firstValue("Cache-Control")).contains("no-cache");
        HttpResponse<String> manifest = Api.getAbsolute(TestEnv.baseUrl().resolve("m/manifest.webmanifest"));
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/manifest+json");
        HttpResponse<String> worker = Api.getAbsolute(TestEnv.baseUrl().resolve("m/sw.js"));
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.body()).doesNotContain("${").containsPattern("const VERSION = '[^']+-\\d{14}'");
        // the pages keep their own policy
        String page = Api.getAbsolute(TestEnv.baseUrl().resolve("login.xhtml")).headers().firstValue("Content-Security-Policy")
                .orElseThrow();
        assertThat(page).doesNotContain("worker-src");
    }
}
