package cn.gov.wujin.yanghu.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document as an integrator's property-based tester uses it: for every operation, requests
 * made from its parameters' and body's schemas, with the values such a tester tries (bounds and
 * beyond, wrong types, unknown code values, malformed dates, a NUL byte, an unpaired surrogate,
 * very long text). Every answer must be a documented one with its documented body
 * ({@link ApiContract}), and none a server error.
 * <p>
 * It changes nothing: reads (GET) get valid and invalid values; writes get only input the
 * document itself calls invalid (a missing required field, a wrong type, a NUL byte) or a
 * record that cannot exist, so each must be refused. A write taken anyway is a finding too.
 */
class ApiProbeIT extends DeployedApplication {

    /** Values tried for a parameter, by its schema. */
    private static List<String> values(JsonObject schema, boolean forRead) {
        List<String> values = new ArrayList<>();
        String type = schema.getString("type", "string");
        if (schema.containsKey("enum")) {
            if (forRead) {
                values.add(((JsonString) schema.getJsonArray("enum").get(0)).getString());
            }
            values.add("NO_SUCH_VALUE");
            return values;
        }
        switch (type) {
            case "integer" -> {
                if (forRead) {
                    values.add(String.valueOf(schema.getJsonNumber("minimum") == null ? 0 : schema.getJsonNumber("minimum").longValue()));
                }
                values.addAll(List.of("-1", "9223372036854775808", "abc", "1.5"));
            }
            case "number" -> values.addAll(List.of("-1e400", "abc"));
            case "boolean" -> {
                if (forRead) {
                    values.add("true");
                }
                values.add("maybe");
            }
            default -> {
                String format = schema.getString("format", "");
                if (format.equals("date")) {
                    if (forRead) {
                        values.add("2026-01-31");
                    }
                    values.addAll(List.of("2026-13-45", "yesterday"));
                } else if (format.equals("date-time")) {
                    if (forRead) {
                        values.add("2026-01-31T08:00:00+08:00");
                    }
                    values.add("2026-01-31 25:00");
                } else {
                    if (forRead) {
                        values.add("王");
                    }
                    values.addAll(List.of("a\u0000b", "a\uD800b", "x".repeat(5000)));
                }
            }
        }
        return values;
    }

    private static String encoded(String value) {
        if (value.contains("\uD800")) {
            return "a%ED%A0%80b"; // an unpaired surrogate as a client that encodes it anyway would send it
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void everyOperationAnswersOnlyWhatTheDocumentSaysWhateverItIsSent() {
        JsonObject document = ApiContract.document();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        Map<String, Api> callers = new LinkedHashMap<>();
        callers.put("admin", Api.demo("admin"));
        callers.put("officer1", Api.demo("officer1"));
        callers.put("anonymous", Api.anonymous());
        List<String> findings = new ArrayList<>();
        int exchanges = 0;
        for (var path : document.getJsonObject("paths").entrySet()) {
            for (var entry : path.getValue().asJsonObject().entrySet()) {
                String method = entry.getKey().toUpperCase();
                JsonObject operation = entry.getValue().asJsonObject();
                if (streams(operation)) {
                    continue; // an endless event stream: its status is checked by NotificationsIT
                }
                boolean read = method.equals("GET");
                for (String[] request : requests(path.getKey(), operation, read, schemas)) {
                    for (var caller : callers.entrySet()) {
                        exchanges++;
                        try {
                            Api.Reply reply = caller.getValue().exchange(method, request[0], request[1]);
                            if (reply.status() >= 500) {
                                findings.add(caller.getKey() + " " + method + " " + request[0] + " → " + reply.status()
                                        + " " + reply.body());
                            } else if (!read && reply.status() < 300) {
                                findings.add(caller.getKey() + " " + method + " " + request[0] + " " + request[1]
                                        + " → " + reply.status() + ": an invalid write was taken");
                            }
                        } catch (AssertionError mismatch) {
                            findings.add(caller.getKey() + " " + mismatch.getMessage());
                        }
                    }
                }
            }
        }
        assertThat(exchanges).as("exchanges made").isGreaterThan(1500);
        assertThat(findings).as("findings of " + exchanges + " exchanges").isEmpty();
    }

    private static boolean streams(JsonObject operation) {
        JsonObject ok = operation.getJsonObject("responses").getJsonObject("200");
        return ok != null && ok.containsKey("content") && ok.getJsonObject("content").containsKey("text/event-stream");
    }

    /** Requests for one operation: [path and query relative to /api/v1/, body or null]. */
    private static List<String[]> requests(String template, JsonObject operation, boolean read, JsonObject schemas) {
        String relative = template.substring("/api/v1/".length());
        List<JsonObject> pathParameters = new ArrayList<>();
        List<JsonObject> queryParameters = new ArrayList<>();
        for (JsonValue p : operation.getJsonArray("parameters") == null ? JsonValue.EMPTY_JSON_ARRAY : operation.getJsonArray("parameters")) {
            JsonObject parameter = p.asJsonObject();
            switch (parameter.getString("in")) {
                case "path" -> pathParameters.add(parameter);
                case "query" -> queryParameters.add(parameter);
                default -> { } // headers: the idempotency key is the tip tests' concern
            }
        }
        // a record that cannot exist, for writes; the first records, for reads
        String basePath = relative;
        for (JsonObject parameter : pathParameters) {
            String value = parameter.getJsonObject("schema").getString("type", "string").equals("integer")
                    ? (read ? "1" : "9007199254740993") : (read ? "A" : "NO-SUCH-CODE");
            basePath = basePath.replace("{" + parameter.getString("name") + "}", value);
        }
        List<String[]> requests = new ArrayList<>();
        // a write's parameters are tried with a body it takes, so the parameter is what is refused
        String body = read || operation.getJsonObject("requestBody") == null ? null : "{}";
        for (JsonObject parameter : pathParameters) {
            for (String value : values(resolve(parameter.getJsonObject("schema"), schemas), false)) {
                String other = relative;
                for (JsonObject p : pathParameters) {
                    other = other.replace("{" + p.getString("name") + "}", p == parameter ? encoded(value)
                            : p.getJsonObject("schema").getString("type", "string").equals("integer") ? "1" : "A");
                }
                requests.add(new String[] {other, body});
            }
        }
        for (JsonObject parameter : queryParameters) {
            for (String value : values(resolve(parameter.getJsonObject("schema"), schemas), read)) {
                requests.add(new String[] {basePath + "?" + parameter.getString("name") + "=" + encoded(value), body});
            }
        }
        if (!read) {
            requests.addAll(invalidBodies(basePath, !pathParameters.isEmpty(), operation, schemas));
        } else if (queryParameters.isEmpty() && pathParameters.isEmpty()) {
            requests.add(new String[] {basePath, null});
        }
        return requests;
    }

    /** Bodies the document calls invalid: each required field missing, each field of the wrong type, or with a NUL byte. */
    private static List<String[]> invalidBodies(String path, boolean ofARecord, JsonObject operation, JsonObject schemas) {
        List<String[]> bodies = new ArrayList<>();
        JsonObject requestBody = operation.getJsonObject("requestBody");
        if (requestBody == null) {
            if (ofARecord) {
                bodies.add(new String[] {path, null}); // an action on a record that cannot exist
            }
            return bodies; // an action without input on the caller's own things would be taken: not tried
        }
        if (!requestBody.getBoolean("required", false)) {
            return bodies; // an optional body the action does not read: nothing in it can be invalid
        }
        if (!requestBody.getJsonObject("content").containsKey("application/json")) {
            bodies.add(new String[] {path, "{}"}); // JSON where a file is taken
            return bodies;
        }
        JsonObject schema = resolve(requestBody.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema"), schemas);
        bodies.add(new String[] {path, "[]"});
        bodies.add(new String[] {path, "{\"unclosed\": "});
        JsonObject properties = schema.getJsonObject("properties");
        JsonArray required = schema.getJsonArray("required");
        if (properties == null) {
            return bodies;
        }
        if (required != null && !required.isEmpty()) {
            bodies.add(new String[] {path, "{}"});
        }
        for (var property : properties.entrySet()) {
            JsonObject type = resolve(property.getValue().asJsonObject(), schemas);
            String wrong = switch (type.getString("type", "object")) {
                case "string" -> type.containsKey("enum") ? "\"NO_SUCH_VALUE\"" : "\"a\\u0000b\"";
                case "integer", "number" -> "\"abc\"";
                case "boolean" -> "\"maybe\"";
                case "array" -> "{}";
                default -> "[1]";
            };
            bodies.add(new String[] {path, "{\"" + property.getKey() + "\":" + wrong + "}"});
        }
        return bodies;
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        if (schema == null) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            return resolve(schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1)), schemas);
        }
        if (schema.containsKey("allOf") && schema.getJsonArray("allOf").size() == 1) {
            return resolve(schema.getJsonArray("allOf").getJsonObject(0), schemas);
        }
        return schema;
    }
}
