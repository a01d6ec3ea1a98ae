package cn.gov.wujin.yanghu.notification;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * How to reach the bureau's SMS platform over HTTP, read from the server's environment
 * ({@code YANGHU_SMS_URL} …) or its system properties of the same names in lower case with dots
 * ({@code yanghu.sms.url} …; a system property wins, and can be set for a whole deployment group
 * with {@code asadmin create-system-properties}). Absent URL: no HTTP gateway, messages go to the log.
 *
 * @param url            where each message is sent (a template: {phone}, {text} and {id} in it are
 *                       URL-encoded)
 * @param method         POST (default), PUT or GET
 * @param body           the body template: {phone}, {text} and {id} are JSON-escaped (URL-encoded
 *                       when the content type is a form's); default {@link #DEFAULT_BODY}
 * @param contentType    of the body; default JSON in UTF-8
 * @param user           with {@code password}: HTTP basic authentication
 * @param token          a bearer token (instead of user and password)
 * @param connectTimeout how long to wait for the connection (seconds, 1–60, default 5)
 * @param timeout        how long to wait for the answer (seconds, 1–60, default 10)
 */
public record SmsGatewaySettings(String url, String method, String body, String contentType, String user, String password,
                                 String token, Duration connectTimeout, Duration timeout) {

    public static final String DEFAULT_BODY = "{\"id\":\"{id}\",\"phone\":\"{phone}\",\"text\":\"{text}\"}";
    public static final String DEFAULT_CONTENT_TYPE = "application/json; charset=UTF-8";
    /** The longest wait a setting may ask for; the dispatcher's lease on a message is longer than any send. */
    public static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    /** The placeholders of the URL and body templates. */
    public static final Pattern PLACEHOLDERS = Pattern.compile("\\{(phone|text|id)}");

    private static final Set<String> METHODS = Set.of("POST", "PUT", "GET");

    /** From the system properties and the environment; empty when no URL is set. */
    public static Optional<SmsGatewaySettings> fromEnvironment() {
        return read(name -> {
            String property = System.getProperty(propertyName(name));
            return property != null ? property : System.getenv(name);
        });
    }

    /** {@code YANGHU_SMS_CONNECT_TIMEOUT} is also the system property {@code yanghu.sms.connect.timeout}. */
    static String propertyName(String variable) {
        return variable.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /**
     * The settings {@code source} gives by variable name; empty when there is no URL.
     *
     * @throws IllegalStateException naming the setting that is wrong: each message then fails
     *                               with that reason, shown on the administrator's outbox page
     */
    static Optional<SmsGatewaySettings> read(UnaryOperator<String> source) {
        String url = text(source, "YANGHU_SMS_URL");
        if (url == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(PLACEHOLDERS.matcher(url).replaceAll("x"));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("YANGHU_SMS_URL is not a URL: " + e.getMessage(), e);
        }
        boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        if (!web || uri.getHost() == null) {
            throw new IllegalStateException("YANGHU_SMS_URL must be an http or https URL with a host");
        }
        String method = Optional.ofNullable(text(source, "YANGHU_SMS_METHOD")).orElse("POST").toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new IllegalStateException("YANGHU_SMS_METHOD must be POST, PUT or GET");
        }
        String user = text(source, "YANGHU_SMS_USER");
        String password = text(source, "YANGHU_SMS_PASSWORD");
        if ((user == null) != (password == null)) {
            throw new IllegalStateException("YANGHU_SMS_USER and YANGHU_SMS_PASSWORD go together");
        }
        String body = source.apply("YANGHU_SMS_BODY");
        return Optional.of(new SmsGatewaySettings(url, method, body == null || body.isBlank() ? DEFAULT_BODY : body,
                Optional.ofNullable(text(source, "YANGHU_SMS_CONTENT_TYPE")).orElse(DEFAULT_CONTENT_TYPE), user, password,
                text(source, "YANGHU_SMS_TOKEN"), seconds(source, "YANGHU_SMS_CONNECT_TIMEOUT", 5),
                seconds(source, "YANGHU_SMS_TIMEOUT", 10)));
    }

    /** Whether the body is a form's (name=value&amp;…), whose values are URL-encoded rather than JSON-escaped. */
    public boolean formBody() {
        return contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static String text(UnaryOperator<String> source, String name) {
        String value = source.apply(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Duration seconds(UnaryOperator<String> source, String name, int otherwise) {
        String value = text(source, name);
        if (value == null) {
            return Duration.ofSeconds(otherwise);
        }
        try {
            int seconds = Integer.parseInt(value);
            if (seconds >= 1 && seconds <= LONGEST_WAIT.toSeconds()) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalStateException(name + " must be a number of seconds from 1 to " + LONGEST_WAIT.toSeconds());
    }

    /** Without the credentials: settings end up in logs. */
    @Override
    public String toString() {
        URI shown = URI.create(PLACEHOLDERS.matcher(url).replaceAll("x"));
        return "SMS gateway " + method + " " + shown.getScheme() + "://" + shown.getHost() + (shown.getPort() < 0 ? "" : ":" + shown.getPort())
                + shown.getPath()
                + (user != null ? " (basic)" : token != null ? " (bearer)" : "");
    }
}
