package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-factor sign-in through the API: enrolling an authenticator app with codes computed here,
 * tokens with otp, codes and recovery codes accepted once, the lockout counting wrong codes, and
 * an administrator's reset (audited, the person told).
 */
class SecondFactorIT extends DeployedApplication {

    @Test
    void enrolSignInWithCodesOnceEachAndAnAdministratorResets() throws Exception {
        Api admin = Api.demo("admin");
        String user = Fixtures.account(admin, Fixtures.station(admin), "OFFICER");
        Api me = Api.as(user, Fixtures.PASSWORD);

        assertThat(me.get("me/second-factor").json().getBoolean("totp")).isFalse();
        JsonObject enrolment = me.post("me/second-factor/totp", null).json();
        String secret = enrolment.getString("secret");
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(enrolment.getString("otpauthUri")).startsWith("otpauth://totp/Yanghu%3A" + user + "?secret=" + secret)
                .contains("issuer=Yanghu", "digits=6", "period=30");
        // not confirmed yet: the password alone still signs in
        assertThat(login(user, Fixtures.PASSWORD, null).status()).isEqualTo(200);

        Api.Reply wrong = me.post("me/second-factor/totp/confirmation", Json.createObjectBuilder().add("code", "000000").build());
        if (!TotpCodes.code(secret, 0).equals("000000")) {
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.json().getString("field")).isEqualTo("code");
        }
        Api.Reply confirmed = me.post("me/second-factor/totp/confirmation",
                Json.createObjectBuilder().add("code", TotpCodes.code(secret, 0)).build());
        assertThat(confirmed.status()).isEqualTo(200);
        List<String> recovery = confirmed.json().getJsonArray("recoveryCodes").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList();
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z0-9]{5}-[A-Z0-9]{5}"));
        assertThat(TestEnv.column("SELECT code_hash FROM recovery_code WHERE account_id = ?", LockoutIT.accountId(user)))
                .as("stored hashed").hasSize(10).noneMatch(h -> recovery.contains(h.toString()));
        assertThat(me.post("me/second-factor/totp", null).status()).as("a confirmed factor is not swapped").isEqualTo(409);

        // the password alone is not enough now
        Api.Reply asked = login(user, Fixtures.PASSWORD, null);
        assertThat(asked.status()).isEqualTo(401);
        assertThat(asked.json().getString("error")).isEqualTo("second_factor_required");
        assertThat(login(user, "wrong-password-1", TotpCodes.code(secret, 1)).json().getString("error")).isEqualTo("unauthorized");

        // the next step's code once (the confirmation used this step's)
        String next = TotpCodes.code(secret, 1);
        assertThat(login(user, Fixtures.PASSWORD, next).status()).isEqualTo(200);
        assertThat(login(user, Fixtures.PASSWORD, next).status()).as("a code is accepted once").isEqualTo(401);

        // a recovery code once, in any case and without its dash
        assertThat(login(user, Fixtures.PASSWORD, recovery.get(3).toLowerCase().replace("-", "")).status()).isEqualTo(200);
        assertThat(login(user, Fixtures.PASSWORD, recovery.get(3)).status()).as("used up").isEqualTo(401);
        JsonObject status = me.get("me/second-factor").json();
        assertThat(status.getBoolean("totp")).isTrue();
        assertThat(status.getInt("recoveryCodesLeft")).isEqualTo(9);

        // a lost phone: the administrator resets, the person is told and signs in with the password again
        long id = LockoutIT.accountId(user);
        assertThat(Api.demo("officer1").post("accounts/" + id + "/second-factor/reset", null).status()).isEqualTo(403);
        assertThat(admin.post("accounts/" + id + "/second-factor/reset", null).status()).isEqualTo(204);
        assertThat(TestEnv.column("SELECT args FROM notification WHERE account_id = ? AND kind = 'SECOND_FACTOR_RESET'", id))
                .hasSize(1);
        assertThat(login(user, Fixtures.PASSWORD, null).status()).isEqualTo(200);
        assertThat(TestEnv.column("SELECT action FROM audit_entry WHERE entity_type = 'Account' AND entity_id = ? ORDER BY id",
                String.valueOf(id))).contains("SECOND_FACTOR_ENROLLED", "SECOND_FACTOR_RESET");
    }

    @Test
    void wrongCodesCountTowardsTheLockout() throws Exception {
        Api admin = Api.demo("admin");
        String user = Fixtures.account(admin, Fixtures.station(admin), "AUXILIARY");
        Api me = Api.as(user, Fixtures.PASSWORD);
        String secret = me.post("me/second-factor/totp", null).json().getString("secret");
        assertThat(me.post("me/second-factor/totp/confirmation", Json.createObjectBuilder().add("code", TotpCodes.code(secret, 0))
                .build()).status()).isEqualTo(200);

        String wrong = TotpCodes.code(secret, 5); // a real code, but far from now
        for (int i = 1; i <= 5; i++) {
            Api.Reply failed = login(user, Fixtures.PASSWORD, wrong);
            assertThat(failed.status()).isEqualTo(401);
            assertThat(failed.json().getString("error")).isEqualTo("unauthorized");
        }
        Api.Reply locked = login(user, Fixtures.PASSWORD, TotpCodes.code(secret, 1));
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().getString("message")).contains("已锁定");
        assertThat(TestEnv.column("SELECT summary FROM audit_entry WHERE entity_type = 'Account' AND entity_id = ? "
                + "AND action = 'LOGIN_FAILED'", String.valueOf(LockoutIT.accountId(user)))).contains("wrong second factor");
    }

    static Api.Reply login(String user, String password, String otp) {
        var body = Json.createObjectBuilder().add("username", user).add("password", password);
        if (otp != null) {
            body.add("otp", otp);
        }
        return Api.anonymous().post("auth/token", body.build());
    }
}
