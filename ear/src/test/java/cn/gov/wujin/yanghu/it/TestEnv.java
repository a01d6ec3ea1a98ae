package cn.gov.wujin.yanghu.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

/** Where the test server and its database are (written by scripts/test-server.sh). */
public final class TestEnv {

    private static final Properties ENV = load();

    /** What no answer may show: a stack trace, or the server's product and version. */
    public static final Pattern INTERNALS = Pattern.compile("Caused by|\\w+Exception: |\\bat (org|com|java|jakarta|cn)\\.[\\w.$]+\\("
            + "|Payara Server|GlassFish|Mojarra");

    /** The demo accounts' password: the test domain runs with demo data as fixtures. */
    public static final String DEMO_PASSWORD = "Yanghu-demo-2026";

    private TestEnv() {
    }

    private static Properties load() {
        Path file = Path.of(System.getProperty("yanghu.it.env", "../.yanghu/test/env.properties"));
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("no test environment at " + file + ": run scripts/test-server.sh start", e);
        }
        return p;
    }

    public static URI baseUrl() {
        return URI.create(ENV.getProperty("baseUrl"));
    }

    /** The management listener: health, metrics and the OpenAPI document. */
    public static URI managementUrl() {
        return URI.create(ENV.getProperty("managementUrl"));
    }

    /** The application over HTTPS (Payara's second listener, with the test domain's own self-signed certificate). */
    public static URI httpsUrl() {
        return URI.create(ENV.getProperty("httpsUrl"));
    }

    /** Payara's administration listener (asadmin, the console). */
    public static URI adminUrl() {
        return URI.create(ENV.getProperty("adminUrl"));
    }

    /** The test server's log file (scripts/test-server.sh writes where it is). */
    public static java.nio.file.Path serverLog() {
        return java.nio.file.Path.of(ENV.getProperty("serverLog"));
    }

    public static Connection database() throws SQLException {
        return DriverManager.getConnection(ENV.getProperty("db.url"), ENV.getProperty("db.user"), ENV.getProperty("db.password"));
    }

    /** The first column of every row of a query. */
    public static List<Object> column(String sql, Object... parameters) throws SQLException {
        try (Connection db = database(); PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            List<Object> values = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getObject(1));
                }
            }
            return values;
        }
    }

    /** One statement that changes rows, as another instance (or an operator) would commit it; how many it changed. */
    public static int update(String sql, Object... parameters) throws SQLException {
        try (Connection db = database(); PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            return q.executeUpdate();
        }
    }

    /** A query's single number (count, id). */
    public static long number(String sql, Object... parameters) throws SQLException {
        List<Object> values = column(sql, parameters);
        if (values.size() != 1) {
            throw new AssertionError("expected one row, got " + values.size() + ": " + sql);
        }
        return ((Number) values.get(0)).longValue();
    }

    /**
     * A time as the API's date-time wants it, seconds always written: OffsetDateTime.toString()
     * leaves ":00" out at a whole minute (2026-12-04T07:22+08:00), which RFC 3339 does not allow.
     */
    public static final java.time.format.DateTimeFormatter ISO_TIME = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** A short unique suffix, so each test makes its own records. */
    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** Upper-case letters only (station codes). */
    public static String uniqueLetters(int length) {
        String hex = unique() + unique();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append((char) ('A' + Character.digit(hex.charAt(i), 16)));
        }
        return sb.toString();
    }
}
