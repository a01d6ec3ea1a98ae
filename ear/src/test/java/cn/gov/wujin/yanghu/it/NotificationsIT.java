package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications through the REST API: who is told of a case's steps, in their language; one's
 * own list and marking read; the live stream to two clients at once and its resumption; and a
 * change that rolls back tells nobody.
 */
class NotificationsIT extends DeployedApplication {

    private Api admin;
    private long station;
    private String officerName;
    private Api officer;
    private Api head;
    private Api otherOfficer;

    @BeforeEach
    void aStationWithAnOfficerAndAHead() {
        admin = Api.demo("admin");
        station = Fixtures.station(admin);
        officerName = Fixtures.account(admin, station, "OFFICER");
        officer = Api.as(officerName, Fixtures.PASSWORD);
        head = Api.as(Fixtures.account(admin, station, "SUPERVISOR"), Fixtures.PASSWORD);
        otherOfficer = Api.as(Fixtures.account(admin, Fixtures.station(admin), "OFFICER"), Fixtures.PASSWORD);
    }

    @Test
    void aStepThatNeedsTheHeadTellsHimAndHisDecisionTellsTheOfficer() {
        JsonObject c = newCase();
        long id = c.getJsonNumber("id").longValue();
        String number = c.getString("caseNumber");
        assertThat(step(officer, id, "ACCEPT").status()).isEqualTo(200);

        JsonObject heads = head.get("notifications?unread=true").json();
        assertThat(heads.getInt("unread")).isEqualTo(1);
        JsonObject awaiting = heads.getJsonArray("rows").getJsonObject(0);
        assertThat(awaiting.getString("kind")).isEqualTo("CASE_AWAITS_DECISION");
        assertThat(awaiting.getString("title")).isEqualTo("案件待您审批");
        assertThat(awaiting.getString("text")).isEqualTo(number + " 等待您决定：立案或不予立案");
        assertThat(awaiting.getString("link")).isEqualTo("/fraud/case.xhtml?id=" + id);
        assertThat(awaiting.containsKey("readAt")).isFalse(); // unread: no time
        JsonObject english = head.inEnglish().get("notifications").json().getJsonArray("rows").getJsonObject(0);
        assertThat(english.getString("title")).isEqualTo("A case awaits your decision");
        assertThat(english.getString("text")).isEqualTo(number + " awaits your decision: file or not file");
        // the officer who took the step, and another station, hear nothing of it
        assertThat(officer.get("notifications").json().getInt("total")).isZero();
        assertThat(otherOfficer.get("notifications").json().getInt("total")).isZero();

        assertThat(step(head, id, "FILE").status()).isEqualTo(200);
        JsonObject decided = officer.get("notifications").json().getJsonArray("rows").getJsonObject(0);
        assertThat(decided.getString("kind")).isEqualTo("CASE_DECIDED");
        assertThat(decided.getString("text")).startsWith(number + "：立案");

        // one's own only: another's notification is as unknown as a missing one
        long awaitingId = awaiting.getJsonNumber("id").longValue();
        assertThat(otherOfficer.post("notifications/" + awaitingId + "/read", Json.createObjectBuilder().build()).status()).isEqualTo(404);
        assertThat(head.get("notifications").json().getInt("unread")).isEqualTo(1);
        Api.Reply read = head.post("notifications/" + awaitingId + "/read", Json.createObjectBuilder().build());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("readAt")).isNotBlank();
        assertThat(head.get("notifications?unread=true").json().getInt("total")).isZero();
        assertThat(head.get("notifications").json().getInt("total")).isEqualTo(1);

        assertThat(officer.post("notifications/read-all", Json.createObjectBuilder().build()).json().getInt("marked")).isEqualTo(1);
        assertThat(officer.get("notifications").json().getInt("unread")).isZero();
    }

    @Test
    void handingACaseOverTellsTheOfficerWhoNowHasIt() {
        long id = newCase().getJsonNumber("id").longValue();
        String colleagueName = Fixtures.account(admin, station, "OFFICER");
        Api.Reply handed = head.put("fraud-cases/" + id + "/assignment", Json.createObjectBuilder().add("officer", colleagueName).build());
        assertThat(handed.status()).as(handed.body()).isEqualTo(200);
        JsonObject told = Api.as(colleagueName, Fixtures.PASSWORD).get("notifications").json().getJsonArray("rows").getJsonObject(0);
        assertThat(told.getString("kind")).isEqualTo("CASE_HANDED_OVER");
        assertThat(told.getString("text")).contains("交您办理");
    }

    @Test
    void stepsThatRollBackTellNobody() throws Exception {
        long id = newCase().getJsonNumber("id").longValue();
        List<Api> officers = new ArrayList<>(List.of(officer));
        for (int i = 0; i < 3; i++) {
            officers.add(Api.as(Fixtures.account(admin, station, "OFFICER"), Fixtures.PASSWORD));
        }
        // four officers accept the same case at once: one step commits, the others roll back
        ExecutorService pool = Executors.newFixedThreadPool(officers.size());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (Api who : officers) {
                answers.add(pool.submit(() -> step(who, id, "ACCEPT").status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(head.get("notifications").json().getInt("total")).isEqualTo(1);
        assertThat(TestEnv.number("SELECT count(*) FROM notification WHERE link = ?", "/fraud/case.xhtml?id=" + id)).isEqualTo(1);
    }

    @Test
    void twoClientsOnTheStreamEachGetTheNotificationAndAReconnectGetsWhatItMissed() throws Exception {
        long id = newCase().getJsonNumber("id").longValue();
        Api secondDevice = Api.as(head.get("me").json().getString("username"), Fixtures.PASSWORD);
        try (Stream first = Stream.open(head, null); Stream second = Stream.open(secondDevice, null);
             Stream elsewhere = Stream.open(otherOfficer, null)) {
            first.awaitOpen();
            second.awaitOpen();
            elsewhere.awaitOpen();
            assertThat(step(officer, id, "ACCEPT").status()).isEqualTo(200);
            JsonObject one = first.next();
            JsonObject two = second.next();
            assertThat(one.getString("kind")).isEqualTo("CASE_AWAITS_DECISION");
            assertThat(one.getInt("unread")).isEqualTo(1);
            assertThat(two.getJsonNumber("id").longValue()).isEqualTo(one.getJsonNumber("id").longValue());
            assertThat(elsewhere.poll(Duration.ofSeconds(1))).isNull();

            // a client that was away resumes after the last id it saw and gets the one it missed
            try (Stream resumed = Stream.open(head, String.valueOf(one.getJsonNumber("id").longValue() - 1))) {
                assertThat(resumed.next().getJsonNumber("id").longValue()).isEqualTo(one.getJsonNumber("id").longValue());
            }
        }
    }

    private JsonObject newCase() {
        Api.Reply created = officer.post("fraud-cases", FraudCaseIT.report(FraudCaseIT.randomPhone()).build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static Api.Reply step(Api who, long caseId, String action) {
        return who.post("fraud-cases/" + caseId + "/transitions", Json.createObjectBuilder().add("action", action).build());
    }

    /** A client of GET /notifications/stream that collects the events' data. */
    private static final class Stream implements AutoCloseable {

        private static final HttpClient HTTP = HttpClient.newHttpClient();

        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> response;
        private final CompletableFuture<Void> reading;

        private Stream(HttpRequest request, CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> response) {
            this.response = response.thenApply(r -> {
                ApiContract.check(request, null, r, new ApiContract.Body.NotKept());
                return r;
            });
            this.reading = this.response.thenAcceptAsync(r -> r.body().forEach(lines::add));
        }

        static Stream open(Api api, String lastEventId) {
            HttpRequest.Builder request = HttpRequest.newBuilder(TestEnv.baseUrl().resolve(URI.create("api/v1/notifications/stream")))
                    .header("Authorization", "Bearer " + api.token()).header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpRequest built = request.build();
            return new Stream(built, HTTP.sendAsync(built, HttpResponse.BodyHandlers.ofLines()));
        }

        void awaitOpen() throws Exception {
            HttpResponse<?> r = response.get(10, TimeUnit.SECONDS);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        }

        JsonObject next() throws InterruptedException {
            JsonObject data = poll(Duration.ofSeconds(10));
            assertThat(data).as("an event within 10 s").isNotNull();
            return data;
        }

        JsonObject poll(Duration within) throws InterruptedException {
            long end = System.nanoTime() + within.toNanos();
            String line;
            while ((line = lines.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
                if (line.startsWith("data:")) {
                    try (var reader = Json.createReader(new java.io.StringReader(line.substring(5).strip()))) {
                        return reader.readObject();
                    }
                }
            }
            return null;
        }

        @Override
        public void close() {
            reading.cancel(true);
            response.thenAccept(r -> r.body().close());
        }
    }
}
