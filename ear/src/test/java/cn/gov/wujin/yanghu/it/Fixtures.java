package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** Records a test makes for itself, through the API as the demo administrator. */
public final class Fixtures {

    public static final String PASSWORD = "Test-password-2026";

    private Fixtures() {
    }

    public static long station(Api admin) {
        String code = TestEnv.uniqueLetters(6);
        Api.Reply r = admin.post("stations", Json.createObjectBuilder().add("code", code)
                .add("nameZh", "测试派出所" + code).add("nameEn", "Test station " + code).build());
        check(r, 201);
        return r.id();
    }

    public static long community(Api admin, long stationId) {
        String code = "C-" + TestEnv.unique();
        Api.Reply r = admin.post("communities", Json.createObjectBuilder().add("stationId", stationId).add("code", code)
                .add("nameZh", "测试社区" + code).add("nameEn", "Test community " + code).add("kind", "COMMUNITY").build());
        check(r, 201);
        return r.id();
    }

    /** An account with one role; stationId null for bureau level. Returns the username. */
    public static String account(Api admin, Long stationId, String role) {
        String username = role.toLowerCase() + "." + TestEnv.unique();
        JsonObjectBuilder b = Json.createObjectBuilder().add("username", username).add("displayName", "测试 " + username)
                .add("roles", Json.createArrayBuilder().add(role)).add("password", PASSWORD).add("phone", "13912345678");
        if (stationId != null) {
            b.add("stationId", stationId);
        }
        check(admin.post("accounts", b.build()), 201);
        return username;
    }

    private static void check(Api.Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("fixture not created: " + reply);
        }
    }
}
