package cn.gov.wujin.yanghu.it;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every exchange the tests make with {@code /api/v1} is checked against the API document the
 * application serves ({@code /openapi.json}): the answer always (its status is documented, its
 * body and content type are the documented ones), the request when the server accepted it (a
 * request the server takes but the document calls invalid means the document is wrong; one the
 * server refuses may be wrong on purpose). A mismatch fails the test that made the exchange.
 * An address the document does not know is only accepted when the server answered it 404 (or
 * 405 for a method the path does not take, 401 without a token): the contract says so for every
 * address.
 */
public final class ApiContract {

    private static volatile OpenApiInteractionValidator validator;

    private ApiContract() {
    }

    /** The body of a request or an answer, as the validator needs it: text, bytes, or none when not kept. */
    public sealed interface Body permits Body.Text, Body.Bytes, Body.NotKept {
        record Text(String text) implements Body { }
        record Bytes(byte[] bytes) implements Body { }
        /** A stream the test did not read (server-sent events): only status and type are checked. */
        record NotKept() implements Body { }

        static Body of(String text) {
            return text == null || text.isEmpty() ? null : new Text(text);
        }
    }

    /** Checks one exchange; throws {@link AssertionError} naming every mismatch. */
    public static void check(HttpRequest request, Body requestBody, HttpResponse<?> response, Body responseBody) {
        String path = request.uri().getRawPath();
        if (!path.startsWith("/api/")) {
            return; // pages and other addresses are not the API's
        }
        Request.Method method = Request.Method.valueOf(request.method().toUpperCase(Locale.ROOT));
        SimpleRequest.Builder req = new SimpleRequest.Builder(method, path);
        request.headers().map().forEach(req::withHeader);
        query(request.uri()).forEach(pair -> req.withQueryParam(pair[0], pair[1]));
        withBody(req, requestBody);
        SimpleResponse.Builder res = new SimpleResponse.Builder(response.statusCode());
        response.headers().map().forEach(res::withHeader);
        if (responseBody instanceof Body.Text t && !t.text().isEmpty()) {
            res.withBody(t.text());
        } else if (responseBody instanceof Body.Bytes b && b.bytes().length > 0) {
            res.withBody(b.bytes());
        }
        int status = response.statusCode();
        ValidationReport report = status >= 200 && status < 300
                ? validator().validate(req.build(), res.build())
                : validator().validateResponse(path, method, res.build());
        List<ValidationReport.Message> problems = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !acceptedUnknownAddress(m, status))
                .filter(m -> !(responseBody instanceof Body.NotKept && m.getKey().equals("validation.response.body.missing")))
                .toList();
        if (!problems.isEmpty()) {
            throw new AssertionError("the exchange " + request.method() + " " + request.uri().getRawPath()
                    + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery()) + " → " + status
                    + " does not match the API document (/openapi):\n  "
                    + problems.stream().map(m -> m.getKey() + ": " + m.getMessage()
                            + (m.getAdditionalInfo().isEmpty() ? "" : " " + m.getAdditionalInfo()))
                    .collect(Collectors.joining("\n  "))
                    + (responseBody instanceof Body.Text t ? "\n  answer: " + abbreviated(t.text()) : ""));
        }
    }

    private static boolean acceptedUnknownAddress(ValidationReport.Message m, int status) {
        // any address of the API asks for the token first: without one, an unknown address is a 401 too
        return (m.getKey().equals("validation.request.path.missing") && (status == 404 || status == 401))
                || (m.getKey().equals("validation.request.operation.notAllowed") && status == 405);
    }

    private static void withBody(SimpleRequest.Builder req, Body body) {
        if (body instanceof Body.Text t) {
            req.withBody(t.text());
        } else if (body instanceof Body.Bytes b) {
            req.withBody(b.bytes());
        }
    }

    private static List<String[]> query(URI uri) {
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(raw.split("&")).map(p -> {
            int eq = p.indexOf('=');
            return new String[] {decoded(eq < 0 ? p : p.substring(0, eq)), eq < 0 ? "" : decoded(p.substring(eq + 1))};
        }).toList();
    }

    /** As the server reads a query: a broken escape stays the text it is. */
    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException brokenEscape) {
            return text;
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }

    /**
     * Whether the operation takes a JSON body ({@code endpoint} as "POST /shifts/{}/check-in",
     * relative to /api/v1, any name in the braces): a test sends {} where one is required and
     * nothing where the operation reads none, as a client of the document would.
     */
    public static boolean requiresBody(String endpoint) {
        jakarta.json.JsonObject document = document();
        String method = endpoint.substring(0, endpoint.indexOf(' ')).toLowerCase(Locale.ROOT);
        String path = template(endpoint.substring(endpoint.indexOf(' ') + 1).strip());
        for (var entry : document.getJsonObject("paths").entrySet()) {
            if (template(entry.getKey().substring("/api/v1".length())).equals(path)) {
                jakarta.json.JsonObject operation = entry.getValue().asJsonObject().getJsonObject(method);
                return operation != null && operation.containsKey("requestBody")
                        && operation.getJsonObject("requestBody").getBoolean("required", false);
            }
        }
        throw new AssertionError("no such operation in the API document: " + endpoint);
    }

    private static String template(String path) {
        int query = path.indexOf('?');
        return (query < 0 ? path : path.substring(0, query)).replaceAll("\\{[^}]*}", "{}").replaceAll("^/?", "/");
    }

    private static volatile jakarta.json.JsonObject document;

    /** The served document, for tests that make requests from it. */
    public static jakarta.json.JsonObject document() {
        jakarta.json.JsonObject d = document;
        if (d == null) {
            try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(served()))) {
                document = d = reader.readObject();
            }
        }
        return d;
    }

    /** The validator of the served document, made once per test run. */
    private static OpenApiInteractionValidator validator() {
        OpenApiInteractionValidator v = validator;
        if (v == null) {
            synchronized (ApiContract.class) {
                v = validator;
                if (v == null) {
                    validator = v = OpenApiInteractionValidator.createForInlineApiSpecification(served())
                            .withLevelResolver(LevelResolver.create()
                                    // a query parameter the document does not list, in a request the server took:
                                    // the tests send only parameters that do something, so the document lacks one
                                    .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
                                    .build())
                            // allOf (a page of one kind of row, a case with its tips) merged before checking, so the
                            // strict "no property the schema does not list" holds for the whole object
                            .withResolveCombinators(true)
                            .build();
                }
            }
        }
        return v;
    }

    private static volatile String served;

    /** The document's text as the application serves it, fetched once per test run. */
    private static String served() {
        if (served != null) {
            return served;
        }
        try {
            HttpResponse<String> r = Api.getAbsolute(TestEnv.baseUrl().resolve("openapi.json"));
            if (r.statusCode() != 200) {
                throw new AssertionError("the application does not serve its API document at /openapi.json: " + r.statusCode());
            }
            served = r.body();
            return served;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
