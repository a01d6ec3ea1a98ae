import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tip intake while a part goes away and comes back (PostgreSQL, or an instance of the
 * deployment group), as phones would send it: 8 clients, each tip with its own Idempotency-Key,
 * retried with the same key and body until it is acknowledged. The part is stopped after
 * STOP_AFTER seconds (STOP_CMD) and started again DOWN_FOR seconds later (START_CMD, which
 * returns once it is back). At the end every acknowledged key must be stored exactly once.
 * Prints the answers by status, the outage, and the time from the part's return to the first
 * stored tip.
 * Arguments: jdbc-url user base-url token seconds stop-after down-for (password in PGPASSWORD).
 */
public class FaultyIntake {

    public static void main(String[] args) throws Exception {
        String jdbc = args[0], user = args[1], base = args[2], token = args[3];
        int seconds = Integer.parseInt(args[4]), stopAfter = Integer.parseInt(args[5]), downFor = Integer.parseInt(args[6]);
        String run = "fault-" + System.currentTimeMillis() + "-";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Map<String, AtomicLong> answers = new ConcurrentSkipListMap<>();
        AtomicLong backAt = new AtomicLong(), firstStoredAfter = new AtomicLong(), lastUnavailable = new AtomicLong();
        long start = System.currentTimeMillis(), end = start + seconds * 1000L;

        Thread[] clients = new Thread[8];
        for (int c = 0; c < clients.length; c++) {
            int client = c;
            clients[c] = new Thread(() -> {
                for (int n = 0; System.currentTimeMillis() < end; n++) {
                    String key = run + client + "-" + n;
                    String body = "{\"category\":\"OTHER\",\"occurredAt\":\"2026-11-27T08:00:00+08:00\",\"place\":\"湖塘镇人民路\","
                            + "\"latitude\":31.71,\"longitude\":119.95,\"description\":\"数据库故障演练 " + key + "\"}";
                    while (System.currentTimeMillis() < end) { // the same key until it is acknowledged
                        String answer;
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tips"))
                                    .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                            answer = String.valueOf(r.statusCode());
                            if (r.statusCode() == 503 && !r.body().contains("\"unavailable\"")) {
                                answer = "503 without the message";
                            }
                        } catch (Exception e) {
                            answer = "no answer (" + e.getClass().getSimpleName() + ")";
                        }
                        answers.computeIfAbsent(answer, a -> new AtomicLong()).incrementAndGet();
                        if (answer.equals("201") || answer.equals("200")) {
                            acknowledged.add(key);
                            if (backAt.get() > 0 && System.currentTimeMillis() > backAt.get()) {
                                firstStoredAfter.compareAndSet(0, System.currentTimeMillis());
                            }
                            break;
                        }
                        if (answer.startsWith("503")) {
                            lastUnavailable.set(System.currentTimeMillis());
                        }
                        sleep(250);
                    }
                }
            });
            clients[c].start();
        }

        sleep(stopAfter * 1000L);
        long stoppedAt = System.currentTimeMillis();
        shell(System.getenv("STOP_CMD"));
        sleep(downFor * 1000L);
        shell(System.getenv("START_CMD"));
        backAt.set(System.currentTimeMillis());
        for (Thread t : clients) {
            t.join();
        }

        Map<String, Integer> stored = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(jdbc, user, System.getenv("PGPASSWORD"));
             PreparedStatement q = db.prepareStatement("SELECT idempotency_key, count(*) FROM tip WHERE idempotency_key LIKE ? GROUP BY 1")) {
            q.setString(1, run + "%");
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        long missing = acknowledged.stream().filter(k -> !stored.containsKey(k)).count();
        long twice = stored.values().stream().filter(n -> n > 1).count();
        long serverErrors = answers.entrySet().stream().filter(a -> a.getKey().startsWith("5") && !a.getKey().equals("503"))
                .mapToLong(a -> a.getValue().get()).sum();
        System.out.printf("answers\t%s%n", answers);
        System.out.printf("server errors (5xx but a 503 with its message)\t%d%n", serverErrors);
        System.out.printf("acknowledged\t%d%n", acknowledged.size());
        System.out.printf("stored\t%d%n", stored.size());
        System.out.printf("acknowledged but not stored\t%d%n", missing);
        System.out.printf("stored more than once\t%d%n", twice);
        System.out.printf("down (stopped until started again)\t%.1f s%n", (backAt.get() - stoppedAt) / 1000.0);
        System.out.printf("recovery: back to first stored tip\t%s%n",
                firstStoredAfter.get() == 0 ? "never" : String.format("%.1f s", (firstStoredAfter.get() - backAt.get()) / 1000.0));
        System.out.printf("last 503 after it was back\t%.1f s%n", Math.max(0, lastUnavailable.get() - backAt.get()) / 1000.0);
    }

    private static void shell(String command) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", command).inheritIO().start();
        // 10 minutes: ./run.sh promote restarts the instances one at a time, 235 s in all on two busy cores
        if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
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
