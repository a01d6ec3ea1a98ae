package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonPointer;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generator of malformed and malicious requests against the write endpoints: each one a
 * valid body with one field made wrong (wrong type, huge, a bad date or amount, an invalid ID
 * number or credit code, SQL and script payloads), or a body that is not JSON at all, or of
 * the wrong content type. Every answer must be a refusal that names the field, in the
 * caller's language, never a 500; and nothing may have been stored. Sent by a few clients at once.
 */
class HostileInputIT extends DeployedApplication {

    private static final int REQUESTS = 10_000;

    /** Tables the write endpoints below would add rows to. */
    private static final String[] TABLES = {"fraud_case", "fraud_victim", "money_transfer", "suspect_identifier", "stop_payment",
            "tip", "enterprise", "warning_lead", "community", "audit_entry"};

    private static final String[] PAYLOADS = {"' OR '1'='1", "1; DROP TABLE fraud_case; --", "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>", "../../../../etc/passwd", "${jndi:ldap://127.0.0.1/a}", "#{7*7}", "%00", "\u0000",
            "🤖🤖🤖", "2026-13-45T25:61:00+08:00", "yesterday", "-1", "-0.01", "1e400", "NaN", "Infinity", "99999999999999999999.99",
            "0x1F", "１２３"};

    /**
     * A field and what it holds: free text only refuses wrong types and excess; a code (an
     * account, a community code) refuses the payloads with characters it may not hold; every
     * other kind (dates, amounts, numbers, listed values, ID numbers, phones) refuses them all.
     */
    private enum Kind { TEXT, CODE, FORMAT }

    private static final String[] CODE_PAYLOADS = java.util.Arrays.stream(PAYLOADS)
            .filter(p -> !p.matches("[A-Za-z0-9@._+\\- ]*")).toArray(String[]::new);

    private record Target(String name, String path, Api caller, JsonObject valid, Map<String, Kind> fields, boolean idempotent) {
    }

    /** Clients sending at once: the requests are independent, and the server has more than one thread. */
    private static final int CLIENTS = 4;

    @Test
    void tenThousandHostileRequestsAreAllRefusedByFieldAndStoreNothing() throws Exception {
        List<Target> targets = targets();
        Map<String, Long> before = counts();
        Random random = new Random(20261128L);
        List<Callable<Api.Reply>> requests = new ArrayList<>();
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Target target = targets.get(i % targets.size());
            Probe probe = probe(target, random);
            probes.add(probe);
            requests.add(() -> target.caller().postText(target.path(), probe.body(), probe.contentType(),
                    "Idempotency-Key", UUID.randomUUID().toString()));
        }
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Api.Reply>> replies;
        try {
            replies = clients.invokeAll(requests);
        } finally {
            clients.shutdownNow();
        }
        List<String> wrong = new ArrayList<>();
        int statusFive = 0;
        for (int i = 0; i < REQUESTS; i++) {
            Api.Reply reply = replies.get(i).get();
            if (reply.status() >= 500) {
                statusFive++;
            }
            String problem = problem(probes.get(i), reply);
            if (problem != null && wrong.size() < 40) {
                wrong.add(targets.get(i % targets.size()).name() + " " + probes.get(i).what() + ": " + problem);
            }
        }
        assertThat(replies).hasSize(REQUESTS);
        assertThat(wrong).as("answers that are not a refusal naming the field").isEmpty();
        assertThat(statusFive).as("answers with status 5xx").isZero();
        assertThat(counts()).as("rows in the tables written by these endpoints").isEqualTo(before);
    }

    /**
     * Query and path parameters: text no column can hold (NUL, a lone surrogate) and values
     * that do not convert (a number, a listed value) are a 400 naming the parameter, not a 500
     * or a 404 "no such address"; a method the address does not take is a 405 that says which
     * it takes. Bodies' text fields refuse the same characters by name.
     */
    @Test
    void parametersThatDoNotConvertOrCannotBeStoredAreRefusedByName() {
        Api supervisor = Api.demo("supervisor1");
        Api admin = Api.demo("admin");
        Map<String, String> named = new LinkedHashMap<>();
        named.put("fraud-cases?identifier=a%00b", "identifier");
        named.put("fraud-cases?type=a%00b", "type");
        named.put("fraud-cases?status=FOO", "status");
        named.put("fraud-cases/abc/links", "id");
        named.put("enterprises?q=a%00b", "q");
        named.put("shifts?groupId=abc", "groupId");
        named.put("tips?status=FOO", "status");
        named.put("enterprise-requests?status=FOO", "status");
        named.put("tips?unassigned=maybe", "unassigned"); // not read as false
        named.put("fraud-cases?mine=yes", "mine");
        List<String> wrong = new ArrayList<>();
        named.forEach((path, parameter) -> {
            Api.Reply reply = supervisor.get(path);
            String field = reply.status() == 400 ? reply.json().getString("field", "") : "";
            if (!field.equals(parameter) || reply.json().getString("message", "").isBlank()) {
                wrong.add(path + " → " + reply.status() + " " + head(reply.body()));
            }
        });
        Api.Reply accounts = admin.get("accounts?q=a%00b");
        if (accounts.status() != 400 || !"q".equals(accounts.json().getString("field", ""))) {
            wrong.add("accounts?q=a%00b → " + accounts.status() + " " + head(accounts.body()));
        }
        var report = supervisor.download("stats/monthly-report?month=2026-11&station=a%00b"); // a file when it succeeds
        if (report.statusCode() != 400 || !new String(report.body(), java.nio.charset.StandardCharsets.UTF_8).contains("\"station\"")) {
            wrong.add("stats/monthly-report?station=a%00b → " + report.statusCode());
        }
        assertThat(wrong).as("answers that are not a 400 naming the parameter").isEmpty();
        assertThat(supervisor.get("stats/monthly-report?month=2026-11").body()).as("a file asked for as JSON")
                .contains("not_acceptable");

        Api.Reply status = supervisor.inEnglish().get("tips?status=FOO");
        assertThat(status.json().getString("message")).contains("status", "FOO", "NEW");

        Api.Reply missing = supervisor.get("no-such-collection/abc");
        assertThat(missing.status()).as("a path that matches nothing").isEqualTo(404);

        Api volunteer = Api.demo("volunteer1");
        for (String text : new String[]{"夜间\\u0000巡逻", "半个\\ud800代理"}) {
            Api.Reply tip = volunteer.postText("tips", "{\"category\":\"DISPUTE\",\"occurredAt\":\"2026-11-27T08:00:00+08:00\","
                    + "\"place\":\"湖塘镇人民路\",\"description\":\"" + text + "\"}", "application/json");
            assertThat(tip.status()).as(text).isEqualTo(400);
            assertThat(tip.json().getString("field")).isEqualTo("description");
        }
    }

    /** A method the address does not take: 405 with an Allow header listing those it does, and a message that says so. */
    @Test
    void aMethodTheAddressDoesNotTakeIsA405WithAllow() throws Exception {
        String token = Api.demo("officer1").token();
        try (java.net.Socket socket = new java.net.Socket(TestEnv.baseUrl().getHost(), TestEnv.baseUrl().getPort())) {
            socket.setSoTimeout(10_000);
            RawReply reply = RawReply.exchange(socket, "DELETE /api/v1/fraud-types HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\nAccept: application/json\r\nAccept-Language: en\r\n\r\n");
            assertThat(reply.status()).isEqualTo(405);
            assertThat(reply.headers().get("allow")).contains("GET");
            assertThat(reply.body()).contains("DELETE", "GET").doesNotContain("Invalid request");
        }
    }

    /**
     * Requests that are malformed in ways the application still sees (a broken escape in the
     * query, a content type that is no media type or not taken, an answer type it cannot give):
     * each is refused with the API's JSON error body, not the container's empty page.
     */
    @Test
    void malformedRequestsAreRefusedWithTheJsonErrorBody() throws Exception {
        String token = Api.demo("officer1").token();
        String auth = "Authorization: Bearer " + token + "\r\nAccept-Language: en\r\n";
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("broken escape in the query", "GET /api/v1/fraud-cases?identifier=%zz HTTP/1.1\r\nAccept: application/json\r\n" + auth);
        requests.put("a lone percent in the query", "GET /api/v1/tips?status=% HTTP/1.1\r\nAccept: application/json\r\n" + auth);
        requests.put("a content type that is no media type", "POST /api/v1/tips HTTP/1.1\r\nAccept: application/json\r\n"
                + "Content-Type: garbage\r\nContent-Length: 2\r\n" + auth + "\r\n{}");
        requests.put("a content type not taken", "POST /api/v1/tips HTTP/1.1\r\nAccept: application/json\r\n"
                + "Content-Type: text/plain\r\nContent-Length: 2\r\n" + auth + "\r\n{}");
        requests.put("an answer type it cannot give", "GET /api/v1/tips/mine HTTP/1.1\r\nAccept: text/html\r\n" + auth);
        requests.put("an unknown charset", "POST /api/v1/tips HTTP/1.1\r\nAccept: application/json\r\n"
                + "Content-Type: application/json; charset=no-such-charset\r\nContent-Length: 2\r\n" + auth + "\r\n{}");
        List<String> wrong = new ArrayList<>();
        for (var request : requests.entrySet()) {
            try (java.net.Socket socket = new java.net.Socket(TestEnv.baseUrl().getHost(), TestEnv.baseUrl().getPort())) {
                socket.setSoTimeout(10_000);
                String raw = request.getValue().contains("\r\n\r\n") ? request.getValue() : request.getValue() + "\r\n";
                RawReply reply = RawReply.exchange(socket, raw.replace("HTTP/1.1\r\n", "HTTP/1.1\r\nHost: localhost\r\n"));
                boolean json = reply.headers().getOrDefault("content-type", "").startsWith("application/json")
                        && reply.body().contains("\"error\"") && reply.body().contains("\"message\"");
                if (reply.status() < 400 || reply.status() >= 500 || !json) {
                    wrong.add(request.getKey() + " → " + reply.status() + " " + reply.headers().get("content-type") + " " + head(reply.body()));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** One HTTP/1.1 answer read from a raw socket: status, headers (lower-case names), body (Content-Length or chunked). */
    record RawReply(int status, Map<String, String> headers, String body) {

        static RawReply exchange(java.net.Socket socket, String request) throws java.io.IOException {
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            java.io.InputStream in = socket.getInputStream();
            String statusLine = line(in);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String h = line(in); !h.isEmpty(); h = line(in)) {
                int colon = h.indexOf(':');
                headers.merge(h.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), h.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
                line(in);
            } else if (headers.containsKey("content-length")) {
                body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
            }
            return new RawReply(Integer.parseInt(statusLine.split(" ")[1]), headers, body.toString(java.nio.charset.StandardCharsets.UTF_8));
        }

        private static String line(java.io.InputStream in) throws java.io.IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }

    private record Probe(String what, String field, String body, String contentType) {
    }

    /** One hostile request: mostly one field made wrong; one in eight is broken as a whole. */
    private static Probe probe(Target target, Random random) {
        if (random.nextInt(8) == 0) {
            return switch (random.nextInt(7)) {
                case 0 -> new Probe("broken JSON", null, target.valid().toString().substring(0, target.valid().toString().length() / 2), "application/json");
                case 1 -> new Probe("empty body", null, "", "application/json");
                case 2 -> new Probe("a JSON array", null, "[" + target.valid() + "]", "application/json");
                case 3 -> new Probe("JSON null", null, "null", "application/json");
                case 4 -> new Probe("text/plain", null, target.valid().toString(), "text/plain");
                case 5 -> new Probe("XML", null, "<tip><place>x</place></tip>", "application/xml");
                default -> new Probe("deep nesting", null, "[".repeat(5_000) + "]".repeat(5_000), "application/json");
            };
        }
        List<String> fields = new ArrayList<>(target.fields().keySet());
        String field = fields.get(random.nextInt(fields.size()));
        JsonValue value = badValue(target.fields().get(field), random);
        JsonPointer pointer = Json.createPointer(field);
        JsonStructure changed = pointer.replace(target.valid(), value);
        String shown = value.toString();
        return new Probe(field + " = " + (shown.length() > 40 ? shown.substring(0, 40) + "…(" + shown.length() + ")" : shown),
                field, changed.toString(), "application/json");
    }

    private static JsonValue badValue(Kind kind, Random random) {
        String[] payloads = kind == Kind.CODE ? CODE_PAYLOADS : PAYLOADS;
        int choice = random.nextInt(kind == Kind.TEXT ? 4 : 4 + payloads.length);
        return switch (choice) {
            case 0 -> Json.createArrayBuilder().add(1).add("x").build();
            case 1 -> Json.createObjectBuilder().add("$gt", "").build();
            case 2 -> Json.createValue("长".repeat(20_001 + random.nextInt(100_000)));
            case 3 -> JsonValue.TRUE;
            default -> {
                String payload = payloads[choice - 4];
                // some variety around the payloads, as a fuzzer would add
                yield Json.createValue(random.nextBoolean() ? payload : payload + payload.substring(0, payload.length() / 2));
            }
        };
    }

    /** Null when the answer is a proper refusal of this probe. */
    private static String problem(Probe probe, Api.Reply reply) {
        if (probe.field() == null) {
            return reply.status() == 400 || reply.status() == 415 ? null : "status " + reply.status() + " " + head(reply.body());
        }
        if (reply.status() != 400) {
            return "status " + reply.status() + " " + head(reply.body());
        }
        JsonObject error;
        try {
            error = Json.createReader(new StringReader(reply.body())).readObject();
        } catch (RuntimeException e) {
            return "400 without a JSON error body: " + head(reply.body());
        }
        if (error.getString("message", "").isBlank()) {
            return "400 without a message";
        }
        String name = probe.field().substring(probe.field().lastIndexOf('/') + 1);
        List<String> named = new ArrayList<>();
        if (error.get("field") instanceof JsonString f) {
            named.add(f.getString());
        }
        if (error.get("errors") instanceof JsonArray errors) {
            errors.forEach(e -> named.add(((JsonObject) e).getString("field", "")));
        }
        return named.stream().anyMatch(n -> n.equals(name) || n.endsWith("." + name) || n.endsWith(name + "]")
                || n.replaceAll("\\[(\\d+)]", "/$1").replace('.', '/').endsWith(probe.field().substring(1)))
                ? null : "400 naming " + named + ", not " + name;
    }

    private static String head(String body) {
        return body == null ? "" : body.substring(0, Math.min(160, body.length()));
    }

    private static Map<String, Long> counts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            // the minute timers may escalate other tests' overdue requests and urgent leads meanwhile, as "system"
            counts.put(table, TestEnv.number("SELECT count(*) FROM " + table + ("audit_entry".equals(table) ? " WHERE actor <> 'system'" : "")));
        }
        return counts;
    }

    private static List<Target> targets() {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        Api officer = Api.as(Fixtures.account(admin, station, "OFFICER"), Fixtures.PASSWORD);
        Api head = Api.as(Fixtures.account(admin, station, "SUPERVISOR"), Fixtures.PASSWORD);
        Api volunteer = Api.as(Fixtures.account(admin, station, "VOLUNTEER"), Fixtures.PASSWORD);
        JsonObject report = Json.createObjectBuilder()
                .add("fraudType", "FAKE_INVESTMENT").add("reportedAt", "2026-11-20T11:00:00+08:00")
                .add("contactStartedAt", "2026-11-01T09:00:00+08:00").add("contactMethod", "微信群推荐投资")
                .add("narrative", "受害人被拉入投资群，按指示转账后无法提现。")
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "张某")
                        .add("idNumber", "11010519491231002X").add("phone", "13812345678").add("age", 58).add("occupation", "退休")))
                .add("transfers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("time", "2026-11-20T10:15:00+08:00")
                        .add("amount", "12000.10").add("channel", "BANK_CARD").add("toAccount", "6222 0212 3456 7890").add("toBank", "某商业银行")))
                .add("identifiers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "PHONE").add("value", "13912345678")))
                .build();
        long fraudCase = officer.post("fraud-cases", report).id();
        List<Target> targets = new ArrayList<>();
        targets.add(new Target("POST fraud-cases", "fraud-cases", officer, report, fields(
                "/fraudType", Kind.FORMAT, "/reportedAt", Kind.FORMAT, "/contactStartedAt", Kind.FORMAT, "/contactMethod", Kind.TEXT,
                "/narrative", Kind.TEXT, "/victims/0/name", Kind.TEXT, "/victims/0/idNumber", Kind.FORMAT, "/victims/0/phone", Kind.FORMAT,
                "/victims/0/age", Kind.FORMAT, "/transfers/0/time", Kind.FORMAT, "/transfers/0/amount", Kind.FORMAT,
                "/transfers/0/channel", Kind.FORMAT, "/transfers/0/toAccount", Kind.TEXT, "/identifiers/0/type", Kind.FORMAT,
                "/identifiers/0/value", Kind.FORMAT), false));
        targets.add(new Target("POST stop-payments", "fraud-cases/" + fraudCase + "/stop-payments", officer,
                Json.createObjectBuilder().add("bank", "某商业银行").add("account", "6222021234567890").add("amountRequested", "12000.30").build(),
                fields("/bank", Kind.TEXT, "/account", Kind.CODE, "/amountRequested", Kind.FORMAT), false));
        targets.add(new Target("POST tips", "tips", volunteer, Json.createObjectBuilder().add("category", "DISPUTE")
                .add("occurredAt", "2026-11-27T08:00:00+08:00").add("place", "湖塘镇人民路与长虹路路口").add("latitude", 31.7133)
                .add("longitude", 119.9567).add("description", "两户邻居因停车位争吵").build(),
                fields("/category", Kind.FORMAT, "/occurredAt", Kind.FORMAT, "/place", Kind.TEXT, "/latitude", Kind.FORMAT,
                        "/longitude", Kind.FORMAT, "/description", Kind.TEXT), true));
        targets.add(new Target("POST enterprises", "enterprises", head, Json.createObjectBuilder().add("name", "常州恶意输入测试有限公司")
                .add("creditCode", LiaisonIT.creditCode()).add("sector", "MANUFACTURING").add("contactName", "钱会计")
                .add("contactPhone", "13861234567").build(),
                fields("/name", Kind.TEXT, "/creditCode", Kind.FORMAT, "/sector", Kind.FORMAT, "/contactPhone", Kind.FORMAT), false));
        targets.add(new Target("POST warning-leads", "warning-leads", officer, Json.createObjectBuilder().add("phone", "13912345679")
                .add("personName", "王某").add("source", "ANTI_FRAUD_CENTER").add("urgency", "URGENT").build(),
                fields("/phone", Kind.FORMAT, "/personName", Kind.TEXT, "/source", Kind.FORMAT, "/urgency", Kind.FORMAT), false));
        long lead = officer.post("warning-leads", Json.createObjectBuilder().add("phone", "13912345670").add("personName", "孙某")
                .add("source", "HOTLINE_96110").add("urgency", "URGENT").build()).id();
        targets.add(new Target("POST warning-leads/{}/outcome", "warning-leads/" + lead + "/outcome", officer, Json.createObjectBuilder()
                .add("outcome", "ALREADY_DEFRAUDED").add("contactMethod", "CALL").add("note", "本人已转账").add("case", report).build(),
                fields("/outcome", Kind.FORMAT, "/contactMethod", Kind.FORMAT, "/note", Kind.TEXT, "/case/fraudType", Kind.FORMAT,
                        "/case/reportedAt", Kind.FORMAT, "/case/narrative", Kind.TEXT, "/case/victims/0/name", Kind.TEXT,
                        "/case/victims/0/idNumber", Kind.FORMAT, "/case/victims/0/phone", Kind.FORMAT, "/case/transfers/0/amount", Kind.FORMAT,
                        "/case/transfers/0/time", Kind.FORMAT, "/case/identifiers/0/value", Kind.FORMAT), false));
        targets.add(new Target("POST communities", "communities", admin, Json.createObjectBuilder().add("stationId", station)
                .add("code", "H-" + TestEnv.unique()).add("nameZh", "恶意输入社区").add("nameEn", "Hostile input community")
                .add("kind", "COMMUNITY").build(),
                fields("/stationId", Kind.FORMAT, "/code", Kind.CODE, "/nameZh", Kind.TEXT, "/kind", Kind.FORMAT), false));
        return targets;
    }

    private static Map<String, Kind> fields(Object... pairs) {
        Map<String, Kind> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], (Kind) pairs[i + 1]);
        }
        return fields;
    }
}
