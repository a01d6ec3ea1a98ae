import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Delivery latency of notifications: from the commit of the causing change to the event in a
 * connected client. officer1 registers a case and accepts it through WRITE_BASE, which tells
 * head1; head1's stream (GET /api/v1/notifications/stream) is open on STREAM_BASE, which may be
 * another instance. The client reconnects by itself after a lost connection, sending the last id
 * it saw, as browsers do. Latency is taken from the moment the accept's answer arrived (the
 * commit is just before it) to the event; "from the request" adds the request's own time.
 *
 *   java NotificationLatency.java WRITE_BASE STREAM_BASE EVENTS [PAUSE_MS]
 * Prints one line of figures: events, received, lost, duplicates, p50/p95/max (ms).
 */
public class NotificationLatency {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final Pattern LINK = Pattern.compile("\"link\":\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    private static final Map<String, Long> arrived = new ConcurrentHashMap<>();
    private static final AtomicInteger duplicates = new AtomicInteger();
    private static final AtomicInteger reconnects = new AtomicInteger();
    private static volatile boolean running = true;

    public static void main(String[] args) throws Exception {
        String writeBase = args[0];
        String streamBase = args[1];
        int events = Integer.parseInt(args[2]);
        long pause = args.length > 3 ? Long.parseLong(args[3]) : 200;
        String password = System.getenv().getOrDefault("BENCH_PASSWORD", "Yanghu-demo-2026");
        String officer = retrying(() -> token(writeBase, "officer1", password));
        String head = retrying(() -> token(streamBase, "head1", password));

        Thread listener = new Thread(() -> listen(streamBase, head));
        listener.setDaemon(true);
        listener.start();
        Thread.sleep(1500); // the stream is open

        Map<String, long[]> sent = new ConcurrentHashMap<>(); // link -> {request sent, answer received}
        for (int i = 0; i < events; i++) {
            long[] times = retrying(() -> acceptNewCase(writeBase, officer, sent));
            Thread.sleep(pause);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && !arrived.keySet().containsAll(sent.keySet())) {
            Thread.sleep(100);
        }
        running = false;

        List<Double> fromCommit = new ArrayList<>();
        List<Double> fromRequest = new ArrayList<>();
        int lost = 0;
        for (Map.Entry<String, long[]> e : sent.entrySet()) {
            Long at = arrived.get(e.getKey());
            if (at == null) {
                lost++;
                continue;
            }
            fromCommit.add(Math.max(0, at - e.getValue()[1]) / 1e6);
            fromRequest.add((at - e.getValue()[0]) / 1e6);
        }
        fromCommit.sort(null);
        fromRequest.sort(null);
        System.out.printf("events %d received %d lost %d duplicates %d reconnects %d | from commit p50 %.0f p95 %.0f max %.0f ms"
                        + " | from request p50 %.0f p95 %.0f max %.0f ms%n",
                sent.size(), fromCommit.size(), lost, duplicates.get(), reconnects.get(),
                pct(fromCommit, 50), pct(fromCommit, 95), pct(fromCommit, 100),
                pct(fromRequest, 50), pct(fromRequest, 95), pct(fromRequest, 100));
    }

    /**
     * Registers a case as officer1 and accepts it; answers {request sent, answer received}. An
     * accept whose answer was lost (an instance stopping, the balancer's 502) is asked again, and
     * a 409 then means the first one committed: the case is ACCEPTED, its notification written.
     * Only accepted cases are expected on the stream.
     */
    private static long[] acceptNewCase(String base, String token, Map<String, long[]> sent) throws Exception {
        String now = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(30).withNano(0).toString();
        String report = "{\"fraudType\":\"FAKE_INVESTMENT\",\"reportedAt\":\"" + now + "\",\"narrative\":\"通知时延测量\","
                + "\"victims\":[{\"name\":\"测某\"}],\"transfers\":[{\"time\":\"" + now + "\",\"amount\":\"100.00\","
                + "\"channel\":\"BANK_CARD\",\"toAccount\":\"6222021234567890\",\"toBank\":\"某银行\"}]}";
        HttpResponse<String> created = post(base, token, "fraud-cases", report);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("case not registered: " + created.statusCode() + " " + created.body());
        }
        Matcher id = ID.matcher(created.body());
        id.find();
        String link = "/fraud/case.xhtml?id=" + id.group(1);
        long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            long requested = System.nanoTime();
            try {
                HttpResponse<String> accepted = post(base, token, "fraud-cases/" + id.group(1) + "/transitions", "{\"action\":\"ACCEPT\"}");
                long answered = System.nanoTime();
                if (accepted.statusCode() == 200 || accepted.statusCode() == 409 && accepted.body().contains("ACCEPTED")) {
                    long[] times = {requested, answered};
                    sent.put(link, times);
                    return times;
                }
            } catch (java.io.IOException e) {
                // no answer: ask again
            }
            if (System.nanoTime() > end) {
                throw new IllegalStateException("case " + id.group(1) + " could not be accepted");
            }
            Thread.sleep(250);
        }
    }

    /** head1's stream: reconnects with Last-Event-ID until the measurement ends. */
    private static void listen(String base, String token) {
        String lastId = null;
        while (running) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/notifications/stream"))
                        .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream");
                if (lastId != null) {
                    request.header("Last-Event-ID", lastId);
                }
                HttpResponse<java.io.InputStream> r = HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("stream: " + r.statusCode());
                }
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                    String line;
                    while (running && (line = lines.readLine()) != null) {
                        if (line.startsWith("id:")) {
                            lastId = line.substring(3).strip();
                        } else if (line.startsWith("data:")) {
                            long at = System.nanoTime();
                            Matcher link = LINK.matcher(line);
                            if (link.find() && arrived.putIfAbsent(link.group(1), at) != null) {
                                duplicates.incrementAndGet();
                            }
                        }
                    }
                }
            } catch (Exception e) {
                // the instance went away: connect again, as a browser would
            }
            if (running) {
                reconnects.incrementAndGet();
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static String token(String base, String username, String password) throws Exception {
        HttpResponse<String> r = post(base, null, "auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        Matcher m = TOKEN.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no token for " + username + ": " + r.statusCode());
        }
        return m.group(1);
    }

    private static HttpResponse<String> post(String base, String token, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/v1/" + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private interface Attempt<T> {
        T run() throws Exception;
    }

    /** Calls through a restart: connection failures and 5xx are tried again for up to a minute. */
    private static <T> T retrying(Attempt<T> attempt) throws Exception {
        long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            try {
                return attempt.run();
            } catch (Exception e) {
                if (System.nanoTime() > end) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    private static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1 < 0 ? 0
                : (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
