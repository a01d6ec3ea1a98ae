import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The raw baseline of a read: one SQL statement over plain JDBC, run sequentially after a
 * warm-up, with its latency percentiles. The statement may take one text parameter, cycled
 * through the lines of a file. Prints "p50 p99" in milliseconds.
 * Usage: URL USER ROUNDS WARMUP SQL [PARAMETER_FILE]   (password in PGPASSWORD)
 */
public class QueryBaseline {
    public static void main(String[] a) throws Exception {
        int rounds = Integer.parseInt(a[2]);
        int warmup = Integer.parseInt(a[3]);
        List<String> parameters = a.length > 5 ? Files.readAllLines(Path.of(a[5])) : List.of();
        try (var c = java.sql.DriverManager.getConnection(a[0], a[1], System.getenv("PGPASSWORD")); var q = c.prepareStatement(a[4])) {
            long[] t = new long[rounds];
            for (int i = -warmup; i < rounds; i++) {
                if (!parameters.isEmpty()) {
                    q.setString(1, parameters.get(Math.floorMod(i, parameters.size())));
                }
                long start = System.nanoTime();
                try (var rs = q.executeQuery()) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
                if (i >= 0) {
                    t[i] = System.nanoTime() - start;
                }
            }
            Arrays.sort(t);
            System.out.printf("%.3f %.3f%n", t[t.length / 2] / 1e6, t[Math.min(t.length - 1, (int) (t.length * 0.99))] / 1e6);
        }
    }
}
