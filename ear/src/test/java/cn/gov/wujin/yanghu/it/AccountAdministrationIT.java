package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input is refused with the field named and nothing changed; a stale save is a conflict. */
class AccountAdministrationIT extends DeployedApplication {

    @Test
    void refusalsNameTheFieldInTheCallersLanguage() {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);

        Api.Reply weak = admin.post("accounts", account("weak." + TestEnv.unique(), station, "OFFICER", "short"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().getString("field")).isEqualTo("password");
        assertThat(weak.json().getString("message")).contains("密码至少10位");

        Api.Reply noStation = admin.inEnglish().post("accounts", account("nostation." + TestEnv.unique(), null, "OFFICER", Fixtures.PASSWORD));
        assertThat(noStation.status()).isEqualTo(400);
        assertThat(noStation.json().getString("field")).isEqualTo("station");
        assertThat(noStation.json().getString("message")).isEqualTo("The role OFFICER needs a station");

        String taken = Fixtures.account(admin, station, "OFFICER");
        Api.Reply duplicate = admin.post("accounts", account(taken, station, "OFFICER", Fixtures.PASSWORD));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().getString("field")).isEqualTo("username");

        Api.Reply badFormat = admin.inEnglish().post("accounts", account("Bad Name", station, "OFFICER", Fixtures.PASSWORD));
        assertThat(badFormat.status()).isEqualTo(400);
        assertThat(badFormat.json().getString("field")).isEqualTo("username");

        assertThat(admin.get("accounts?q=weak.").json().getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void aSaveAgainstAnOlderVersionIsAConflictAndChangesNothing() {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        String user = Fixtures.account(admin, station, "OFFICER");
        long id = admin.get("accounts?q=" + user).json().getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject read = admin.get("accounts/" + id).json();
        long version = read.getJsonNumber("version").longValue();

        JsonObject first = Json.createObjectBuilder(account(user, station, "OFFICER", null)).add("displayName", "第一次修改")
                .add("version", version).build();
        assertThat(admin.put("accounts/" + id, first).status()).isEqualTo(200);

        JsonObject second = Json.createObjectBuilder(account(user, station, "OFFICER", null)).add("displayName", "第二次修改")
                .add("version", version).build();
        Api.Reply conflict = admin.put("accounts/" + id, second);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().getString("message")).contains("已被他人修改");
        assertThat(admin.get("accounts/" + id).json().getString("displayName")).isEqualTo("第一次修改");
    }

    @Test
    void deactivatedAccountsCannotLogIn() {
        Api admin = Api.demo("admin");
        String user = Fixtures.account(admin, Fixtures.station(admin), "VOLUNTEER");
        Api volunteer = Api.as(user, Fixtures.PASSWORD);
        long id = admin.get("accounts?q=" + user).json().getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(admin.post("accounts/" + id + "/deactivate", null).status()).isEqualTo(204);
        assertThat(volunteer.get("me").status()).isEqualTo(401);
        assertThat(Api.anonymous().post("auth/token", Json.createObjectBuilder().add("username", user)
                .add("password", Fixtures.PASSWORD).build()).status()).isEqualTo(401);
    }

    private static JsonObject account(String username, Long stationId, String role, String password) {
        var b = Json.createObjectBuilder().add("username", username).add("displayName", "测试")
                .add("roles", Json.createArrayBuilder().add(role));
        if (stationId != null) {
            b.add("stationId", stationId);
        }
        if (password != null) {
            b.add("password", password);
        }
        return b.build();
    }
}
