import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The restore drill's two halves (bench/restore-drill.sh).
 * {@code send}: 8 clients send tips for SECONDS, each with its own Idempotency-Key; at AT seconds
 * the time T is noted; every acknowledgement is written to FILE with its time (key, epoch millis),
 * T on the first line. {@code check}: after the restore to T, every tip acknowledged before T
 * must be stored exactly once.
 * Arguments: jdbc-url user send base-url token seconds at file | jdbc-url user check file
 * (password in PGPASSWORD).
 */
public class RestoreDrill {

    public static void main(String[] args) throws Exception {
        if (args[2].equals("send")) {
            send(args[3], args[4], Integer.parseInt(args[5]), Integer.parseInt(args[6]), Path.of(args[7]));
        } else {
            check(args[0], args[1], Path.of(args[3]));
        }
    }

    private static void send(String base, String token, int seconds, int at, Path file) throws Exception {
        String run = "restore-" + System.currentTimeMillis() + "-";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        Map<String, AtomicLong> answers = new ConcurrentSkipListMap<>();
        long start = System.currentTimeMillis(), end = start + seconds * 1000L;
        Thread[] clients = new Thread[8];
        for (int c = 0; c < clients.length; c++) {
            int client = c;
            clients[c] = new Thread(() -> {
                for (int n = 0; System.currentTimeMillis() < end; n++) {
                    String key = run + client + "-" + n;
                    String body = "{\"category\":\"OTHER\",\"occurredAt\":\"2026-11-27T08:00:00+08:00\",\"place\":\"湖塘镇人民路\","
                            + "\"latitude\":31.71,\"longitude\":119.95,\"description\":\"恢复演练 " + key + "\"}";
                    String answer;
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tips"))
                                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        answer = String.valueOf(r.statusCode());
                    } catch (Exception e) {
                        answer = "no answer (" + e.getClass().getSimpleName() + ")";
                    }
                    long now = System.currentTimeMillis();
                    answers.computeIfAbsent(answer, a -> new AtomicLong()).incrementAndGet();
                    if (answer.equals("201") || answer.equals("200")) {
                        acknowledged.put(key, now);
                    }
                }
            });
            clients[c].start();
        }
        Thread.sleep(at * 1000L);
        Instant t = Instant.now();
        for (Thread client : clients) {
            client.join();
        }
        List<String> lines = new ArrayList<>();
        lines.add(t.toString());
        acknowledged.forEach((key, when) -> lines.add(key + "\t" + when));
        Files.write(file, lines);
        long before = acknowledged.values().stream().filter(w -> w < t.toEpochMilli()).count();
        System.out.printf("answers\t%s%n", answers);
        System.out.printf("acknowledged\t%d%n", acknowledged.size());
        System.out.printf("acknowledged before T (%s)\t%d%n", t, before);
    }

    private static void check(String jdbc, String user, Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        long t = Instant.parse(lines.get(0)).toEpochMilli();
        Map<String, Long> acknowledged = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split("\t");
            acknowledged.put(parts[0], Long.parseLong(parts[1]));
        }
        String run = acknowledged.keySet().stream().findAny().map(k -> k.substring(0, k.indexOf('-', 8) + 1)).orElse("none");
        Map<String, Integer> stored = new HashMap<>();
        try (Connection db = DriverManager.getConnection(jdbc, user, System.getenv("PGPASSWORD"));
             PreparedStatement q = db.prepareStatement("SELECT idempotency_key, count(*) FROM tip WHERE idempotency_key LIKE ? GROUP BY 1")) {
            q.setString(1, run + "%");
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        long before = acknowledged.values().stream().filter(w -> w < t).count();
        long missing = acknowledged.entrySet().stream().filter(a -> a.getValue() < t && !stored.containsKey(a.getKey())).count();
        long twice = stored.values().stream().filter(n -> n > 1).count();
        long after = acknowledged.entrySet().stream().filter(a -> a.getValue() >= t && stored.containsKey(a.getKey())).count();
        System.out.printf("acknowledged before T\t%d%n", before);
        System.out.printf("of those, not stored after the restore\t%d%n", missing);
        System.out.printf("stored more than once\t%d%n", twice);
        System.out.printf("acknowledged at or after T and still stored (committed before T, answered after)\t%d%n", after);
        System.out.printf("stored in all\t%d%n", stored.size());
        if (before == 0 || missing != 0 || twice != 0) {
            System.exit(1);
        }
    }
}
