package cn.gov.wujin.yanghu.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One's open API tokens (device, address, last use), ending one from another client, and an administrator ending all. */
class SessionsIT extends DeployedApplication {

    @Test
    void aPersonSeesTheirTokensAndEndsOneFromAnotherClientAndAnAdministratorEndsAll() throws Exception {
        Api admin = Api.demo("admin");
        String user = Fixtures.account(admin, Fixtures.station(admin), "LIAISON");
        Api laptop = Api.as(user, Fixtures.PASSWORD);
        Api phone = Api.as(user, Fixtures.PASSWORD);
        assertThat(phone.get("me").status()).isEqualTo(200);

        List<JsonObject> open = laptop.get("me/sessions").array().stream().map(JsonValue::asJsonObject).toList();
        assertThat(open).hasSize(2).allMatch(s -> s.getString("kind").equals("API_TOKEN"))
                .allMatch(s -> s.getString("device").equals("Java") && !s.getString("address").isBlank());
        assertThat(open.stream().filter(s -> s.getBoolean("current"))).hasSize(1);
        JsonObject other = open.stream().filter(s -> !s.getBoolean("current")).findFirst().orElseThrow();
        assertThat(other.isNull("lastUsedAt")).as("the phone's use is noted").isFalse();

        // someone else's token is not one's own to end
        assertThat(Api.demo("officer1").delete("me/tokens/" + other.getJsonNumber("id").longValue()).status()).isEqualTo(404);
        assertThat(laptop.delete("me/tokens/" + other.getJsonNumber("id").longValue()).status()).isEqualTo(204);
        assertThat(phone.get("me").status()).as("ended from the laptop: refused on its next request").isEqualTo(401);
        assertThat(laptop.delete("me/tokens/" + other.getJsonNumber("id").longValue()).status()).isEqualTo(404);
        assertThat(laptop.get("me/sessions").array()).hasSize(1);

        long id = LockoutIT.accountId(user);
        assertThat(Api.demo("head1").post("accounts/" + id + "/sessions/end", null).status()).isEqualTo(403);
        assertThat(admin.post("accounts/" + id + "/sessions/end", null).status()).isEqualTo(204);
        assertThat(laptop.get("me").status()).isEqualTo(401);
        assertThat(TestEnv.column("SELECT action FROM audit_entry WHERE entity_type = 'Account' AND entity_id = ? ORDER BY id",
                String.valueOf(id))).contains("TOKEN_REVOKED", "SESSION_ENDED");
    }
}
