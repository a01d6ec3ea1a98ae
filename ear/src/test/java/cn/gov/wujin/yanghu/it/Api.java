package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A small client of the REST API, as a program outside would use it. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String token;
    private final String language;

    private Api(String token, String language) {
        this.token = token;
        this.language = language;
    }

    public static Api anonymous() {
        return new Api(null, "zh-CN");
    }

    /** Logs in through POST /api/v1/auth/token. */
    public static Api as(String username, String password) {
        Reply reply = anonymous().post("auth/token", Json.createObjectBuilder()
                .add("username", username).add("password", password).build());
        if (reply.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + reply);
        }
        return new Api(reply.json().getString("token"), "zh-CN");
    }

    /** Tokens of the demo accounts, kept for the running test class (a login hashes the password: ~0.1 s). */
    private static final Map<String, Api> DEMO_LOGINS = new ConcurrentHashMap<>();

    /**
     * A demo account logged in once for the running test class. A test that revokes the token
     * or needs the login itself logs in with {@link #as} instead.
     */
    public static Api demo(String username) {
        return DEMO_LOGINS.computeIfAbsent(username, u -> as(u, TestEnv.DEMO_PASSWORD));
    }

    /** Forgets the demo logins: each class logs in for itself. */
    static void forgetDemoLogins() {
        DEMO_LOGINS.clear();
    }

    public Api inEnglish() {
        return new Api(token, "en");
    }

    public Api withToken(String otherToken) {
        return new Api(otherToken, language);
    }

    public String token() {
        return token;
    }

    public Reply get(String path) {
        return send(request(path).GET(), null);
    }

    /** A download: status, content type and the raw bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            HttpRequest request = request(path).setHeader("Accept", "*/*").GET().build();
            HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            ApiContract.check(request, null, r, new ApiContract.Body.Bytes(r.body()));
            return r;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens a stream of server-sent events and closes it at once: its status and content type, for endpoints that never end. */
    public Reply openStream(String path) {
        try {
            HttpRequest request = request(path).setHeader("Accept", "text/event-stream").GET().build();
            HttpResponse<java.io.InputStream> r = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            r.body().close();
            ApiContract.check(request, null, r, new ApiContract.Body.NotKept());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("WWW-Authenticate").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply post(String path, JsonStructure body) {
        String text = body == null ? "" : body.toString();
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(text)),
                ApiContract.Body.of(text));
    }

    /** A POST with extra headers, given as name, value, name, value, … */
    public Reply post(String path, JsonStructure body, String... headers) {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b, ApiContract.Body.of(body.toString()));
    }

    /**
     * A PUT of raw bytes (an upload) with the given content type, announcing it with
     * "Expect: 100-continue", as phones do, so a refusal comes before the bytes are sent.
     */
    public Reply putBytes(String path, byte[] body, String contentType) {
        return send(request(path).header("Content-Type", contentType).expectContinue(true)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)), new ApiContract.Body.Bytes(body));
    }

    /** A text body of another type (a CSV file, say, or JSON as typed), with extra headers as name, value, … */
    public Reply postText(String path, String body, String contentType, String... headers) {
        HttpRequest.Builder b = request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b, ApiContract.Body.of(body));
    }

    public Reply put(String path, JsonStructure body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())), ApiContract.Body.of(body.toString()));
    }

    /** A PUT with extra headers, given as name, value, name, value, … */
    public Reply put(String path, JsonStructure body, String... headers) {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString()));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b, ApiContract.Body.of(body.toString()));
    }

    /** Any method, with a JSON body (or none when null): for tests that make requests from the document itself. */
    public Reply exchange(String method, String path, String jsonBody) {
        HttpRequest.Builder b = request(path);
        if (jsonBody == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        return send(b, ApiContract.Body.of(jsonBody));
    }

    /** Any method with a JSON body (or none when null) and extra headers, given as name, value, name, value, … */
    public Reply exchange(String method, String path, String jsonBody, String... headers) {
        HttpRequest.Builder b = request(path);
        if (jsonBody == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b, ApiContract.Body.of(jsonBody));
    }

    /** A fresh Idempotency-Key header (name, value), as a phone makes one for each write it queues: tips and members' steps on shifts. */
    public static String[] freshKey() {
        return new String[] {"Idempotency-Key", UUID.randomUUID().toString()};
    }

    public Reply delete(String path) {
        return send(request(path).DELETE(), null);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(TestEnv.baseUrl().resolve("api/v1/" + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").header("Accept-Language", language);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    /** Sends a request and checks the exchange against the API document (ApiContract). */
    private static Reply send(HttpRequest.Builder builder, ApiContract.Body body) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            ApiContract.check(request, body, r, ApiContract.Body.of(r.body()));
            return new Reply(r.statusCode(), r.body(), r.headers().firstValue("WWW-Authenticate").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> getAbsolute(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        ApiContract.check(request, null, response, ApiContract.Body.of(response.body()));
        return response;
    }

    public record Reply(int status, String body, String wwwAuthenticate) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public jakarta.json.JsonArray array() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        public long id() {
            return json().getJsonNumber("id").longValue();
        }

        public boolean isNull(String field) {
            return json().get(field) == null || json().get(field).getValueType() == JsonValue.ValueType.NULL;
        }
    }
}
