import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SMS through the outbox while an instance of the deployment group dies. The program is the SMS
 * platform: an HTTP receiver on the loopback port the group's gateway points at (yanghu.sms.url),
 * which counts every request by its Idempotency-Key (yanghu-sms-<outbox id>) and, as a platform
 * that honours the key would, passes a repeated key on to nobody. It is also the officers: 4
 * clients send NOTICES anti-fraud notices through nginx to one enterprise contact (one SMS each),
 * paced over about 40 s, retrying a notice that got no answer. KILL_CMD runs after KILL_AFTER
 * seconds (kill -9 of an instance), START_CMD once the notices are out (returns once the instance
 * serves again). Then it waits until every queued message is SENT (those the dead instance had
 * claimed go when its lease runs out, 3 minutes) and compares the outbox with what arrived:
 * every message must have arrived, and none twice but the one a kill may catch between the
 * platform's answer and its recording (which the key makes harmless).
 * First a probe notice shows that the instances send to this receiver; if it does not arrive,
 * RESTART_CMD (a rolling restart, so the instances read the setting at start) and a second probe.
 * Arguments: jdbc-url user base-url token enterprise-id port notices kill-after (password in PGPASSWORD).
 * Prints tab-separated figures; exits 1 when a message was lost or sent twice more than a kill explains.
 */
public class SmsFailover {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"(\\d+)\"");

    /** Requests per outbox id, and the texts that arrived (for the probe). */
    private static final Map<Long, AtomicInteger> REQUESTS = new ConcurrentHashMap<>();
    private static final Set<String> TEXTS = ConcurrentHashMap.newKeySet();

    public static void main(String[] args) throws Exception {
        String jdbc = args[0], user = args[1], base = args[2], token = args[3];
        long enterprise = Long.parseLong(args[4]);
        int port = Integer.parseInt(args[5]), notices = Integer.parseInt(args[6]), killAfter = Integer.parseInt(args[7]);
        String run = "短信演练-" + System.currentTimeMillis();

        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        receiver.setExecutor(Executors.newFixedThreadPool(8));
        receiver.createContext("/sms", SmsFailover::receive);
        receiver.start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        int status = 1;
        try {
            if (!probe(http, base, token, enterprise, run + " probe-1")) {
                System.out.println("probe\tnot received within 30 s: restarting the group so that the instances read the setting");
                shell(System.getenv("RESTART_CMD"), 900);
                if (!probe(http, base, token, enterprise, run + " probe-2")) {
                    System.out.println("probe\tnot received after the restart either: is yanghu.sms.url set on the group?");
                    return;
                }
            }
            System.out.println("probe\treceived");
            REQUESTS.clear();
            status = drill(jdbc, user, http, base, token, enterprise, run, notices, killAfter);
        } finally {
            receiver.stop(0);
            ((java.util.concurrent.ExecutorService) receiver.getExecutor()).shutdownNow();
            System.exit(status);
        }
    }

    private static int drill(String jdbc, String user, HttpClient http, String base, String token, long enterprise, String run,
                             int notices, int killAfter) throws Exception {
        Map<String, AtomicLong> answers = new ConcurrentSkipListMap<>();
        AtomicInteger answered = new AtomicInteger(), next = new AtomicInteger();
        long start = System.currentTimeMillis();
        Thread[] clients = new Thread[4];
        for (int c = 0; c < clients.length; c++) {
            clients[c] = new Thread(() -> {
                for (int n = next.getAndIncrement(); n < notices; n = next.getAndIncrement()) {
                    for (int attempt = 0; attempt < 20; attempt++) { // a notice without an answer is sent again
                        String answer = notice(http, base, token, enterprise, run + " #" + n);
                        answers.computeIfAbsent(answer, a -> new AtomicLong()).incrementAndGet();
                        if (answer.equals("200")) {
                            answered.incrementAndGet();
                            break;
                        }
                        sleep(1000);
                    }
                    sleep(800); // about 40 s for 200 notices from 4 clients: the kill falls in the middle
                }
            });
            clients[c].start();
        }
        sleep(killAfter * 1000L);
        long killedAt = System.currentTimeMillis();
        shell(System.getenv("KILL_CMD"), 60);
        for (Thread t : clients) {
            t.join();
        }
        long noticesDone = System.currentTimeMillis();
        shell(System.getenv("START_CMD"), 300);
        long restarted = System.currentTimeMillis();

        // every queued message SENT: those the dead instance held go when their lease (3 min) runs out
        Map<Long, String> outbox = new HashMap<>();
        long deadline = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(6);
        long allSentAt = 0;
        try (Connection db = DriverManager.getConnection(jdbc, user, System.getenv("PGPASSWORD"));
             PreparedStatement q = db.prepareStatement("SELECT id, status FROM sms_outbox WHERE text LIKE ? AND text NOT LIKE ?")) {
            q.setString(1, run + " #%");
            q.setString(2, run + " probe%");
            while (System.currentTimeMillis() < deadline) {
                outbox.clear();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        outbox.put(rs.getLong(1), rs.getString(2));
                    }
                }
                if (!outbox.isEmpty() && outbox.values().stream().allMatch("SENT"::equals)) {
                    allSentAt = System.currentTimeMillis();
                    break;
                }
                sleep(2000);
            }
        }
        sleep(3000); // a send recorded just now has surely arrived
        long notSent = outbox.values().stream().filter(s -> !s.equals("SENT")).count();
        long missing = outbox.keySet().stream().filter(id -> !REQUESTS.containsKey(id)).count();
        long repeated = outbox.keySet().stream().filter(REQUESTS::containsKey).mapToLong(id -> REQUESTS.get(id).get() - 1).sum();
        long strangers = REQUESTS.keySet().stream().filter(id -> !outbox.containsKey(id)).count();

        System.out.printf("notices answered 200\t%d of %d%n", answered.get(), notices);
        System.out.printf("answers\t%s%n", answers);
        System.out.printf("messages queued\t%d%n", outbox.size());
        System.out.printf("messages not SENT at the end\t%d%n", notSent);
        System.out.printf("messages that never arrived\t%d%n", missing);
        System.out.printf("requests repeated (same Idempotency-Key; the platform sends once)\t%d%n", repeated);
        System.out.printf("other messages that arrived (other work's, queued meanwhile)\t%d%n", strangers);
        System.out.printf("kill at\t%.1f s; notices done at %.1f s; instance back at %.1f s%n", (killedAt - start) / 1000.0,
                (noticesDone - start) / 1000.0, (restarted - start) / 1000.0);
        System.out.printf("last message SENT\t%s%n", allSentAt == 0 ? "never" : String.format("%.1f s after the kill", (allSentAt - killedAt) / 1000.0));
        // one kill interrupts at most the one message its instance was sending (the timer sends one at a time)
        boolean passed = answered.get() == notices && outbox.size() >= notices && notSent == 0 && missing == 0 && repeated <= 1;
        System.out.printf("each message sent exactly once\t%s%n", passed ? "yes" : "NO");
        return passed ? 0 : 1;
    }

    private static boolean probe(HttpClient http, String base, String token, long enterprise, String text) {
        if (!notice(http, base, token, enterprise, text).equals("200")) {
            return false;
        }
        for (int i = 0; i < 60; i++) {
            if (TEXTS.contains(text)) {
                return true;
            }
            sleep(500);
        }
        return false;
    }

    /** One notice to the enterprise's contact; the answer's status, or what went wrong. */
    private static String notice(HttpClient http, String base, String token, long enterprise, String text) {
        String body = "{\"enterpriseIds\":[" + enterprise + "],\"fraudType\":\"FAKE_INVESTMENT\",\"audience\":\"财务人员\","
                + "\"message\":\"" + text + "\"}";
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/enterprises/notices"))
                    .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            return String.valueOf(r.statusCode());
        } catch (Exception e) {
            return "no answer (" + e.getClass().getSimpleName() + ")";
        }
    }

    private static void receive(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Matcher id = ID.matcher(body);
        if (id.find()) {
            REQUESTS.computeIfAbsent(Long.valueOf(id.group(1)), k -> new AtomicInteger()).incrementAndGet();
        }
        Matcher text = Pattern.compile("\"text\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
        if (text.find()) {
            TEXTS.add(text.group(1));
        }
        byte[] answer = "{\"result\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private static void shell(String command, int seconds) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", command).inheritIO().start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
