package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The volunteers' phone app (/m/) in a phone-sized Chromium: installable (manifest, service worker
 * controlling the page), opens with the network off, keeps what is sent offline in its queue and
 * sends each of it exactly once when the network is back, also when an answer was lost.
 *
 * The network is switched off through the DevTools protocol on the page's target. That does not
 * reach the service worker, which is a target of its own (ChromeDevTools/devtools-protocol #102):
 * the app's API calls never go through the worker (it answers only the shell's files, from its
 * cache), and the test checks that nothing reached the database while "offline".
 */
class PhoneAppBrowserIT extends DeployedApplication {

    private static final String QUEUE_ITEMS = "var done = arguments[arguments.length - 1];"
            + "window.yanghuQueue.items().then(function (items) { done(JSON.stringify(items.map(function (i) {"
            + "  return {id: i.id, kind: i.kind, state: i.state, deviceTime: i.deviceTime, message: i.message,"
            + "          created: i.result && i.result.created, body: i.request.body || null}; }))); });";

    private static final String[] SCREENS = {"today", "tip", "tips", "shifts", "log", "points", "notices", "queue"};

    @Test
    void theAppInstallsWorksOfflineAndSendsEachWriteOnce() throws Exception {
        Volunteer v = volunteerWithAShiftNow();
        String marker = "离线" + TestEnv.unique();

        try (Browser phone = Browser.open(360, 740)) {
            phoneSized(phone);
            try {
                phone.go("m/").find("#signin-username");
                phone.screenshot("m-signin-zh");
                signIn(phone, v.username);
                phone.waitForText("#view [data-shift='" + v.shift + "'] h3", v.area);

                // installable: the manifest's fields, as served, and a service worker controlling the page after a reload
                JsonObject manifest = json((String) phone.evaluateAsync("var done = arguments[arguments.length - 1];"
                        + "fetch('manifest.webmanifest').then(function (r) { return r.text().then(function (t) {"
                        + " done(JSON.stringify({type: r.headers.get('Content-Type'), body: JSON.parse(t)})); }); });"));
                assertThat(manifest.getString("type")).startsWith("application/manifest+json");
                JsonObject m = manifest.getJsonObject("body");
                assertThat(m.getString("name")).isEqualTo("阳湖N警");
                assertThat(m.getString("short_name")).isNotBlank();
                assertThat(m.getString("display")).isEqualTo("standalone");
                assertThat(m.getString("start_url")).isNotBlank();
                assertThat(m.getString("scope")).isNotBlank();
                assertThat(m.getString("theme_color")).startsWith("#");
                assertThat(m.getString("background_color")).startsWith("#");
                JsonArray icons = m.getJsonArray("icons");
                assertThat(icons.stream().map(i -> i.asJsonObject().getString("sizes")).toList()).contains("192x192", "512x512");
                assertThat(icons.stream().map(i -> i.asJsonObject().getString("purpose", "any")).toList()).contains("maskable");
                for (var icon : icons) {
                    Long status = (Long) phone.evaluateAsync("var done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(function (r) { done(r.status); });", icon.asJsonObject().getString("src"));
                    assertThat(status).isEqualTo(200L);
                }
                phone.evaluateAsync("var done = arguments[arguments.length - 1]; navigator.serviceWorker.ready.then(function () { done(1); });");
                phone.reload().find("#view [data-shift='" + v.shift + "']");
                phone.waitUntil("return navigator.serviceWorker.controller !== null");

                // every screen, online, in Chinese
                for (String screen : SCREENS) {
                    show(phone, screen);
                    assertThat(phone.overflowsSideways()).as(screen).isFalse();
                    phone.screenshot("m-" + screen + "-zh");
                }

                // offline: three tips and a check-in wait on the phone
                offline(phone, true);
                assertThat(phone.evaluate("return navigator.onLine")).isEqualTo(false);
                assertThat(phone.evaluateAsync("var done = arguments[arguments.length - 1];"
                        + "fetch('../api/v1/me').then(function () { done('answered'); }, function () { done('no network'); });"))
                        .isEqualTo("no network");
                for (int i = 1; i <= 3; i++) {
                    sendTip(phone, "SUSPICIOUS_VEHICLE", marker + " 路口" + i, "一辆无牌面包车反复停留 " + i);
                }
                show(phone, "today");
                phone.click("#view [data-shift='" + v.shift + "'] .m-check-in");
                phone.waitForText("#queue-count", "等待发送 (4)");
                phone.find("#view [data-shift='" + v.shift + "'] .m-check-out");
                phone.screenshot("m-today-zh-offline");
                Thread.sleep(1500); // time for a send that should not happen
                assertThat(TestEnv.number("SELECT count(*) FROM tip WHERE place LIKE ?", marker + "%")).isZero();
                assertThat(TestEnv.number("SELECT count(*) FROM shift_signup WHERE shift_id = ? AND checked_in_at IS NOT NULL", v.shift))
                        .isZero();

                // closed and opened again, still offline: the shell comes from the service worker, the queue from IndexedDB
                phone.go("m/#queue").waitForText("#queue-count", "等待发送 (4)");
                assertThat(phone.count("#view .m-item[data-state='waiting']")).isEqualTo(4);
                assertThat(phone.evaluate("return navigator.serviceWorker.controller !== null")).isEqualTo(true);
                assertThat(phone.evaluate("return performance.getEntriesByType('navigation')[0].workerStart > 0")).isEqualTo(true);
                phone.screenshot("m-queue-zh-offline");
                for (String screen : new String[]{"tip", "tips", "shifts"}) {
                    show(phone, screen);
                    phone.screenshot("m-" + screen + "-zh-offline");
                }
                assertThat(TestEnv.number("SELECT count(*) FROM tip WHERE place LIKE ?", marker + "%")).isZero();

                // the network comes back: everything goes, once, in order, with the times made on the phone
                offline(phone, false);
                phone.waitForText("#queue-count", "全部已发送");
                List<JsonObject> items = queue(phone);
                assertThat(items).filteredOn(i -> !"sent".equals(i.getString("state"))).isEmpty();
                assertThat(TestEnv.number("SELECT count(*) FROM tip WHERE place LIKE ?", marker + "%")).isEqualTo(3);
                assertThat(TestEnv.number("SELECT count(DISTINCT idempotency_key) FROM tip WHERE place LIKE ?", marker + "%"))
                        .isEqualTo(3);
                for (JsonObject item : items) {
                    if ("tip".equals(item.getString("kind")) && item.getJsonObject("body").getString("place").startsWith(marker)) {
                        OffsetDateTime made = OffsetDateTime.parse(item.getJsonObject("body").getString("occurredAt"));
                        assertThat(TestEnv.number("SELECT count(*) FROM tip WHERE idempotency_key = ? AND occurred_at = ?",
                                item.getString("id"), made)).as("tip %s at its device time", item.getString("id")).isEqualTo(1);
                    }
                }
                JsonObject checkIn = items.stream().filter(i -> "check-in".equals(i.getString("kind"))).findFirst().orElseThrow();
                OffsetDateTime tapped = OffsetDateTime.parse(checkIn.getJsonObject("body").getString("deviceTime"));
                assertThat(TestEnv.number("SELECT count(*) FROM shift_signup WHERE shift_id = ? AND checked_in_at IS NOT NULL", v.shift))
                        .isEqualTo(1);
                // stored at the time of the tap on the phone, not of its arrival
                assertThat(TestEnv.number("SELECT count(*) FROM shift_signup WHERE shift_id = ? AND date_trunc('second', checked_in_at) = ?",
                        v.shift, tapped.truncatedTo(ChronoUnit.SECONDS))).isEqualTo(1);
                show(phone, "queue");
                phone.screenshot("m-queue-zh");

                // a fourth tip whose answer is lost on the way back: sent again with the same key, stored once
                phone.evaluate("var real = window.fetch; var lost = false;"
                        + "window.fetch = function (url, options) { return real(url, options).then(function (r) {"
                        + "  if (!lost && options && options.method === 'POST' && String(url).endsWith('/tips')) {"
                        + "    lost = true; throw new TypeError('the answer was lost'); }"
                        + "  return r; }); };");
                sendTip(phone, "SAFETY_HAZARD", marker + " 桥下", "电线裸露");
                phone.waitForText("#queue-count", "全部已发送");
                JsonObject fourth = queue(phone).stream().filter(i -> i.getJsonObject("body") != null
                        && (marker + " 桥下").equals(i.getJsonObject("body").getString("place", ""))).findFirst().orElseThrow();
                assertThat(fourth.getString("state")).isEqualTo("sent");
                assertThat(fourth.getBoolean("created")).as("the second send was answered as a replay").isFalse();
                assertThat(TestEnv.number("SELECT count(*) FROM tip WHERE place = ?", marker + " 桥下")).isEqualTo(1);
                assertThat(TestEnv.number("SELECT count(*) FROM tip WHERE place LIKE ?", marker + "%")).isEqualTo(4);

                // the same screens in English, online and offline
                phone.reload().find("#lang").click();
                phone.waitForText("#lang", "中文");
                for (String screen : SCREENS) {
                    show(phone, screen);
                    assertThat(phone.overflowsSideways()).as(screen).isFalse();
                    phone.screenshot("m-" + screen + "-en");
                }
                offline(phone, true);
                for (String screen : new String[]{"today", "tip", "queue"}) {
                    show(phone, screen);
                    phone.screenshot("m-" + screen + "-en-offline");
                }
                assertThat(phone.text("#online")).contains("Offline");
                offline(phone, false);
            } finally {
                normalSized(phone);
            }
        }
    }

    /**
     * Figures for the README, printed, not asserted: the shell's first paint on a slow 3G profile
     * after the first visit, the JavaScript and CSS gzip-compressed, and a queue of 50 tips sent
     * after reconnecting (time and duplicates).
     */
    @Test
    void measured() throws Exception {
        Volunteer v = volunteerWithAShiftNow();
        String marker = "五十" + TestEnv.unique();
        try (Browser phone = Browser.open(360, 740)) {
            phoneSized(phone);
            try {
                phone.go("m/").find("#signin-username");
                signIn(phone, v.username);
                phone.evaluateAsync("var done = arguments[arguments.length - 1]; navigator.serviceWorker.ready.then(function () { done(1); });");
                phone.reload().waitUntil("return navigator.serviceWorker.controller !== null");
                phone.devTools("Network.enable", Map.of());
                phone.devTools("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 400,
                        "downloadThroughput", 50 * 1024, "uploadThroughput", 50 * 1024));
                phone.go("about:blank");
                phone.go("m/#today").find("#view [data-shift='" + v.shift + "']");
                double paint = ((Number) phone.evaluate("var p = performance.getEntriesByType('paint')"
                        + ".filter(function (e) { return e.name === 'first-contentful-paint'; })[0]"
                        + " || performance.getEntriesByType('paint')[0]; return p ? p.startTime : -1;")).doubleValue();
                offline(phone, false);

                long js = 0;
                long gzip = 0;
                HttpClient http = HttpClient.newHttpClient();
                for (String file : new String[]{"js/app.js", "js/api.js", "js/i18n.js", "js/queue.js", "js/store.js", "js/photo.js",
                        "js/stream.js", "app.css", "sw.js"}) {
                    byte[] body = http.send(HttpRequest.newBuilder(TestEnv.baseUrl().resolve("m/" + file)).build(),
                            HttpResponse.BodyHandlers.ofByteArray()).body();
                    js += body.length;
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
                        z.write(body);
                    }
                    gzip += out.size();
                }

                offline(phone, true);
                phone.evaluateAsync("var done = arguments[arguments.length - 1]; var marker = arguments[0]; var q = window.yanghuQueue;"
                        + "var chain = Promise.resolve();"
                        + "for (var i = 1; i <= 50; i++) { (function (n) { chain = chain.then(function () { return q.add({kind: 'tip',"
                        + " label: 'tip ' + n, request: {method: 'POST', path: 'tips', body: {category: 'OTHER',"
                        + " occurredAt: new Date().toISOString(), place: marker + ' ' + n, description: '测量 ' + n}}}); }); })(i); }"
                        + "chain.then(function () { done(1); });", marker);
                phone.waitForText("#queue-count", "(50)");
                long start = System.nanoTime();
                offline(phone, false);
                phone.waitUntil("return document.getElementById('queue-count').dataset.pending === '0'");
                double seconds = (System.nanoTime() - start) / 1e9;
                long stored = TestEnv.number("SELECT count(*) FROM tip WHERE place LIKE ?", marker + "%");
                long distinct = TestEnv.number("SELECT count(DISTINCT place) FROM tip WHERE place LIKE ?", marker + "%");
                Map<String, String> figures = new LinkedHashMap<>();
                figures.put("first paint, slow 3G (400 ms, 50 KB/s), after the first visit", String.format("%.0f ms", paint));
                figures.put("JavaScript and CSS of the app", js + " bytes, " + gzip + " bytes gzip-compressed");
                figures.put("50 tips queued offline, sent after reconnecting", String.format("%.2f s, %d stored, %d duplicates", seconds,
                        stored, stored - distinct));
                figures.forEach((k, val) -> System.out.println("MEASURED " + k + ": " + val));
                assertThat(stored).isEqualTo(50);
                assertThat(distinct).isEqualTo(50);
            } finally {
                normalSized(phone);
            }
        }
    }

    private record Volunteer(String username, long shift, String area) {
    }

    /** A new volunteer of 湖塘, in a new group, signed up to a shift whose check-in window is open now. */
    private static Volunteer volunteerWithAShiftNow() throws Exception {
        Api admin = Api.demo("admin");
        Api officer = Api.demo("officer1");
        long hutang = TestEnv.number("SELECT id FROM station WHERE code = 'HT'");
        String username = Fixtures.account(admin, hutang, "VOLUNTEER");
        Api volunteer = Api.as(username, Fixtures.PASSWORD);
        long group = officer.post("patrol-groups", Json.createObjectBuilder().add("name", "手机" + TestEnv.unique()).build()).id();
        long application = volunteer.post("patrol-groups/" + group + "/applications", Json.createObjectBuilder().build()).id();
        officer.post("patrol-groups/applications/" + application + "/decision", Json.createObjectBuilder().add("approve", true).build());
        String area = "人民路" + TestEnv.unique();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusMinutes(10).truncatedTo(ChronoUnit.MINUTES);
        long shift = officer.post("shifts", Json.createObjectBuilder().add("groupId", group).add("area", area)
                .add("startsAt", start.format(TestEnv.ISO_TIME)).add("endsAt", start.plusHours(2).format(TestEnv.ISO_TIME))
                .add("needed", 3).build()).id();
        Api.Reply signUp = volunteer.put("shifts/" + shift + "/signup", Json.createObjectBuilder().build(),
                "Idempotency-Key", java.util.UUID.randomUUID().toString());
        assertThat(signUp.status()).as(signUp.body()).isIn(200, 201);
        return new Volunteer(username, shift, area);
    }

    /** A 360 x 740 phone that knows where it is (湖塘, 25 m). */
    private static void phoneSized(Browser phone) {
        phone.devTools("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 740, "deviceScaleFactor", 2,
                "mobile", true));
        phone.devTools("Browser.grantPermissions", Map.of("permissions", List.of("geolocation"),
                "origin", TestEnv.baseUrl().toString().replaceAll("/$", "")));
        phone.devTools("Emulation.setGeolocationOverride", Map.of("latitude", 31.7046, "longitude", 119.9412, "accuracy", 25));
    }

    private static void normalSized(Browser phone) {
        offline(phone, false);
        phone.devTools("Emulation.clearDeviceMetricsOverride", Map.of());
        phone.devTools("Emulation.clearGeolocationOverride", Map.of());
    }

    private static void signIn(Browser phone, String username) {
        phone.type("#signin-username", username).type("#signin-password", Fixtures.PASSWORD).click("#signin-submit");
        phone.find("#view[data-screen='today']");
    }

    private static void show(Browser phone, String screen) {
        phone.evaluate("location.hash = arguments[0]", screen);
        phone.find("#view[data-screen='" + screen + "']");
    }

    private static void sendTip(Browser phone, String category, String place, String description) {
        show(phone, "tip");
        phone.click("#view .m-category[data-category='" + category + "']");
        phone.type("#tip-place", place).type("#tip-description", description);
        phone.click("#tip-position"); // no position in a headless browser: not asked for
        phone.click("#tip-send");
        phone.waitUntil("return document.getElementById('tip-place') === null || document.getElementById('tip-place').value === ''");
    }

    private static void offline(Browser phone, boolean offline) {
        phone.devTools("Network.enable", Map.of());
        phone.devTools("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private static List<JsonObject> queue(Browser phone) {
        return Json.createReader(new StringReader((String) phone.evaluateAsync(QUEUE_ITEMS))).readArray().stream()
                .map(v -> v.asJsonObject()).toList();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
