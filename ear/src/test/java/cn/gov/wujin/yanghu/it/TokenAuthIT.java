package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/v1/auth/token, and the bearer token every other call needs. */
class TokenAuthIT extends DeployedApplication {

    @Test
    void tokenForGoodCredentialsOpensTheApi() {
        Api.Reply reply = Api.anonymous().post("auth/token", Json.createObjectBuilder()
                .add("username", "officer1").add("password", TestEnv.DEMO_PASSWORD).build());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getString("token")).hasSizeGreaterThan(30);
        assertThat(Instant.parse(reply.json().getString("expiresAt"))).isAfter(Instant.now());

        Api officer = Api.anonymous().withToken(reply.json().getString("token"));
        Api.Reply me = officer.get("me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().getString("username")).isEqualTo("officer1");
        assertThat(me.json().getString("stationCode")).isEqualTo("HT");
        assertThat(me.json().getJsonArray("roles").getString(0)).isEqualTo("OFFICER");
    }

    @Test
    void wrongPasswordAnswers401WithAMessageInTheCallersLanguage() {
        String user = Fixtures.account(Api.demo("admin"), null, "SUPERVISOR");
        Api.Reply zh = Api.anonymous().post("auth/token", Json.createObjectBuilder()
                .add("username", user).add("password", "not-the-password-1").build());
        assertThat(zh.status()).isEqualTo(401);
        assertThat(zh.json().getString("message")).isEqualTo("用户名或密码错误");
        assertThat(zh.wwwAuthenticate()).startsWith("Bearer");

        Api.Reply en = Api.anonymous().inEnglish().post("auth/token", Json.createObjectBuilder()
                .add("username", "nobody-" + TestEnv.unique()).add("password", "whatever-1").build());
        assertThat(en.status()).isEqualTo(401);
        assertThat(en.json().getString("message")).isEqualTo("Wrong username or password");
    }

    @Test
    void missingFieldsAnswer400NamingTheField() {
        Api.Reply reply = Api.anonymous().inEnglish().post("auth/token", Json.createObjectBuilder()
                .add("username", "officer1").build());
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("field")).isEqualTo("password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"me", "stations", "communities", "communities/1", "accounts", "accounts/1", "fraud-cases/1",
            "fraud-cases?identifier=13800000000", "fraud-cases/1/links", "fraud-types", "identifiers/sighting?type=PHONE&value=1"})
    void everyOtherEndpointNeedsAToken(String path) {
        Api.Reply reply = Api.anonymous().get(path);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.wwwAuthenticate()).startsWith("Bearer");
        assertThat(reply.json().getString("error")).isEqualTo("unauthorized");
    }

    @Test
    void forgedAndRevokedTokensAreRefused() {
        Api.Reply forged = Api.anonymous().withToken("forged-token-value-forged-token-value").get("me");
        assertThat(forged.status()).isEqualTo(401);

        Api officer = Api.as("officer1", TestEnv.DEMO_PASSWORD); // its own token: this one is revoked
        assertThat(officer.get("me").status()).isEqualTo(200);
        assertThat(officer.delete("auth/token").status()).isEqualTo(204);
        assertThat(officer.get("me").status()).isEqualTo(401);
    }

    /**
     * What an instance read of a token it keeps a few seconds; a change made anywhere (here straight
     * in the database, as another instance would commit it) is announced and forgotten as soon as the
     * announcement arrives (milliseconds), well before the seconds are up.
     */
    @Test
    void aTokenChangedElsewhereIsRefusedAtItsNextRequest() throws Exception {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        String name = Fixtures.account(admin, station, "OFFICER");
        Api officer = Api.as(name, Fixtures.PASSWORD);
        assertThat(officer.get("me").json().getJsonArray("roles").getString(0)).isEqualTo("OFFICER");
        assertThat(officer.get("me").status()).isEqualTo(200); // now from what the instance kept

        TestEnv.update("UPDATE account_role SET role = 'AUXILIARY' WHERE account_id = (SELECT id FROM account WHERE username = ?)", name);
        assertThat(withinASecond(() -> officer.get("me").json().getJsonArray("roles").getString(0), "AUXILIARY")).isEqualTo("AUXILIARY");

        TestEnv.update("UPDATE api_token SET revoked_at = now() WHERE account_id = (SELECT id FROM account WHERE username = ?)", name);
        assertThat(withinASecond(() -> officer.get("me").status(), 401)).isEqualTo(401);

        Api again = Api.as(name, Fixtures.PASSWORD);
        assertThat(again.get("me").status()).isEqualTo(200);
        TestEnv.update("UPDATE account SET active = false WHERE username = ?", name);
        assertThat(withinASecond(() -> again.get("me").status(), 401)).isEqualTo(401);
    }

    /** The answer once it is the expected one, or the last answer after a second (a kept copy would live 5 s). */
    private static <T> T withinASecond(java.util.function.Supplier<T> answer, T expected) throws InterruptedException {
        long until = System.nanoTime() + 1_000_000_000L;
        T last = answer.get();
        while (!expected.equals(last) && System.nanoTime() < until) {
            Thread.sleep(20);
            last = answer.get();
        }
        return last;
    }

    @Test
    void aMissingRoleAnswers403() {
        Api.Reply reply = Api.demo("officer1").get("accounts");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().getString("error")).isEqualTo("forbidden");
    }
}
