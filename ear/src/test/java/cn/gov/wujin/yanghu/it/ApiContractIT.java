package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's contract on the application's own port (so it is there through the load balancer
 * too), complete enough for an integrator: every operation named once, tagged, described, with
 * its errors; the public ones without a token. That each exchange of the suite matches it is
 * checked by {@link ApiContract} on every call.
 */
class ApiContractIT extends DeployedApplication {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(TestEnv.baseUrl().resolve(path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theDocumentIsServedWithoutASignInAsYamlOrJsonAndRevalidatedByItsTag() throws Exception {
        HttpResponse<String> yaml = get("openapi");
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/yaml");
        assertThat(yaml.body()).startsWith("---").contains("openapi: 3.0.3").contains("/api/v1/fraud-cases:");

        HttpResponse<String> asked = get("openapi", "Accept", "application/json");
        assertThat(asked.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(get("openapi?format=json").body()).isEqualTo(asked.body());
        HttpResponse<String> json = get("openapi.json");
        assertThat(json.body()).isEqualTo(asked.body());
        assertThat(get("openapi.yaml").body()).isEqualTo(yaml.body());

        String tag = json.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get("openapi.json", "If-None-Match", tag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        // Payara's own generated document is off: on the management port too, /openapi is this one or none
        HttpResponse<String> management = HTTP.send(HttpRequest.newBuilder(TestEnv.managementUrl().resolve("openapi"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (management.statusCode() == 200) {
            assertThat(management.body()).isEqualTo(yaml.body());
        }
    }

    @Test
    void everyOperationIsNamedOnceTaggedDescribedAndListsItsErrors() throws Exception {
        JsonObject document = Json.createReader(new StringReader(get("openapi.json").body())).readObject();
        Set<String> ids = new HashSet<>();
        Set<String> tags = new HashSet<>();
        document.getJsonArray("tags").forEach(t -> tags.add(t.asJsonObject().getString("name")));
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (var path : document.getJsonObject("paths").entrySet()) {
            for (var entry : path.getValue().asJsonObject().entrySet()) {
                if (entry.getKey().equals("parameters")) {
                    continue;
                }
                operations++;
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonObject operation = entry.getValue().asJsonObject();
                if (!ids.add(operation.getString("operationId", ""))) {
                    problems.add(name + ": operationId missing or shared");
                }
                if (operation.getJsonArray("tags") == null || !tags.containsAll(operation.getJsonArray("tags").getValuesAs(
                        jakarta.json.JsonString::getString))) {
                    problems.add(name + ": no tag, or one the document does not describe");
                }
                if (operation.getString("summary", "").isBlank() || operation.getString("description", "").isBlank()) {
                    problems.add(name + ": summary or description missing");
                }
                JsonObject responses = operation.getJsonObject("responses");
                if (responses.keySet().stream().noneMatch(s -> s.startsWith("2")) || !responses.containsKey("default")
                        || !responses.containsKey("503")) {
                    problems.add(name + ": success, 503 or default answer missing: " + responses.keySet());
                }
                boolean isPublic = path.getKey().startsWith("/api/v1/public/")
                        || name.equals("POST /api/v1/auth/token");
                JsonValue security = operation.get("security");
                if (isPublic != (security != null && security.asJsonArray().isEmpty())) {
                    problems.add(name + (isPublic ? ": public, but not marked security: []" : ": marked public"));
                }
                if (!isPublic && !responses.containsKey("401")) {
                    problems.add(name + ": 401 not documented");
                }
                if (path.getKey().contains("{") && !responses.containsKey("404")) {
                    problems.add(name + ": 404 not documented for a record's address");
                }
            }
        }
        assertThat(operations).as("operations in the document").isGreaterThan(100);
        assertThat(problems).isEmpty();
        JsonObject error = document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Error");
        assertThat(error.getJsonObject("properties").keySet()).contains("error", "message", "field", "errors");
    }

    @Test
    void theReferencePageShowsTheOperationsFromTheServersOwnFiles() {
        try (Browser browser = Browser.open()) {
            browser.go("api-docs");
            browser.waitForText(".swagger-ui .info .title", "Yanghu API");
            browser.waitUntil("return document.querySelectorAll('.opblock-tag').length >= 8");
            assertThat(browser.url()).endsWith("/api-docs/");
            // every file came from this server: the page policy allows no other origin
            @SuppressWarnings("unchecked")
            List<String> origins = (List<String>) browser.evaluate("return performance.getEntriesByType('resource')"
                    + ".map(e => new URL(e.name).origin)");
            assertThat(origins).isNotEmpty().allMatch(o -> o.equals(origin(TestEnv.baseUrl())));
            browser.click(".opblock-tag[data-tag='Tips']");
            browser.waitUntil("return [...document.querySelectorAll('.opblock-summary-path')]"
                    + ".some(e => e.textContent.trim() === '/api/v1/tips')");
            browser.screenshot("api-docs");
        }
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
