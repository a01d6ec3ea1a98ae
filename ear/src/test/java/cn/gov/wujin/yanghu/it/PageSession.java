package cn.gov.wujin.yanghu.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser session without the browser: signs in through the login form (cookies,
 * the form's view state) and fetches pages without following redirects, so a test sees the
 * answer itself (302 to the login page, 403, 404).
 */
final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private PageSession() {
    }

    static PageSession anonymous() {
        return new PageSession();
    }

    /** A client that presents a session id it learned elsewhere (as in a session fixation attack). */
    static PageSession withSession(String sessionId) {
        PageSession session = new PageSession();
        HttpCookie cookie = new HttpCookie("JSESSIONID", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        session.cookies.getCookieStore().add(TestEnv.baseUrl(), cookie);
        return session;
    }

    /** Signs in as a person does; fails the test unless the form accepts the password. */
    static PageSession signIn(String username, String password) {
        PageSession session = new PageSession();
        session.signInHere(username, password);
        return session;
    }

    /** The session cookie's value now ("" when there is none). */
    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    void signInHere(String username, String password) {
        Reply form = get("login.xhtml");
        Matcher viewState = VIEW_STATE.matcher(form.body());
        if (form.status() != 200 || !viewState.find()) {
            throw new AssertionError("no login form: " + form.status());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "login:submit");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        Reply signedIn = post("login.xhtml", fields);
        if (signedIn.status() != 302 || signedIn.location().contains("login.xhtml")) {
            throw new AssertionError("login as " + username + " refused: " + signedIn.status() + " " + signedIn.location());
        }
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(TestEnv.baseUrl().resolve(path)).GET());
    }

    Reply post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(TestEnv.baseUrl().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(""),
                    response.uri());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    record Reply(int status, String body, String location, URI uri) {
    }
}
