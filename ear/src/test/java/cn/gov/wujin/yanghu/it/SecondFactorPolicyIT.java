package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The setting per role: the demo data keeps every role optional; a role made to require a second
 * factor holds its accounts without one to the enrolment (the API answers 403
 * second_factor_enrolment_required for everything else) until they enrol.
 */
class SecondFactorPolicyIT extends DeployedApplication {

    @Test
    void aRequiredRoleMustEnrolBeforeAnythingElse() throws Exception {
        Api admin = Api.demo("admin");
        assertThat(admin.get("second-factor-policies").array()).hasSize(6)
                .allMatch(p -> !p.asJsonObject().getBoolean("required"));
        assertThat(Api.demo("officer1").get("second-factor-policies").status()).isEqualTo(403);

        String user = Fixtures.account(admin, Fixtures.station(admin), "VOLUNTEER");
        JsonObject volunteer = policy(admin);
        Api.Reply stale = admin.put("second-factor-policies/VOLUNTEER", Json.createObjectBuilder().add("required", true)
                .add("version", volunteer.getJsonNumber("version").longValue() + 7).build());
        assertThat(stale.status()).isEqualTo(409);
        JsonObject required = admin.put("second-factor-policies/VOLUNTEER", Json.createObjectBuilder().add("required", true)
                .add("version", volunteer.getJsonNumber("version").longValue()).build()).json();
        try {
            assertThat(required.getBoolean("required")).isTrue();
            // the password still gives a token: it can do nothing but enrol
            Api me = Api.as(user, Fixtures.PASSWORD);
            assertThat(me.get("me").status()).isEqualTo(200);
            Api.Reply held = me.get("me/inbox");
            assertThat(held.status()).isEqualTo(403);
            assertThat(held.json().getString("error")).isEqualTo("second_factor_enrolment_required");
            assertThat(me.get("me/second-factor").json().getBoolean("required")).isTrue();

            String secret = me.post("me/second-factor/totp", null).json().getString("secret");
            assertThat(me.post("me/second-factor/totp/confirmation", Json.createObjectBuilder().add("code", TotpCodes.code(secret, 0))
                    .build()).status()).isEqualTo(200);
            assertThat(me.get("me/inbox").status()).as("enrolled: free on the next request").isEqualTo(200);
            assertThat(SecondFactorIT.login(user, Fixtures.PASSWORD, TotpCodes.code(secret, 1)).status()).isEqualTo(200);
        } finally {
            admin.put("second-factor-policies/VOLUNTEER", Json.createObjectBuilder().add("required", false)
                    .add("version", policy(admin).getJsonNumber("version").longValue()).build());
        }
        assertThat(policy(admin).getBoolean("required")).isFalse();
        assertThat(TestEnv.column("SELECT summary FROM audit_entry WHERE entity_type = 'SecondFactorPolicy' AND entity_id = 'VOLUNTEER' "
                + "ORDER BY id DESC LIMIT 2")).containsExactly("VOLUNTEER second factor optional", "VOLUNTEER second factor required");
    }

    static JsonObject policy(Api admin) {
        return admin.get("second-factor-policies").array().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("role").equals("VOLUNTEER")).findFirst().orElseThrow();
    }
}
