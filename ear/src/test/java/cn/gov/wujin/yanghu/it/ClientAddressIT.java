package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's address behind a balancer: X-Forwarded-For counts only when the connection comes
 * from a trusted proxy. The test plays the proxy itself: it trusts its own address for a while.
 */
class ClientAddressIT extends DeployedApplication {

    private static final String XFF = "X-Forwarded-For";

    @Test
    void behindATrustedProxyEachClientHasItsOwnLimitAndAddressAndADirectCallerCannotForgeOne() throws Exception {
        Api admin = Api.demo("admin");
        long version = admin.get("admin/trusted-proxies").json().getJsonNumber("version").longValue();
        Api.Reply named = admin.put("admin/trusted-proxies", proxies("127.0.0.1, balancer.local", version));
        assertThat(named.status()).as(named.body()).isEqualTo(400);
        assertThat(named.json().toString()).contains("balancer.local").contains("value");

        int n = ThreadLocalRandom.current().nextInt(1, 250);
        String first = "203.0.113." + n;
        String second = "203.0.113." + (n + 1);
        String forged = "198.51.100." + n;
        Api.Reply trusted = admin.put("admin/trusted-proxies", proxies("127.0.0.1, ::1", version));
        assertThat(trusted.status()).as(trusted.body()).isEqualTo(200);
        assertThat(trusted.json().getString("value")).isEqualTo("127.0.0.1, 0:0:0:0:0:0:0:1");
        try {
            TipIT.waitIfTheRateWindowEndsSoon();
            sql("DELETE FROM rate_limit_window WHERE bucket LIKE 'anonymous-tip:%'");
            Api anonymous = Api.anonymous();
            String station = admin.get("stations/" + Fixtures.station(admin)).json().getString("code");
            // the client may send its own header; what the proxy appended last names it
            for (int i = 1; i <= 5; i++) {
                Api.Reply tip = tip(anonymous, station, XFF, forged + ", " + first);
                assertThat(tip.status()).as(tip.body()).isEqualTo(201);
            }
            assertThat(tip(anonymous, station, XFF, first).status()).as("the sixth of one client").isEqualTo(429);
            assertThat(tip(anonymous, station, XFF, second).status()).as("another client has its own limit").isEqualTo(201);
            assertThat(TestEnv.number("SELECT hits FROM rate_limit_window WHERE bucket = ?", "anonymous-tip:" + first)).isEqualTo(6);
            assertThat(TestEnv.number("SELECT hits FROM rate_limit_window WHERE bucket = ?", "anonymous-tip:" + second)).isEqualTo(1);
            assertThat(TestEnv.number("SELECT count(*) FROM rate_limit_window WHERE bucket IN (?, ?, ?)", "anonymous-tip:" + forged,
                    "anonymous-tip:127.0.0.1", "anonymous-tip:0:0:0:0:0:0:0:1")).as("neither the proxy nor a forged hop").isZero();
        } finally {
            // the change back comes through the "proxy" too: the trail records the client's address
            long now = admin.get("admin/trusted-proxies").json().getJsonNumber("version").longValue();
            Api.Reply reset = admin.put("admin/trusted-proxies", proxies("", now), XFF, second);
            assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        }
        assertThat(TestEnv.column("SELECT client_address FROM audit_entry WHERE entity_type = 'OperationsSetting' AND actor = 'admin' "
                + "ORDER BY id DESC LIMIT 2")).as("the last change through the proxy, the one before directly")
                .containsExactly(second, loopback());

        // no proxy trusted: the header changes nothing, neither the limit's bucket nor the trail
        sql("DELETE FROM rate_limit_window WHERE bucket LIKE 'anonymous-tip:%'");
        Api anonymous = Api.anonymous();
        String station = admin.get("stations/" + Fixtures.station(admin)).json().getString("code");
        assertThat(tip(anonymous, station, XFF, forged).status()).isEqualTo(201);
        assertThat(TestEnv.number("SELECT count(*) FROM rate_limit_window WHERE bucket = ?", "anonymous-tip:" + forged)).isZero();
        assertThat(TestEnv.number("SELECT count(*) FROM rate_limit_window WHERE bucket = ?", "anonymous-tip:" + loopback())).isEqualTo(1);
        long later = admin.get("admin/trusted-proxies").json().getJsonNumber("version").longValue();
        Api.Reply other = admin.put("admin/trusted-proxies", proxies("192.0.2.1", later), XFF, forged);
        assertThat(other.status()).isEqualTo(200);
        assertThat(TestEnv.column("SELECT client_address FROM audit_entry WHERE entity_type = 'OperationsSetting' AND actor = 'admin' "
                + "ORDER BY id DESC LIMIT 1")).containsExactly(loopback());
        assertThat(admin.put("admin/trusted-proxies", proxies("", other.json().getJsonNumber("version").longValue())).status()).isEqualTo(200);
    }

    /** The address this test's connections come from, as the server sees it. */
    private static String loopback() {
        return TestEnv.baseUrl().getHost().contains(":") || "localhost".equals(TestEnv.baseUrl().getHost())
                && Boolean.getBoolean("java.net.preferIPv6Addresses") ? "0:0:0:0:0:0:0:1" : "127.0.0.1";
    }

    private static JsonObject proxies(String value, long version) {
        return Json.createObjectBuilder().add("value", value).add("version", version).build();
    }

    private static Api.Reply tip(Api who, String station, String... headers) {
        JsonObject body = Json.createObjectBuilder().add("category", "SAFETY_HAZARD")
                .add("occurredAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(20).withNano(0).format(TestEnv.ISO_TIME))
                .add("place", "湖塘镇人民路与长虹路路口").add("description", "井盖缺失").add("stationCode", station).build();
        String[] all = new String[headers.length + 2];
        all[0] = "Idempotency-Key";
        all[1] = UUID.randomUUID().toString();
        System.arraycopy(headers, 0, all, 2, headers.length);
        return who.post("public/tips", body, all);
    }

    private static void sql(String statement) throws Exception {
        try (var c = TestEnv.database(); var s = c.prepareStatement(statement)) {
            s.executeUpdate();
        }
    }
}
