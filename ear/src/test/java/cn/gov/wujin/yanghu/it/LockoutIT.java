package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Five failed logins in fifteen minutes lock an account; an administrator can unlock it. */
class LockoutIT extends DeployedApplication {

    @Test
    void fiveFailuresLockEvenTheRightPasswordOutUntilUnlocked() throws Exception {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        String user = Fixtures.account(admin, station, "OFFICER");

        for (int i = 1; i <= 4; i++) {
            assertThat(login(user, "wrong-password-" + i).status()).isEqualTo(401);
        }
        // four failures: not yet locked
        assertThat(login(user, Fixtures.PASSWORD).status()).isEqualTo(200);

        for (int i = 1; i <= 5; i++) {
            Api.Reply failed = login(user, "wrong-password-" + i);
            assertThat(failed.status()).isEqualTo(401);
            if (i == 5) {
                assertThat(failed.json().getString("message")).contains("锁定");
            }
        }
        Api.Reply locked = login(user, Fixtures.PASSWORD);
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().getString("message")).contains("已锁定").contains("15");

        long id = accountId(user);
        Api.Reply listed = admin.get("accounts?q=" + user);
        assertThat(listed.json().getJsonArray("rows").getJsonObject(0).getBoolean("locked")).isTrue();

        assertThat(admin.post("accounts/" + id + "/unlock", null).status()).isEqualTo(204);
        assertThat(login(user, Fixtures.PASSWORD).status()).isEqualTo(200);
        assertThat(auditActions(id)).contains("ACCOUNT_LOCKED", "ACCOUNT_UNLOCKED", "LOGIN_FAILED", "LOGIN");
    }

    @Test
    void successfulLoginResetsTheCount() {
        Api admin = Api.demo("admin");
        String user = Fixtures.account(admin, Fixtures.station(admin), "AUXILIARY");
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(login(user, "wrong-password-" + i).status()).isEqualTo(401);
            }
            assertThat(login(user, Fixtures.PASSWORD).status()).isEqualTo(200);
        }
    }

    private static Api.Reply login(String user, String password) {
        return Api.anonymous().post("auth/token", Json.createObjectBuilder().add("username", user).add("password", password).build());
    }

    static long accountId(String username) throws Exception {
        return TestEnv.number("SELECT id FROM account WHERE username = ?", username);
    }

    private static List<Object> auditActions(long accountId) throws Exception {
        return TestEnv.column("SELECT action FROM audit_entry WHERE entity_type = 'Account' AND entity_id = ? ORDER BY id",
                String.valueOf(accountId));
    }
}
