package cn.gov.wujin.yanghu.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's production path, taken as a bureau's administrator takes it: a PostgreSQL of
 * their own with a role and a database made for Yanghu, {@code YANGHU_DB_*} and
 * {@code YANGHU_ADMIN_PASSWORD} set, no demo data, {@code ./run.sh}. It runs as a second server
 * ({@code YANGHU_PORT_BASE}: its own Payara domain and ports), so neither the test domain nor a
 * developer's own {@code ./run.sh} is touched, against a fresh embedded PostgreSQL of its own
 * that is removed afterwards. Plain JUnit: it drives the scripts, as a person would. It shares
 * nothing with the other tests, so it runs beside them (junit-platform.properties).
 */
@Execution(ExecutionMode.CONCURRENT)
class ProductionPathIT {

    private static final int PORT_BASE = 26000;
    private static final String DOMAIN = "yanghu-production-path";
    private static final URI BASE = URI.create("http://localhost:" + (PORT_BASE + 80) + "/");
    private static final Duration SCRIPT_LIMIT = Duration.ofMinutes(8);

    private final Path root = projectRoot();
    private final Path log = root.resolve("ear/target/production-path.log");
    private final Path data = root.resolve(".yanghu/production-path/pgdata");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void runShStartsAgainstAnExternalDatabaseWithTheFirstAdministratorAndNoDemoData() throws Exception {
        Files.createDirectories(log.getParent());
        Files.writeString(log, "", StandardCharsets.UTF_8);
        String adminPassword = "Admin-" + random(12) + "-7";
        String dbPassword = random(20);
        int dbPort = freePort();
        Instant started = Instant.now();
        removeDatabase(); // left by an interrupted run
        boolean serverStopped = false;
        try {
            script("the second PostgreSQL", Map.of(), "bash", "-c",
                    "source scripts/lib.sh && need_java && db_start \"$1\" \"$2\"", "db_start", data.toString(), String.valueOf(dbPort));
            createRoleAndDatabase(dbPort, dbPassword);

            Map<String, String> production = Map.of(
                    "YANGHU_DB_URL", "jdbc:postgresql://127.0.0.1:" + dbPort + "/bureau_cases",
                    "YANGHU_DB_USER", "bureau_app",
                    "YANGHU_DB_PASSWORD", dbPassword,
                    "YANGHU_ADMIN_PASSWORD", adminPassword);
            Run start = script("./run.sh", production, "./run.sh");
            assertThat(start.exitCode()).as("./run.sh exit status; its output is in " + log).isZero();
            assertThat(start.output()).as("./run.sh prints the address; see " + log).contains("Yanghu is running: " + BASE);

            assertThat(get("health/ready").statusCode()).as("/health/ready; server output in " + log).isEqualTo(200);
            HttpResponse<String> admin = signIn("admin", adminPassword);
            assertThat(admin.statusCode()).as("the first administrator signs in; see " + log).isEqualTo(200);
            assertThat(admin.body()).contains("\"token\"");
            assertThat(signIn("officer1", "Yanghu-demo-2026").statusCode()).as("no demo account (officer1) exists").isEqualTo(401);

            // Payara's administrator got a generated password that only root reads; without it, nothing
            Path adminPasswordFile = root.resolve(".yanghu/admin/" + DOMAIN + ".password");
            assertThat(Files.getPosixFilePermissions(adminPasswordFile)).as("%s readable by its owner only", adminPasswordFile)
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(Files.readString(adminPasswordFile)).matches("AS_ADMIN_PASSWORD=\\w{20,}\\s*");
            HttpResponse<String> emptyPassword = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (PORT_BASE + 48) + "/management/domain"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:".getBytes(StandardCharsets.UTF_8)))
                    .header("X-Requested-By", "yanghu").timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(emptyPassword.statusCode()).as("the administration's REST interface refuses admin with an empty password").isEqualTo(401);

            Run stop = script("./run.sh stop", Map.of(), "./run.sh", "stop");
            serverStopped = true;
            assertThat(stop.exitCode()).as("./run.sh stop exit status; see " + log).isZero();
            assertThat(closedWithin(PORT_BASE + 80, Duration.ofSeconds(20))).as("the application's port is closed after ./run.sh stop").isTrue();
            assertThat(closedWithin(PORT_BASE + 48, Duration.ofSeconds(20))).as("Payara's administration port is closed too").isTrue();
        } finally {
            if (!serverStopped) {
                script("./run.sh stop (cleaning up)", Map.of(), "./run.sh", "stop");
            }
            removeDatabase();
            String took = "production path checked in " + Duration.between(started, Instant.now()).toSeconds() + " s";
            append(took);
            System.out.println(took + "; the scripts' output is in " + log);
        }
    }

    /** As a database administrator would: a role that owns its database, and nothing more. */
    private void createRoleAndDatabase(int port, String password) throws Exception {
        String superuserPassword = Files.readString(Path.of(data + ".password")).trim();
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "yanghu", superuserPassword);
             Statement sql = db.createStatement()) {
            sql.execute("CREATE ROLE bureau_app LOGIN PASSWORD '" + password + "'");
            sql.execute("CREATE DATABASE bureau_cases OWNER bureau_app ENCODING 'UTF8'");
        }
    }

    private void removeDatabase() throws Exception {
        script("removing the second PostgreSQL", Map.of(), "bash", "-c",
                "source scripts/lib.sh && db_stop \"$1\" && rm -rf \"$1\" \"$1\".*", "db_stop", data.toString());
    }

    private record Run(int exitCode, String output) {
    }

    /**
     * Runs a command from the project root with the second server's variables and the given ones
     * (none of the caller's YANGHU_ ones); its output goes to the log, and is returned too.
     */
    private Run script(String what, Map<String, String> variables, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("YANGHU_"));
        builder.environment().put("YANGHU_PORT_BASE", String.valueOf(PORT_BASE));
        builder.environment().put("YANGHU_DOMAIN", DOMAIN);
        // the EAR under test was just built: never rebuild it under the other tests' feet
        builder.environment().put("YANGHU_NO_BUILD", "true");
        builder.environment().putAll(variables);
        append("==== " + what + ": " + String.join(" ", command));
        long from = Files.size(log);
        Instant started = Instant.now();
        Process process = builder.start();
        if (!process.waitFor(SCRIPT_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(what + " did not finish within " + SCRIPT_LIMIT + "; see " + log);
        }
        byte[] all = Files.readAllBytes(log);
        String output = new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
        append("==== " + what + ": exit " + process.exitValue() + " after " + Duration.between(started, Instant.now()).toSeconds() + " s");
        return new Run(process.exitValue(), output);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(String username, String password) throws Exception {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
        return http.send(HttpRequest.newBuilder(BASE.resolve("api/v1/auth/token")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static boolean closedWithin(int port, Duration limit) throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                Thread.sleep(500);
            } catch (ConnectException refused) {
                return true;
            } catch (IOException other) {
                Thread.sleep(500);
            }
        }
        return false;
    }

    private void append(String text) throws IOException {
        Files.writeString(log, text.endsWith("\n") ? text : text + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String random(int length) {
        String letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(letters.charAt(random.nextInt(letters.length())));
        }
        return s.toString();
    }

    /** The repository's root: Maven's top directory when it says so, else above the ear module. */
    private static Path projectRoot() {
        List<Path> candidates = new ArrayList<>();
        String top = System.getProperty("maven.multiModuleProjectDirectory");
        if (top != null) {
            candidates.add(Path.of(top));
        }
        candidates.add(Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent());
        candidates.add(Path.of("").toAbsolutePath().getParent());
        return candidates.stream().filter(p -> p != null && Files.isExecutable(p.resolve("run.sh"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no run.sh above " + Path.of("").toAbsolutePath()));
    }
}
