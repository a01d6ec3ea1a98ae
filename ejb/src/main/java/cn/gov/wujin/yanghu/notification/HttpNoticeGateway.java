package cn.gov.wujin.yanghu.notification;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

/**
 * The bureau's SMS platform over HTTP, as {@link SmsGatewaySettings} describe it: one request
 * per message, the body (or the URL) filled from a template. An answer 2xx means sent; any other
 * answer, a refused connection or no answer in time is a failure whose reason the outbox keeps.
 * The outbox's message id goes along as {@code Idempotency-Key: yanghu-sms-<id>} (and as {id} in
 * the templates), so a platform that honours it sends a message resent after a crash only once.
 */
public class HttpNoticeGateway implements NoticeGateway {

    /** How much of a refusing answer's body the reason keeps. */
    private static final int REASON_LENGTH = 200;

    private final SmsGatewaySettings settings;
    private final HttpClient client;

    public HttpNoticeGateway(SmsGatewaySettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public SmsGatewaySettings settings() {
        return settings;
    }

    @Override
    public boolean send(String phone, String text) {
        return deliver(null, phone, text).sent();
    }

    @Override
    public Delivery send(long messageId, String phone, String text) {
        return deliver(messageId, phone, text);
    }

    private Delivery deliver(Long id, String phone, String text) {
        Map<String, String> values = Map.of("phone", phone, "text", text, "id", id == null ? "" : id.toString());
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(render(settings.url(), values, HttpNoticeGateway::urlEncoded)))
                    .timeout(settings.timeout());
        } catch (IllegalArgumentException e) {
            return Delivery.failed("YANGHU_SMS_URL gives no URL for this message: " + e.getMessage());
        }
        if ("GET".equals(settings.method())) {
            request.GET();
        } else {
            String body = render(settings.body(), values, settings.formBody() ? HttpNoticeGateway::urlEncoded : HttpNoticeGateway::json);
            request.header("Content-Type", settings.contentType())
                    .method(settings.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        if (id != null) {
            request.header("Idempotency-Key", "yanghu-sms-" + id);
        }
        if (settings.user() != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((settings.user() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8)));
        } else if (settings.token() != null) {
            request.header("Authorization", "Bearer " + settings.token());
        }
        try {
            HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() / 100 == 2) {
                return Delivery.SENT;
            }
            String body = answer.body() == null ? "" : answer.body().strip().replaceAll("\\s+", " ");
            return Delivery.failed("HTTP " + answer.statusCode() + (body.isEmpty() ? "" : ": " + shorten(body)));
        } catch (HttpTimeoutException e) {
            return Delivery.failed("no answer within " + settings.timeout().toSeconds() + " s (" + e.getMessage() + ")");
        } catch (IOException e) {
            return Delivery.failed(shorten(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.failed("interrupted while sending");
        }
    }

    /**
     * The template with each placeholder ({phone}, {text}, {id}) replaced by its value as
     * {@code escape} writes it, in one pass: a text that itself contains "{phone}" stays as it is.
     */
    static String render(String template, Map<String, String> values, UnaryOperator<String> escape) {
        Matcher m = SmsGatewaySettings.PLACEHOLDERS.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 64);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(escape.apply(values.get(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The inside of a JSON string (RFC 8259), and U+2028/U+2029 too, which break some parsers. */
    static String json(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    static String urlEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String shorten(String reason) {
        return reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH) + "…";
    }
}
