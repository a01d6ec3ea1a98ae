package cn.gov.wujin.yanghu.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMS outbox against a gateway of the test's own: a small HTTP server on the loopback port
 * that scripts/test-server.sh gives the test server as its SMS platform (YANGHU_SMS_URL as the
 * system property yanghu.sms.url, with a bearer token). While it listens it also receives what
 * other tests queued and the server retries: each check counts only its own messages, by id.
 * Sends happen both from the servers's own timer (every 5 s) and from POST /sms-outbox/dispatch,
 * which the tests call to be quick and, in the concurrency test, from several clients at once.
 */
class SmsOutboxIT extends DeployedApplication {

    /** scripts/test-server.sh: SMS_URL and SMS_TOKEN. */
    private static final int PORT = 28199;
    private static final String TOKEN = "it-sms-token";

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    /** PrimeFaces' CSP mode checks a postback's nonce: the one its scripts carry. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"");

    /** What the gateway received: its headers and the body as JSON. */
    private record Received(String idempotencyKey, String authorization, String contentType, JsonObject body) {

        long id() {
            return Long.parseLong(body.getString("id"));
        }
    }

    private static HttpServer gateway;
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    /** Phones whose next requests the gateway refuses with a 500, and how many more. */
    private static final Map<String, AtomicInteger> REFUSE = new ConcurrentHashMap<>();

    private final Api admin = Api.demo("admin");
    private final Api head = Api.demo("head1");

    @BeforeAll
    static void listen() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 64);
        gateway.setExecutor(Executors.newFixedThreadPool(8));
        gateway.createContext("/sms", SmsOutboxIT::receive);
        gateway.start();
    }

    @AfterAll
    static void stop() {
        gateway.stop(0);
        ((ExecutorService) gateway.getExecutor()).shutdownNow();
    }

    private static void receive(HttpExchange exchange) throws IOException {
        int status = 200;
        try {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonObject json = Json.createReader(new StringReader(body)).readObject();
            AtomicInteger refusals = REFUSE.get(json.getString("phone"));
            status = refusals != null && refusals.getAndDecrement() > 0 ? 500 : 200;
            RECEIVED.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("Content-Type"),
                    status == 200 ? json : Json.createObjectBuilder(json).add("refused", true).build()));
        } catch (RuntimeException e) {
            status = 400;
        }
        byte[] answer = (status == 200 ? "{\"result\":\"ok\"}" : "{\"result\":\"platform busy\"}").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @Test
    void aLiaisonNoticeReachesTheGatewayOnceWithItsBodyAndIsAudited() throws Exception {
        String phone = phone();
        String message = "近期有冒充公检法的电话，要求转账到“安全账户”，请勿相信 \"96110\" " + TestEnv.unique();
        long enterprise = enterprise(phone);
        Api.Reply sent = head.post("enterprises/notices", Json.createObjectBuilder().add("enterpriseIds", Json.createArrayBuilder()
                .add(enterprise)).add("fraudType", "IMPERSONATING_AUTHORITIES").add("audience", "全体员工").add("message", message).build());
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().getInt("delivered")).as("queued for the one contact").isEqualTo(1);
        long id = TestEnv.number("SELECT id FROM sms_outbox WHERE phone = ? AND kind = 'LIAISON_NOTICE'", phone);

        List<Received> got = awaitReceived(id, 1);
        Received request = got.get(0);
        assertThat(request.body()).isEqualTo(Json.createObjectBuilder().add("id", String.valueOf(id)).add("phone", phone)
                .add("text", message).build());
        assertThat(request.idempotencyKey()).isEqualTo("yanghu-sms-" + id);
        assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(request.contentType()).startsWith("application/json");
        awaitStatus(id, "SENT");
        assertThat(TestEnv.number("SELECT count(*) FROM sms_outbox WHERE id = ? AND attempts = 1 AND sent_at IS NOT NULL "
                + "AND claimed_by IS NULL AND last_error IS NULL", id)).isEqualTo(1);
        dispatch(10);
        assertThat(received(id)).as("sent once, not again").hasSize(1);

        List<Object> audit = TestEnv.column("SELECT actor || ' ' || action || ' ' || summary FROM audit_entry "
                + "WHERE entity_type = 'SmsOutbox' AND entity_id = ?", String.valueOf(id));
        assertThat(audit).containsExactly("system SMS_SENT LIAISON_NOTICE to " + phone.substring(0, 3) + "****"
                + phone.substring(7) + ", attempt 1");

        // the administrator's view: the message with the phone masked, never in full
        JsonObject row = admin.get("sms-outbox?status=SENT&size=200").json().getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(row.getString("phone")).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(row.getString("status")).isEqualTo("SENT");
        // and the page: the first rows as the API lists them, each phone masked, none in full
        PageSession.Reply outbox = PageSession.signIn("admin", TestEnv.DEMO_PASSWORD).get("admin/sms-outbox.xhtml");
        assertThat(outbox.status()).isEqualTo(200);
        assertThat(outbox.body()).as("the kinds, by name").contains("防诈提醒（发给企业联系人）").contains("紧急预警线索");
        for (JsonValue shown : admin.get("sms-outbox?size=20").json().getJsonArray("rows")) {
            String full = (String) TestEnv.column("SELECT phone FROM sms_outbox WHERE id = ?",
                    shown.asJsonObject().getJsonNumber("id").longValue()).get(0);
            assertThat(outbox.body()).contains(full.substring(0, 3) + "****" + full.substring(full.length() - 4)).doesNotContain(full);
        }
        Api.Reply notFailed = admin.inEnglish().post("sms-outbox/" + id + "/retry", null);
        assertThat(notFailed.status()).isEqualTo(409);
        assertThat(notFailed.json().getString("message")).isEqualTo("Only a failed message can be sent again");
        assertThat(admin.post("sms-outbox/0/retry", null).status()).isEqualTo(404);
    }

    @Test
    void aKindThatDoesNotGoBySmsQueuesNothing() throws Exception {
        String phone = phone();
        long enterprise = enterprise(phone);
        setBySms("LIAISON_NOTICE", false);
        try {
            Api.Reply sent = head.post("enterprises/notices", Json.createObjectBuilder().add("enterpriseIds", Json.createArrayBuilder()
                    .add(enterprise)).add("fraudType", "FAKE_LOAN").add("audience", "财务人员").add("message", "警惕虚假贷款").build());
            assertThat(sent.status()).as(sent.body()).isEqualTo(200);
            assertThat(sent.json().getInt("delivered")).isZero();
            assertThat(sent.json().getJsonArray("withoutContact")).hasSize(1);
            assertThat(TestEnv.number("SELECT count(*) FROM sms_outbox WHERE phone = ?", phone)).isZero();
        } finally {
            setBySms("LIAISON_NOTICE", true);
        }
    }

    private static void setBySms(String kind, boolean sms) throws Exception {
        try (Connection db = TestEnv.database();
             PreparedStatement set = db.prepareStatement("UPDATE notification_kind_setting SET sms = ?, version = version + 1 WHERE kind = ?")) {
            set.setBoolean(1, sms);
            set.setString(2, kind);
            assertThat(set.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void aRefusedMessageIsTriedAgainAfterItsWaitAndThenSent() throws Exception {
        String phone = phone();
        REFUSE.put(phone, new AtomicInteger(1));
        long enterprise = enterprise(phone);
        assertThat(head.post("enterprises/notices", Json.createObjectBuilder().add("enterpriseIds", Json.createArrayBuilder().add(enterprise))
                .add("fraudType", "FAKE_INVESTMENT").add("audience", "财务人员").add("message", "警惕虚假投资理财 " + TestEnv.unique())
                .build()).status()).isEqualTo(200);
        long id = TestEnv.number("SELECT id FROM sms_outbox WHERE phone = ?", phone);

        assertThat(awaitReceived(id, 1).get(0).body().getBoolean("refused", false)).as("the platform answers 500").isTrue();
        awaitAttempts(id, 1);
        List<Object> waiting = TestEnv.column("SELECT status || ' ' || last_error || ' ' "
                + "|| (not_before BETWEEN now() + interval '20 seconds' AND now() + interval '31 seconds') FROM sms_outbox WHERE id = ?", id);
        assertThat(waiting).containsExactly("PENDING HTTP 500: {\"result\":\"platform busy\"} true");
        dispatch(20);
        assertThat(received(id)).as("not before its wait of 30 s is over").hasSize(1);

        // the wait is over (moved, rather than waited for)
        try (Connection db = TestEnv.database(); PreparedStatement due = db.prepareStatement(
                "UPDATE sms_outbox SET not_before = now() WHERE id = ? AND status = 'PENDING'")) {
            due.setLong(1, id);
            assertThat(due.executeUpdate()).isEqualTo(1);
        }
        List<Received> both = awaitReceived(id, 2);
        assertThat(both).extracting(Received::idempotencyKey).containsOnly("yanghu-sms-" + id);
        awaitStatus(id, "SENT");
        assertThat(TestEnv.number("SELECT attempts FROM sms_outbox WHERE id = ? AND last_error IS NULL", id)).isEqualTo(2);
        assertThat(TestEnv.column("SELECT summary FROM audit_entry WHERE entity_type = 'SmsOutbox' AND entity_id = ? "
                + "AND action = 'SMS_SENT'", String.valueOf(id))).singleElement().asString().endsWith("attempt 2");
    }

    @Test
    void concurrentDispatchersSendEveryMessageExactlyOnce() throws Exception {
        int messages = 200;
        String run = TestEnv.unique();
        List<Long> ids = new ArrayList<>();
        try (Connection db = TestEnv.database(); PreparedStatement insert = db.prepareStatement("INSERT INTO sms_outbox (phone, kind, "
                + "urgent, text) VALUES (?, 'LIAISON_NOTICE', ?, ?) RETURNING id")) {
            for (int i = 0; i < messages; i++) {
                insert.setString(1, phone());
                insert.setBoolean(2, i % 10 == 0);
                insert.setString(3, "并发发送 " + run + " #" + i);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    ids.add(rs.getLong(1));
                }
            }
        }
        Set<Long> ours = Set.copyOf(ids);

        // six clients ask for small rounds at once, beside the server's own timer, until nothing of ours is left
        ExecutorService clients = Executors.newFixedThreadPool(6);
        AtomicInteger rounds = new AtomicInteger();
        AtomicInteger sentByClients = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        for (int c = 0; c < 6; c++) {
            running.add(clients.submit(() -> {
                while (System.nanoTime() < deadline && pending(run) > 0) {
                    JsonObject round = dispatch(7);
                    rounds.incrementAndGet();
                    sentByClients.addAndGet(round.getInt("sent"));
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get(120, TimeUnit.SECONDS);
        }
        clients.shutdown();

        assertThat(pending(run)).as("messages still waiting after 90 s").isZero();
        Map<Long, Long> arrivals = RECEIVED.stream().filter(r -> ours.contains(r.id()))
                .collect(Collectors.groupingBy(Received::id, Collectors.counting()));
        assertThat(arrivals.keySet()).as("every message arrived").containsExactlyInAnyOrderElementsOf(ours);
        assertThat(arrivals.values()).as("and each exactly once").containsOnly(1L);
        Map<Long, Long> sends = TestEnv.column("SELECT entity_id FROM audit_entry WHERE entity_type = 'SmsOutbox' AND action = 'SMS_SENT' "
                + "AND entity_id = ANY (?)", (Object) ids.stream().map(String::valueOf).toArray(String[]::new)).stream()
                .collect(Collectors.groupingBy(e -> Long.valueOf((String) e), Collectors.counting()));
        assertThat(sends).as("one audit row per message").hasSize(messages).allSatisfy((id, n) -> assertThat(n).isEqualTo(1L));
        assertThat(TestEnv.number("SELECT count(*) FROM sms_outbox WHERE text LIKE ? AND status = 'SENT' AND attempts = 1",
                "并发发送 " + run + " #%")).as("sent at the first claim, none claimed twice").isEqualTo(messages);
        assertThat(sentByClients.get()).as("the clients' rounds did send (the rest went by the timer)").isPositive();
        System.out.printf("SmsOutboxIT: %d messages, %d rounds of 6 clients sent %d, the server's timer the rest%n", messages,
                rounds.get(), sentByClients.get());
    }

    @Test
    void eachPersonChoosesSmsAndQuietHoursOnTheProfileAndThroughTheApi() throws Exception {
        String username = Fixtures.account(admin, null, "SUPERVISOR");
        Api me = Api.as(username, Fixtures.PASSWORD).inEnglish();
        Api.Reply initially = me.get("me/notification-preferences");
        JsonObject fresh = initially.json();
        assertThat(fresh.getBoolean("smsEnabled")).isTrue();
        assertThat(initially.isNull("quietFrom") && initially.isNull("quietTo")).as("no quiet hours").isTrue();
        assertThat(fresh.getString("phone")).isEqualTo("139****5678");

        Api.Reply bad = me.put("me/notification-preferences", Json.createObjectBuilder().add("smsEnabled", true)
                .add("quietFrom", "25:00").build());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(errors(bad)).containsExactly(
                Map.entry("quietFrom", "Quiet hours from: write the time as hours:minutes, e.g. 22:00"),
                Map.entry("quietTo", "Quiet hours until: fill in both times, or leave both empty"));
        Api.Reply same = me.put("me/notification-preferences", Json.createObjectBuilder().add("quietFrom", "22:00")
                .add("quietTo", "22:00").build());
        assertThat(errors(same)).containsOnlyKeys("smsEnabled", "quietTo");
        Api.Reply wrongType = me.put("me/notification-preferences", Json.createObjectBuilder().add("smsEnabled", "yes").build());
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().getString("field")).isEqualTo("smsEnabled");
        assertThat(me.get("me/notification-preferences").json()).as("nothing changed").isEqualTo(fresh);
        assertThat(TestEnv.number("SELECT count(*) FROM notification_preference p JOIN account a ON a.id = p.account_id "
                + "WHERE a.username = ?", username)).isZero();

        JsonObject night = me.put("me/notification-preferences", Json.createObjectBuilder().add("smsEnabled", false)
                .add("quietFrom", "22:00").add("quietTo", "7:00").build()).json();
        assertThat(night.getBoolean("smsEnabled")).isFalse();
        assertThat(night.getString("quietFrom") + "-" + night.getString("quietTo")).isEqualTo("22:00-07:00");
        assertThat(me.get("me/notification-preferences").json()).isEqualTo(night);

        // the same choice on the profile page: shown as stored, saved through the form
        PageSession page = PageSession.signIn(username, Fixtures.PASSWORD);
        PageSession.Reply profile = page.get("account/profile.xhtml");
        assertThat(profile.body()).contains("value=\"22:00\"").contains("value=\"07:00\"").contains("139****5678");
        Map<String, String> form = new HashMap<>();
        form.put("sms", "sms");
        form.put("sms:smsEnabled_input", "on");
        form.put("sms:quietFrom", "23:30");
        form.put("sms:quietTo", "06:00");
        form.put("sms:save", "sms:save");
        form.putAll(postback(profile.body()));
        PageSession.Reply saved = page.post("account/profile.xhtml", form);
        assertThat(saved.body()).contains("短信设置已保存");
        JsonObject fromPage = me.get("me/notification-preferences").json();
        assertThat(fromPage.getBoolean("smsEnabled")).isTrue();
        assertThat(fromPage.getString("quietFrom") + "-" + fromPage.getString("quietTo")).isEqualTo("23:30-06:00");
        form.put("sms:quietTo", "6");
        form.putAll(postback(saved.body()));
        assertThat(page.post("account/profile.xhtml", form).body()).as("a wrong time is named beside its input")
                .contains("免打扰结束时间请按“时:分”填写");
        assertThat(me.get("me/notification-preferences").json()).isEqualTo(fromPage);
    }

    // ---- helpers

    /** A mobile number no other test uses. */
    private static String phone() {
        return "139" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    /** An enterprise of 湖塘 (head1's station) whose contact has this phone. */
    private long enterprise(String phone) {
        Api.Reply created = head.post("enterprises", Json.createObjectBuilder().add("name", "短信测试企业" + TestEnv.unique())
                .add("creditCode", LiaisonIT.creditCode()).add("sector", "MANUFACTURING").add("contactName", "钱会计")
                .add("contactPhone", phone).build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }

    private JsonObject dispatch(int limit) {
        Api.Reply round = admin.post("sms-outbox/dispatch?limit=" + limit, null);
        assertThat(round.status()).as(round.body()).isEqualTo(200);
        return round.json();
    }

    private static List<Received> received(long id) {
        return RECEIVED.stream().filter(r -> r.id() == id).toList();
    }

    /** Has the server send (its timer, or a round asked for) until the gateway got {@code count} requests for the message. */
    private List<Received> awaitReceived(long id, int count) throws InterruptedException {
        return await(() -> received(id), got -> got.size() >= count, "SMS #" + id + " received " + count + " times");
    }

    private void awaitStatus(long id, String status) throws Exception {
        await(() -> value("SELECT status FROM sms_outbox WHERE id = ?", id), status::equals, "SMS #" + id + " " + status);
    }

    private void awaitAttempts(long id, int attempts) throws Exception {
        await(() -> value("SELECT claimed_by IS NULL AND attempts = " + attempts + " FROM sms_outbox WHERE id = ?", id),
                Boolean.TRUE::equals, "SMS #" + id + " recorded after attempt " + attempts);
    }

    private <T> T await(java.util.function.Supplier<T> read, java.util.function.Predicate<T> done, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        T value = read.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 20 s: " + what + " (now " + value + ")");
            }
            dispatch(20);
            Thread.sleep(50);
            value = read.get();
        }
        return value;
    }

    private static Object value(String sql, Object parameter) {
        try {
            return TestEnv.column(sql, parameter).get(0);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long pending(String run) {
        try {
            return TestEnv.number("SELECT count(*) FROM sms_outbox WHERE text LIKE ? AND status <> 'SENT'", "并发发送 " + run + " #%");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> errors(Api.Reply reply) {
        Function<JsonObject, String> field = e -> e.getString("field");
        return reply.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(field, e -> e.getString("message"), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** What a postback of the page's form carries besides its fields: the view state and the CSP nonce. */
    private static Map<String, String> postback(String page) {
        Matcher state = VIEW_STATE.matcher(page);
        Matcher nonce = NONCE.matcher(page);
        if (!state.find() || !nonce.find()) {
            throw new AssertionError("no view state or nonce in the page");
        }
        return Map.of("jakarta.faces.ViewState", state.group(1), "primefaces.nonce", nonce.group(1));
    }
}
