package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the statistics read (issue 25, "a standby"): with STANDBY chosen they run on the read pool
 * (jdbc/yanghu-read, its connections named yanghu-read in pg_stat_activity) and answer exactly what
 * the primary answers; with PRIMARY that pool is not used. On the test server the read pool points
 * at the one database, so the figures must be equal; a real standby is exercised by the cluster drill.
 */
class StatisticsSourceIT extends DeployedApplication {

    private static final String PERIOD = "from=2026-01-01&to=2026-12-31";
    private static final List<String> FIGURES = List.of("stats/fraud?" + PERIOD + "&groupBy=station", "stats/patrol?" + PERIOD + "&groupBy=station",
            "stats/warnings?" + PERIOD + "&groupBy=month", "stats/liaison?" + PERIOD, "stats/frozen-money?" + PERIOD + "&groupBy=station", "geo/heat?kind=tips&level=community&" + PERIOD);

    @Test
    void withTheStandbyChosenTheFiguresReadTheReadPoolAndAnswerTheSame() throws Exception {
        Api admin = Api.demo("admin");
        Api supervisor = Api.demo("supervisor1");
        JsonObject setting = admin.get("admin/statistics-source").json();
        assertThat(setting.getString("source")).isEqualTo("PRIMARY");
        assertThat(setting.getString("readPoolUrl")).startsWith("jdbc:postgresql://");
        assertThat(setting.getBoolean("readPoolIsStandby")).as("the test database is a primary").isFalse();
        assertThat(setting.containsKey("readPoolError")).isFalse();

        List<String> onPrimary = FIGURES.stream().map(path -> body(supervisor, path)).toList();
        long readsBefore = readPoolUses();
        FIGURES.forEach(path -> body(supervisor, path));
        assertThat(readPoolUses()).as("PRIMARY leaves the read pool alone").isEqualTo(readsBefore);

        JsonObject standby = put(admin, "STANDBY", setting.getJsonNumber("version").longValue());
        try {
            assertThat(standby.getString("source")).isEqualTo("STANDBY");
            long readsAfterSwitch = readPoolUses(); // the answer to the change looked at the pool too
            List<String> onStandby = FIGURES.stream().map(path -> body(supervisor, path)).toList();
            assertThat(onStandby).as("the same figures from the read pool").isEqualTo(onPrimary);
            assertThat(readPoolUses()).as("STANDBY reads through the read pool").isGreaterThan(readsAfterSwitch);
        } finally {
            put(admin, "PRIMARY", standby.getJsonNumber("version").longValue());
        }
    }

    @Test
    void anUnknownSourceOrAStaleVersionChangesNothing() {
        Api admin = Api.demo("admin");
        JsonObject setting = admin.get("admin/statistics-source").json();
        Api.Reply unknown = admin.put("admin/statistics-source", Json.createObjectBuilder().add("source", "REPLICA")
                .add("version", setting.getJsonNumber("version").longValue()).build());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"source\"");
        Api.Reply stale = admin.put("admin/statistics-source", Json.createObjectBuilder().add("source", "STANDBY")
                .add("version", setting.getJsonNumber("version").longValue() - 1).build());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(admin.get("admin/statistics-source").json().getString("source")).isEqualTo("PRIMARY");
        assertThat(Api.demo("supervisor1").get("admin/statistics-source").status()).isEqualTo(403);
    }

    private static String body(Api api, String path) {
        Api.Reply reply = api.get(path);
        assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(200);
        return reply.body();
    }

    private static JsonObject put(Api admin, String source, long version) {
        Api.Reply reply = admin.put("admin/statistics-source", Json.createObjectBuilder().add("source", source).add("version", version).build());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /**
     * When a connection of the read pool last changed state (idle to active and back), in
     * milliseconds: it moves only when the pool is used, and PostgreSQL, not the application, says so.
     */
    private static long readPoolUses() throws Exception {
        return TestEnv.number("SELECT coalesce(max(extract(epoch FROM state_change) * 1000), 0)::bigint FROM pg_stat_activity "
                + "WHERE application_name = 'yanghu-read'");
    }
}
