package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Who may call what. Every REST endpoint, probed as every kind of caller, for a record of the
 * caller's own station and one of another station, answers as the one table api-access.txt
 * declares; an endpoint of the OpenAPI document without a row there fails, so a new endpoint
 * is judged before it ships.
 */
class ApiAccessMatrixIT extends DeployedApplication {

    /** The table's status columns, in their order. */
    private static final List<String> CALLERS = List.of("anon", "admin", "bureau", "head", "officer", "auxiliary", "liaison",
            "volunteer");

    /** The roles of the callers the test makes in station A. */
    private static final Map<String, String> ROLES = Map.of("head", "SUPERVISOR", "officer", "OFFICER", "auxiliary", "AUXILIARY",
            "liaison", "LIAISON", "volunteer", "VOLUNTEER");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    /** The endpoints that take no JSON get a few bytes of the type they declare, none of them acceptable. */
    private static final Map<String, Upload> NOT_JSON = Map.of(
            "PUT /tips/{}/photo", new Upload("image/jpeg", "not a photo"),
            "POST /enterprises/import", new Upload("text/csv", "not,the,header\n"),
            "POST /warning-leads/import", new Upload("text/csv", "not,the,header\n"),
            "POST /admin/import/organization", new Upload("text/csv", "not,the,header\n"),
            "POST /admin/import/accounts", new Upload("text/csv", "not,the,header\n"));

    /** Logging out revokes the token it is sent with: that probe logs in anew, so the callers' tokens live on. */
    private static final String LOG_OUT = "DELETE /auth/token";

    /** The rows of reference tables that the one-row placeholders stand for (see {@link #referenceRows()}). */
    private static final String FRAUD_TYPE = "GAME_TRADING";
    private static final String POINTS_RULE = "TIP_ACTED_ON";
    private static final String PROCEDURE_LIMIT = "FREEZE_BOARD_DAYS";
    private static final String REQUEST_CATEGORY = "FRAUD_PREVENTION_TALK";

    private record Upload(String contentType, String body) {
    }

    /** One line of the table. */
    record Row(int line, String method, String path, List<Integer> expected) {

        /** How the OpenAPI document names the endpoint too: no query, placeholders without names. */
        String endpoint() {
            return method + " " + template(path.replaceFirst("\\?.*", ""));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private record Login(String username, String password) {
    }

    /** Who makes the records of one station; {@code liaison} (a username) runs its project, when there is one. */
    private record StationPeople(long id, Api head, Api officer, Api volunteer, String liaison) {
    }

    private final Map<String, Api> callers = new HashMap<>();
    private final Map<String, Login> logins = new HashMap<>();
    /** A placeholder's name and the id (or code) it stands for; a name with ! makes a new record on every call. */
    private final Map<String, Supplier<String>> records = new HashMap<>();

    @Test
    void everyEndpointOfTheResourcesHasItsRowsAndEveryRowItsEndpoint() throws Exception {
        Map<String, String> declared = declared(Path.of("../web/src/main/java/cn/gov/wujin/yanghu/web/api"));
        assertThat(declared).as("endpoints read from the resource classes").hasSizeGreaterThan(100);
        Map<String, String> tabled = new TreeMap<>();
        table().forEach(row -> tabled.putIfAbsent(row.endpoint(), row.method() + " " + row.path()));

        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(namesOfKeysNotIn(declared, tabled)).as("endpoints without a row in api-access.txt").isEmpty();
            soft.assertThat(namesOfKeysNotIn(tabled, declared)).as("rows of api-access.txt for no endpoint of the resources")
                    .isEmpty();
        });
    }

    @TestFactory
    Stream<DynamicNode> everyCallerGetsTheAnswerTheTableDeclares() throws Exception {
        List<Row> rows = table();
        prepare();
        List<String> mismatches = new ArrayList<>();
        Stream<DynamicNode> cells = rows.stream().map(row -> DynamicContainer.dynamicContainer(row.toString(),
                IntStream.range(0, CALLERS.size()).mapToObj(column -> DynamicTest.dynamicTest(
                        row + " as " + CALLERS.get(column), () -> check(row, column, mismatches)))));
        // the cells fail one by one; this reads them all in one list
        DynamicTest summary = DynamicTest.dynamicTest("every cell of api-access.txt", () -> {
            if (!mismatches.isEmpty()) {
                fail(mismatches.size() + " cells differ from api-access.txt:\n" + String.join("\n", mismatches));
            }
        });
        return Stream.concat(cells, Stream.of(summary));
    }

    private void check(Row row, int column, List<String> mismatches) {
        String caller = CALLERS.get(column);
        int expected = row.expected().get(column);
        String where = row + " as " + caller + " (api-access.txt:" + row.line() + ")";
        Api.Reply reply;
        try {
            reply = probe(row, caller);
        } catch (RuntimeException | AssertionError e) {
            mismatches.add(where + ": expected " + expected + ", no answer: " + e.getMessage());
            throw e;
        }
        if (reply.status() != expected) {
            String body = reply.body() == null ? "" : reply.body().replaceAll("\\s+", " ");
            String mismatch = where + ": expected " + expected + ", got " + reply.status() + ": "
                    + body.substring(0, Math.min(200, body.length()));
            mismatches.add(mismatch);
            fail(mismatch);
        }
    }

    /** GET and DELETE without a body, POST and PUT with {} or the endpoint's own kind of body. */
    private Api.Reply probe(Row row, String caller) {
        Api api = LOG_OUT.equals(row.toString()) && logins.containsKey(caller) ? logIn(caller) : callers.get(caller);
        String path = resolve(row.path());
        Upload upload = NOT_JSON.get(row.endpoint());
        return switch (row.method()) {
            case "GET" -> {
                if (path.endsWith("/stream")) {
                    yield api.openStream(path); // a stream of events never ends: its answer is its status
                }
                // any type: the photo, the certificate and the monthly report are no JSON
                HttpResponse<byte[]> r = api.download(path);
                yield new Api.Reply(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), null);
            }
            case "DELETE" -> api.delete(path);
            // {} where the operation takes a body, nothing where it reads none
            case "POST", "PUT" -> upload != null ? (row.method().equals("POST") ? api.postText(path, upload.body(), upload.contentType())
                    : api.putBytes(path, upload.body().getBytes(StandardCharsets.UTF_8), upload.contentType()))
                    : api.exchange(row.method(), path, ApiContract.requiresBody(row.method() + " " + row.path()) ? "{}" : null,
                    Api.freshKey()); // read by the writes that need one (members' steps on shifts), ignored by the others
            default -> throw new AssertionError("api-access.txt:" + row.line() + ": no probe for " + row.method());
        };
    }

    /** The path with the records the placeholders name, relative to api/v1/ as {@link Api} wants it. */
    private String resolve(String path) {
        Matcher m = PLACEHOLDER.matcher(path);
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
            Supplier<String> record = records.get(m.group(1));
            if (record == null) {
                throw new AssertionError("api-access.txt names " + m.group() + ", which the test does not make");
            }
            m.appendReplacement(resolved, Matcher.quoteReplacement(record.get()));
        }
        m.appendTail(resolved);
        return resolved.substring(1);
    }

    // ---- the table and the resources

    static List<Row> table() throws IOException {
        List<String> lines;
        try (InputStream in = ApiAccessMatrixIT.class.getResourceAsStream("/api-access.txt")) {
            assertThat(in).as("api-access.txt on the test class path").isNotNull();
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length != 2 + CALLERS.size() || !f[1].startsWith("/")) {
                throw new AssertionError("api-access.txt:" + (i + 1) + ": not METHOD, path and " + CALLERS.size() + " statuses: " + line);
            }
            if (!seen.add(f[0] + " " + f[1])) {
                throw new AssertionError("api-access.txt:" + (i + 1) + ": a second row for " + f[0] + " " + f[1]);
            }
            List<Integer> expected = new ArrayList<>();
            for (int c = 2; c < f.length; c++) {
                expected.add(Integer.valueOf(f[c]));
            }
            rows.add(new Row(i + 1, f[0], f[1], List.copyOf(expected)));
        }
        return rows;
    }

    /**
     * The operations the JAX-RS resources declare, read from their sources (the class's @Path,
     * then each @GET/@POST/@PUT/@DELETE with its own @Path). Keyed as {@link Row#endpoint()}.
     */
    private static Map<String, String> declared(Path resources) throws IOException {
        Map<String, String> endpoints = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(resources)) {
            files = list.filter(f -> f.getFileName().toString().endsWith("Resource.java")).toList();
        }
        for (Path file : files) {
            String source = Files.readString(file);
            int classAt = source.indexOf(" class ");
            Matcher classPath = RESOURCE_PATH.matcher(source.substring(0, classAt));
            if (!classPath.find()) {
                continue;
            }
            String base = "/" + classPath.group(1).replaceAll("^/|/$", "");
            Matcher operation = OPERATION.matcher(source.substring(classAt));
            while (operation.find()) {
                Matcher own = RESOURCE_PATH.matcher(operation.group(2));
                String path = base + (own.find() ? "/" + own.group(1).replaceAll("^/|/$", "") : "");
                endpoints.put(operation.group(1) + " " + template(path), operation.group(1) + " " + path);
            }
        }
        return endpoints;
    }

    private static final Pattern RESOURCE_PATH = Pattern.compile("@Path\\(\"([^\"]*)\"\\)");

    /** An HTTP method annotation and the annotations after it, up to the method's signature. */
    private static final Pattern OPERATION = Pattern.compile("@(GET|POST|PUT|DELETE|PATCH)\\b((?:\\s*@[^\\n]*)*)");

    private static String template(String path) {
        return PLACEHOLDER.matcher(path).replaceAll("{}");
    }

    private static List<String> namesOfKeysNotIn(Map<String, String> these, Map<String, String> those) {
        return these.entrySet().stream().filter(e -> !those.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
    }

    // ---- the callers and their records

    private void prepare() throws SQLException {
        Api admin = Api.demo("admin");
        long own = Fixtures.station(admin);
        long other = Fixtures.station(admin);
        callers.put("anon", Api.anonymous());
        logins.put("admin", new Login("admin", TestEnv.DEMO_PASSWORD));
        logins.put("bureau", new Login("supervisor1", TestEnv.DEMO_PASSWORD));
        ROLES.forEach((caller, role) -> logins.put(caller, new Login(Fixtures.account(admin, own, role), Fixtures.PASSWORD)));
        logins.keySet().forEach(caller -> callers.put(caller, logIn(caller)));

        recordsOf(new StationPeople(own, callers.get("head"), callers.get("officer"), callers.get("volunteer"),
                logins.get("liaison").username()), "", admin);
        recordsOf(new StationPeople(other, person(admin, other, "SUPERVISOR"), person(admin, other, "OFFICER"),
                person(admin, other, "VOLUNTEER"), null), "@other", admin);
        referenceRows();
    }

    private Api logIn(String caller) {
        Login login = logins.get(caller);
        return Api.as(login.username(), login.password());
    }

    private static Api person(Api admin, long station, String role) {
        return Api.as(Fixtures.account(admin, station, role), Fixtures.PASSWORD);
    }

    /** Every kind of record the table names, made by the station's own people, as {name}{suffix}. */
    private void recordsOf(StationPeople s, String suffix, Api admin) {
        put("station" + suffix, s.id());
        put("community" + suffix, Fixtures.community(admin, s.id()));
        // a spare account: the probes unlock, activate and (a fresh one each time) deactivate it, never a caller
        put("account" + suffix, accountId(admin, Fixtures.account(admin, s.id(), "OFFICER")));
        fresh("account!" + suffix, () -> accountId(admin, Fixtures.account(admin, s.id(), "OFFICER")));

        // fraud: a case whose money left an hour ago, with a stop-payment on the receiving account; a warning lead
        String receiving = "6222" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L);
        long fraudCase = id(expect(s.officer().post("fraud-cases", fraudCase(receiving)), 201));
        JsonObject stopped = expect(s.officer().post("fraud-cases/" + fraudCase + "/stop-payments", Json.createObjectBuilder()
                .add("bank", "某银行").add("account", receiving).add("amountRequested", "5000.00").build()), 201);
        put("case" + suffix, fraudCase);
        // an accepted case of the station: its receipt's query code for the public lookup
        long accepted = id(expect(s.officer().post("fraud-cases", fraudCase(receiving)), 201));
        put("receipt" + suffix, expect(s.officer().post("fraud-cases/" + accepted + "/transitions", Json.createObjectBuilder()
                .add("action", "ACCEPT").build()), 200).getString("receiptCode"));
        put("stop" + suffix, id(stopped.getJsonObject("money").getJsonArray("stopPayments").getJsonObject(0)));
        // the receiving account frozen by a second stop-payment, and its return plan approved and on notice
        JsonObject second = expect(s.officer().post("fraud-cases/" + fraudCase + "/stop-payments", Json.createObjectBuilder()
                .add("bank", "某银行").add("account", receiving).add("amountRequested", "5000.00").build()), 201);
        long secondStop = id(second.getJsonObject("money").getJsonArray("stopPayments").getJsonObject(1));
        expect(s.officer().post("fraud-cases/" + fraudCase + "/stop-payments/" + secondStop + "/outcome",
                Json.createObjectBuilder().add("amount", "5000.00").build()), 200);
        expect(s.officer().post("fraud-cases/" + fraudCase + "/stop-payments/" + secondStop + "/outcome",
                Json.createObjectBuilder().add("freeze", true).add("amount", "5000.00").build()), 200);
        long frozen = frozenAccount(receiving);
        long plan = id(expect(s.officer().post("frozen-accounts/" + frozen + "/return-plans", JsonValue.EMPTY_JSON_OBJECT), 201));
        expect(s.head().post("return-plans/" + plan + "/approval", null), 200);
        put("frozen" + suffix, frozen);
        put("plan" + suffix, plan);
        put("lead" + suffix, id(expect(s.officer().post("warning-leads", Json.createObjectBuilder()
                .add("phone", "136" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)).add("personName", "王某")
                .add("source", "ANTI_FRAUD_CENTER").add("urgency", "NORMAL").build()), 201)));

        // patrol: the officer's group with the volunteer (who applied, approved) and a guard; a shift two days ahead
        long group = group(s);
        long application = id(expect(s.volunteer().post("patrol-groups/" + group + "/applications", JsonValue.EMPTY_JSON_OBJECT), 201));
        expect(s.officer().post("patrol-groups/applications/" + application + "/decision",
                Json.createObjectBuilder().add("approve", true).build()), 200);
        put("group" + suffix, group);
        put("member" + suffix, id(expect(s.officer().post("patrol-groups/" + group + "/members", Json.createObjectBuilder()
                .add("name", "保安老张").add("kind", "SECURITY_GUARD").build()), 201)));
        put("shift" + suffix, shift(s, group));
        fresh("shift!" + suffix, () -> shift(s, group));
        // a pending application to a new group of the officer's, which the probe decides
        fresh("application!" + suffix, () -> id(expect(s.volunteer().post("patrol-groups/" + group(s) + "/applications",
                JsonValue.EMPTY_JSON_OBJECT), 201)));

        // the volunteer's tip with its photo, and a publicity event they report
        JsonObject tip = expect(s.volunteer().post("tips", Json.createObjectBuilder().add("category", "SAFETY_HAZARD")
                .add("occurredAt", beijing(OffsetDateTime.now().minusMinutes(20))).add("place", "湖塘镇人民路与长虹路路口")
                .add("description", "小区消防通道被杂物堵塞").build(), "Idempotency-Key", UUID.randomUUID().toString()), 201);
        expect(s.volunteer().putBytes("tips/" + id(tip) + "/photo", TipIT.PNG, "image/png"), 200);
        put("tip" + suffix, id(tip));
        // a tip naming a phone: the sighting the database extracts from its text (V31)
        long naming = id(expect(s.volunteer().post("tips", Json.createObjectBuilder().add("category", "FRAUD_LEAD")
                .add("occurredAt", beijing(OffsetDateTime.now().minusMinutes(20))).add("place", "湖塘镇人民路")
                .add("description", "对方电话 137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000))).build(),
                "Idempotency-Key", UUID.randomUUID().toString()), 201));
        put("sighting" + suffix, sightingOf(naming));
        put("tracking" + suffix, tip.getString("trackingCode"));
        put("publicity" + suffix, id(expect(s.volunteer().post("publicity-events", Json.createObjectBuilder().add("kind", "TALK")
                .add("heldOn", today().toString()).add("place", "社区活动室").add("audience", 30).build()), 201)));

        // liaison: an enterprise with a project (run by the station's liaison, when it has one) and a request about it
        long enterprise = id(expect(s.head().post("enterprises", Json.createObjectBuilder().add("name", "矩阵测试企业" + TestEnv.unique())
                .add("creditCode", LiaisonIT.creditCode()).add("sector", "MANUFACTURING").add("contactName", "钱会计")
                .add("contactPhone", "13861234567").build()), 201));
        long project = id(expect(s.head().post("projects", Json.createObjectBuilder().add("enterpriseId", enterprise)
                .add("name", "矩阵测试项目").build()), 201));
        if (s.liaison() != null) {
            long version = s.head().get("projects/" + project).json().getJsonObject("project").getJsonNumber("version").longValue();
            expect(s.head().put("projects/" + project + "/liaison", Json.createObjectBuilder().add("officer", s.liaison())
                    .add("reason", "首次指派").add("version", version).build()), 200);
        }
        put("enterprise" + suffix, enterprise);
        put("project" + suffix, project);
        // the project's liaison owns it; without one, the head who took it down
        put("request" + suffix, id(expect(s.head().post("enterprise-requests", Json.createObjectBuilder().add("projectId", project)
                .add("category", "SITE_SECURITY_CHECK").add("description", "工地夜间安全检查").build()), 201)));
        fresh("followUp!" + suffix, () -> id(expect(s.head().post("projects/" + project + "/visits", Json.createObjectBuilder()
                .add("visitedOn", today().toString()).add("peopleMet", "项目经理").add("topics", "夜间工地照明不足")
                .add("followUps", Json.createArrayBuilder().add(Json.createObjectBuilder().add("action", "复查工地照明")
                        .add("dueOn", today().plusDays(7).toString()))).build()), 201).getJsonArray("followUps").getJsonObject(0)));
    }

    /**
     * The reference rows the table names. Seeded rows start at version 0, which the probe's {}
     * also means: one bump makes that probe a stale write (409) whether or not other tests have
     * revised the row since, and so keeps it from changing anything.
     */
    private void referenceRows() throws SQLException {
        put("fraudType", FRAUD_TYPE);
        put("limit", PROCEDURE_LIMIT);
        put("documentKind", "CASE_REGISTRATION"); // a case document: its availability follows the case's state
        put("rule", POINTS_RULE);
        put("notification", "999999999"); // one's own only: for every caller, someone else's
        put("category", REQUEST_CATEGORY);
        put("retentionKind", "TIP_PHOTO"); // {} refused for its days before its version is looked at: 400, nothing changed
        put("session", "999999999"); // one's own only: for every caller, someone else's
        put("token", "999999999");
        put("role", "VOLUNTEER"); // a second-factor policy: the probe's {} lacks required (400), so it changes nothing
        try (Connection db = TestEnv.database()) {
            bump(db, "UPDATE fraud_type SET version = 1 WHERE code = ? AND version = 0", FRAUD_TYPE);
            bump(db, "UPDATE procedure_limit SET version = 1 WHERE code = ? AND version = 0", PROCEDURE_LIMIT);
            bump(db, "UPDATE points_rule SET version = 1 WHERE code = ? AND version = 0", POINTS_RULE);
            bump(db, "UPDATE request_deadline SET version = 1 WHERE category = ? AND version = 0", REQUEST_CATEGORY);
            // a message that failed for good (no station's: the outbox is the administrator's)
            try (PreparedStatement failed = db.prepareStatement("INSERT INTO sms_outbox (phone, kind, text, status, attempts, last_error) "
                    + "VALUES ('13800000000', 'LIAISON_NOTICE', 'access matrix', 'FAILED', 7, 'HTTP 500') RETURNING id");
                 ResultSet id = failed.executeQuery()) {
                id.next();
                put("sms", id.getLong(1));
            }
        }
    }

    private static void bump(Connection db, String sql, String key) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(sql)) {
            update.setString(1, key);
            update.executeUpdate();
        }
    }

    private static long frozenAccount(String account) {
        try {
            return TestEnv.number("SELECT id FROM frozen_account WHERE account = ?", account);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void put(String name, Object value) {
        String text = String.valueOf(value);
        records.put(name, () -> text);
    }

    private void fresh(String name, Supplier<Object> make) {
        records.put(name, () -> String.valueOf(make.get()));
    }

    private static long group(StationPeople s) {
        return id(expect(s.officer().post("patrol-groups", Json.createObjectBuilder().add("name", "矩阵巡防队" + TestEnv.unique())
                .build()), 201));
    }

    private static long shift(StationPeople s, long group) {
        OffsetDateTime start = OffsetDateTime.now().plusDays(2);
        return id(expect(s.officer().post("shifts", Json.createObjectBuilder().add("groupId", group).add("area", "人民路沿线")
                .add("startsAt", beijing(start)).add("endsAt", beijing(start.plusHours(2))).add("needed", 2).build()), 201));
    }

    private static long sightingOf(long tip) {
        try {
            return TestEnv.number("SELECT min(id) FROM identifier_sighting WHERE kind = 'TIP' AND record_id = ?", tip);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject fraudCase(String receiving) {
        String anHourAgo = beijing(OffsetDateTime.now().minusHours(1));
        return Json.createObjectBuilder().add("fraudType", "FAKE_LOAN").add("reportedAt", anHourAgo)
                .add("narrative", "以办理低息贷款为名要求缴纳保证金")
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "甲")))
                .add("transfers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("time", anHourAgo)
                        .add("amount", "5000.00").add("channel", "BANK_CARD").add("toAccount", receiving).add("toBank", "某银行")))
                .build();
    }

    private static long accountId(Api admin, String username) {
        return admin.get("accounts?q=" + username).json().getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("username").equals(username)).findFirst().map(ApiAccessMatrixIT::id)
                .orElseThrow(() -> new AssertionError("no account " + username));
    }

    private static JsonObject expect(Api.Reply reply, int status) {
        assertThat(reply.status()).as("fixture not made: %s", reply.body()).isEqualTo(status);
        return reply.json();
    }

    private static long id(JsonObject record) {
        return record.getJsonNumber("id").longValue();
    }

    private static LocalDate today() {
        return LocalDate.now(BEIJING);
    }

    private static String beijing(OffsetDateTime t) {
        return t.withOffsetSameInstant(BEIJING).truncatedTo(ChronoUnit.SECONDS).format(TestEnv.ISO_TIME);
    }
}
