package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/v1/me/inbox: each role's counts, each equal to the total of the list behind its link
 * (read through the API list with the link's own filter), station scoping as on the lists, and
 * the counts following the work (a case accepted awaits the head until it is filed, a lead, a
 * tip, a stop-payment ending, a locked account, a failed job).
 */
class InboxIT extends DeployedApplication {

    /** Counts stop there (Inbox.CAP). */
    private static final int CAP = 1000;

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    /** The API list of each page a count links to: the link's query string is the list's filter there too. */
    private static final Map<String, String> API_LIST = Map.ofEntries(
            entry("/fraud/cases.xhtml", "fraud-cases"),
            entry("/fraud/leads.xhtml", "warning-leads"),
            entry("/patrol/officer/tips.xhtml", "tips"),
            entry("/patrol/officer/shifts.xhtml", "shifts"),
            entry("/patrol/shifts.xhtml", "shifts"),
            entry("/patrol/my-tips.xhtml", "tips/mine"),
            entry("/liaison/requests.xhtml", "enterprise-requests"),
            entry("/liaison/projects.xhtml", "projects"),
            entry("/admin/accounts.xhtml", "accounts"));

    @Test
    void eachRolesCountsAreTheTotalsOfTheListsBehindTheirLinks() throws Exception {
        countsMatchLists(Api.demo("officer1"), "new-tips", "my-cases-due", "open-leads", "stop-payments-ending", "shifts-today");
        countsMatchLists(Api.demo("auxiliary1"), "new-tips", "open-leads", "stop-payments-ending", "shifts-today");
        countsMatchLists(Api.demo("head1"), "awaiting-decision", "overdue-cases", "open-leads", "open-requests", "escalated-requests",
                "understaffed-shifts");
        countsMatchLists(Api.demo("supervisor1"), "escalated-requests", "unassigned-tips", "awaiting-decision", "overdue-cases", "open-leads",
                "open-requests", "understaffed-shifts");
        countsMatchLists(Api.demo("liaison1"), "projects-without-visit", "requests-due", "follow-ups");
        countsMatchLists(Api.demo("volunteer1"), "my-shifts", "tip-updates", "my-points");
        countsMatchLists(Api.demo("admin"), "locked-accounts", "failed-jobs");

        JsonObject stopPayments = item(Api.demo("officer1"), "stop-payments-ending");
        assertThat(stopPayments.getString("link")).as("an officer's own cases").endsWith("&mine=true");
        assertThat(item(Api.demo("auxiliary1"), "stop-payments-ending").getString("link")).as("an auxiliary's station's")
                .doesNotContain("mine");
        assertThat(item(Api.demo("head1"), "awaiting-decision").getString("link")).isEqualTo("/fraud/cases.xhtml?queue=awaiting-decision");
    }

    @Test
    void officer2OfNiutangCountsNoneOfHutangsLeadsAndTips() throws Exception {
        Api officer1 = Api.demo("officer1");
        Api officer2 = Api.demo("officer2");
        Map<String, JsonObject> ht = items(officer1);
        Map<String, JsonObject> nt = items(officer2);

        JsonObject lead = officer1.post("warning-leads", Json.createObjectBuilder().add("phone", randomPhone()).add("personName", "王某")
                .add("source", "ANTI_FRAUD_CENTER").add("urgency", "URGENT")
                .add("receivedAt", OffsetDateTime.now(BEIJING).minusHours(1).withNano(0).format(TestEnv.ISO_TIME)).build()).json();
        Api.Reply tip = Api.demo("volunteer1").post("tips", Json.createObjectBuilder().add("category", "SUSPICIOUS_PERSON")
                        .add("occurredAt", OffsetDateTime.now(BEIJING).minusMinutes(20).withNano(0).format(TestEnv.ISO_TIME)).add("place", "湖塘镇人民路")
                        .add("description", "陌生人挨家敲门推销“养老理财”").build(),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(tip.status()).as(tip.body()).isEqualTo(201);

        Map<String, JsonObject> htAfter = items(officer1);
        assertThat(count(htAfter, "open-leads")).isEqualTo(Math.min(count(ht, "open-leads") + 1, CAP));
        assertThat(htAfter.get("open-leads").getBoolean("overdue")).as("an urgent lead an hour old").isTrue();
        assertThat(count(htAfter, "new-tips")).isEqualTo(Math.min(count(ht, "new-tips") + 1, CAP));
        Map<String, JsonObject> ntAfter = items(officer2);
        assertThat(count(ntAfter, "open-leads")).isEqualTo(count(nt, "open-leads"));
        assertThat(count(ntAfter, "new-tips")).isEqualTo(count(nt, "new-tips"));
        assertThat(ids(officer2, "warning-leads?status=OPEN")).doesNotContain(lead.getJsonNumber("id").longValue());
        assertThat(ids(officer1, "warning-leads?status=OPEN")).contains(lead.getJsonNumber("id").longValue());
    }

    @Test
    void aCaseMovedToAcceptedAwaitsTheHeadsDecisionUntilItIsFiled() throws Exception {
        Api officer1 = Api.demo("officer1");
        Api head1 = Api.demo("head1");
        long before = count(items(head1), "awaiting-decision");
        JsonObject registered = officer1.post("fraud-cases", report(OffsetDateTime.now(BEIJING).minusHours(1))).json();
        long id = registered.getJsonNumber("id").longValue();
        JsonObject accepted = officer1.post("fraud-cases/" + id + "/transitions", Json.createObjectBuilder().add("action", "ACCEPT")
                .add("version", registered.getJsonNumber("version").longValue()).build()).json();
        assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");

        assertThat(count(items(head1), "awaiting-decision")).isEqualTo(before + 1);
        assertThat(ids(head1, "fraud-cases?queue=awaiting-decision")).contains(id);
        assertThat(ids(Api.demo("officer2"), "fraud-cases?queue=awaiting-decision")).doesNotContain(id);
        // the bureau's table: Hutang's cell is the Hutang list's total, as the bureau reads it
        long bureauHt = Api.demo("supervisor1").get("fraud-cases?queue=awaiting-decision&station=HT&size=1").json().getJsonNumber("total")
                .longValue();
        assertThat(bureauHt).isEqualTo(before + 1);
        assertThat(cell(PageSession.signIn("supervisor1", TestEnv.DEMO_PASSWORD), "HT", "awaiting-decision")).isEqualTo(bureauHt);

        JsonObject filed = head1.post("fraud-cases/" + id + "/transitions", Json.createObjectBuilder().add("action", "FILE")
                .add("version", accepted.getJsonNumber("version").longValue()).build()).json();
        assertThat(filed.getString("status")).isEqualTo("FILED");
        assertThat(count(items(head1), "awaiting-decision")).isEqualTo(before);
        assertThat(ids(head1, "fraud-cases?queue=awaiting-decision")).doesNotContain(id);
    }

    @Test
    void aStopPaymentEndingWithinSixHoursIsTheOfficersToFreeze() throws Exception {
        Api officer1 = Api.demo("officer1");
        long ownBefore = count(items(officer1), "stop-payments-ending");
        long stationBefore = count(items(Api.demo("auxiliary1")), "stop-payments-ending");
        OffsetDateTime now = OffsetDateTime.now(BEIJING).truncatedTo(ChronoUnit.SECONDS);
        long ending = officer1.post("fraud-cases", report(now.minusHours(46))).id();
        long later = officer1.post("fraud-cases", report(now.minusHours(11))).id();
        stopPayment(officer1, ending, now.minusHours(44)); // its window ends in 4 hours
        stopPayment(officer1, later, now.minusHours(10)); // in 38 hours

        assertThat(count(items(officer1), "stop-payments-ending")).isEqualTo(ownBefore + 1);
        assertThat(count(items(Api.demo("auxiliary1")), "stop-payments-ending")).isEqualTo(stationBefore + 1);
        assertThat(ids(officer1, "fraud-cases?queue=stop-payment-ending&mine=true")).contains(ending).doesNotContain(later);
        assertThat(ids(Api.demo("officer2"), "fraud-cases?queue=stop-payment-ending")).doesNotContain(ending);
    }

    @Test
    void aVolunteerSeesUpdatesOnTheirTipsTheirComingShiftsAndTheirPoints() throws Exception {
        Api volunteer = Api.demo("volunteer1");
        Api officer1 = Api.demo("officer1");
        Map<String, JsonObject> before = items(volunteer);
        long beforeUnderstaffed = count(items(Api.demo("head1")), "understaffed-shifts");

        long tip = volunteer.post("tips", Json.createObjectBuilder().add("category", "SAFETY_HAZARD")
                        .add("occurredAt", OffsetDateTime.now(BEIJING).minusMinutes(30).withNano(0).format(TestEnv.ISO_TIME)).add("place", "星河国际")
                        .add("description", "楼道内电动车充电").build(), "Idempotency-Key", UUID.randomUUID().toString()).id();
        assertThat(officer1.post("tips/" + tip + "/triage", Json.createObjectBuilder().add("action", "RESOLVE")
                .add("note", "已当场劝导挪出").build()).status()).isEqualTo(200);

        long group = officer1.get("patrol-groups").array().stream().map(g -> (JsonObject) g)
                .filter(g -> g.getString("name").equals("湖塘人民路巡防队")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        OffsetDateTime start = OffsetDateTime.now(BEIJING).plusHours(3).truncatedTo(ChronoUnit.MINUTES);
        long shift = officer1.post("shifts", Json.createObjectBuilder().add("groupId", group).add("area", "人民路" + TestEnv.unique())
                .add("startsAt", start.format(TestEnv.ISO_TIME)).add("endsAt", start.plusHours(2).format(TestEnv.ISO_TIME)).add("needed", 3).build()).id();
        assertThat(volunteer.put("shifts/" + shift + "/signup", Json.createObjectBuilder().build(), Api.freshKey()).status()).isEqualTo(201);

        Map<String, JsonObject> after = countsMatchLists(volunteer, "my-shifts", "tip-updates", "my-points");
        assertThat(count(after, "tip-updates")).isEqualTo(Math.min(count(before, "tip-updates") + 1, CAP));
        assertThat(volunteer.get("tips/mine?updates=true&size=1").json().getJsonArray("rows").getJsonObject(0).getJsonNumber("id")
                .longValue()).as("the latest update first").isEqualTo(tip);
        assertThat(count(after, "my-shifts")).isEqualTo(count(before, "my-shifts") + 1);
        assertThat(volunteer.get("shifts?queue=upcoming").array()).extracting(s -> ((JsonObject) s).getJsonNumber("id").longValue())
                .contains(shift);
        assertThat(count(items(Api.demo("head1")), "understaffed-shifts")).as("1 of 3 signed up, within 48 hours")
                .isEqualTo(beforeUnderstaffed + 1);
        if (start.toLocalDate().equals(LocalDate.now(BEIJING))) {
            assertThat(officer1.get("shifts?queue=today").array()).as("a shift today of officer1's group")
                    .extracting(s -> ((JsonObject) s).getJsonNumber("id").longValue()).contains(shift);
        }
    }

    @Test
    void aLiaisonCountsProjectsWithoutAVisitRequestsDueAndFollowUps() throws Exception {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        Api head = Api.as(Fixtures.account(admin, station, "SUPERVISOR"), Fixtures.PASSWORD);
        String liaisonName = Fixtures.account(admin, station, "LIAISON");
        Api liaison = Api.as(liaisonName, Fixtures.PASSWORD);
        long enterprise = head.post("enterprises", Json.createObjectBuilder().add("name", "湖塘精工有限公司").add("creditCode", LiaisonIT.creditCode())
                .add("sector", "MANUFACTURING").add("contactName", "钱会计").add("contactPhone", "13861234567").build()).id();
        JsonObject project = head.post("projects", Json.createObjectBuilder().add("enterpriseId", enterprise).add("name", "精工产业园")
                .add("investment", "80000000.00").build()).json();
        long projectId = project.getJsonNumber("id").longValue();
        assertThat(head.put("projects/" + projectId + "/liaison", Json.createObjectBuilder().add("officer", liaisonName).add("reason", "首次指派")
                .add("version", project.getJsonNumber("version").longValue()).build()).status()).isEqualTo(200);

        Map<String, JsonObject> fresh = countsMatchLists(liaison, "projects-without-visit", "requests-due", "follow-ups");
        assertThat(count(fresh, "projects-without-visit")).isEqualTo(1);
        assertThat(fresh.get("projects-without-visit").getBoolean("overdue")).isTrue();
        assertThat(count(fresh, "follow-ups")).isZero();

        String today = LocalDate.now(BEIJING).toString();
        assertThat(liaison.post("projects/" + projectId + "/visits", Json.createObjectBuilder().add("visitedOn", today).add("peopleMet", "周总")
                .add("topics", "工地材料防盗").add("followUps", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("action", "加装监控").add("dueOn", LocalDate.now(BEIJING).plusDays(2).toString()))).build()).status()).isEqualTo(201);
        // received 8 days ago, a 10-day category: due within 3 days
        assertThat(liaison.post("enterprise-requests", Json.createObjectBuilder().add("projectId", projectId).add("category", "TALENT_RESIDENCE")
                .add("description", "工程师落户").add("receivedAt", OffsetDateTime.now(BEIJING).minusDays(8).withNano(0).format(TestEnv.ISO_TIME)).build())
                .status()).isEqualTo(201);

        Map<String, JsonObject> after = countsMatchLists(liaison, "projects-without-visit", "requests-due", "follow-ups");
        assertThat(count(after, "projects-without-visit")).isZero();
        assertThat(count(after, "follow-ups")).isEqualTo(1);
        assertThat(after.get("follow-ups").getBoolean("overdue")).as("due in two days").isFalse();
        assertThat(count(after, "requests-due")).isEqualTo(1);
        assertThat(after.get("requests-due").getBoolean("overdue")).isFalse();
        Map<String, JsonObject> heads = countsMatchLists(head, "awaiting-decision", "overdue-cases", "open-leads", "open-requests",
                "escalated-requests", "understaffed-shifts");
        assertThat(count(heads, "open-requests")).isEqualTo(1);
        assertThat(count(heads, "awaiting-decision")).as("a new station has no cases").isZero();
    }

    @Test
    void anAdministratorCountsLockedAccountsAndFailedJobs() throws Exception {
        Api admin = Api.demo("admin");
        Map<String, JsonObject> before = items(admin);
        String user = Fixtures.account(admin, Fixtures.station(admin), "OFFICER");
        for (int i = 1; i <= 5; i++) {
            assertThat(Api.anonymous().post("auth/token", Json.createObjectBuilder().add("username", user).add("password", "wrong-" + i)
                    .build()).status()).isEqualTo(401);
        }
        try (Connection db = TestEnv.database(); PreparedStatement insert = db.prepareStatement("INSERT INTO job_failure (job, slot, "
                + "instance, error) VALUES ('inbox-it', date_trunc('minute', now()), 'server', 'IllegalStateException: inbox test')")) {
            insert.executeUpdate();
        }

        Map<String, JsonObject> after = countsMatchLists(admin, "locked-accounts", "failed-jobs");
        // (not "one more than before": another test's lock may run out meanwhile)
        assertThat(count(after, "locked-accounts")).isPositive();
        assertThat(admin.get("accounts?locked=true&size=200").json().getJsonArray("rows")).extracting(r -> ((JsonObject) r).getString("username"))
                .contains(user);
        assertThat(count(after, "failed-jobs")).isEqualTo(count(before, "failed-jobs") + 1);
        assertThat(after.get("failed-jobs").getBoolean("overdue")).isTrue();
        PageSession.Reply runs = PageSession.signIn("admin", TestEnv.DEMO_PASSWORD).get("admin/runs.xhtml");
        assertThat(runs.status()).isEqualTo(200);
        assertThat(runs.body()).contains("inbox-it").contains("IllegalStateException: inbox test");
    }

    // ---- the counts and their lists

    /**
     * Checks the caller's kinds, in order, and that each count is its list's total (up to the
     * cap). The inbox is read before and after the lists: a row the minute job changed meanwhile
     * (an escalation) shows as a difference between the two reads, and the check is made again.
     */
    private static Map<String, JsonObject> countsMatchLists(Api who, String... kinds) throws Exception {
        for (int attempt = 1; ; attempt++) {
            Map<String, JsonObject> first = items(who);
            assertThat(first.keySet()).containsExactly(kinds);
            Map<String, Long> listed = new LinkedHashMap<>();
            for (JsonObject item : first.values()) {
                listed.put(item.getString("kind"), listed(who, item));
            }
            Map<String, JsonObject> second = items(who);
            if (!first.equals(second) && attempt < 3) {
                continue;
            }
            for (JsonObject item : second.values()) {
                String kind = item.getString("kind");
                assertThat(item.getJsonNumber("count").longValue()).as(kind + ": the total of " + item.getString("link"))
                        .isEqualTo(Math.min(listed.get(kind), CAP));
                assertThat(item.getString("link")).startsWith("/");
            }
            return second;
        }
    }

    /** How many rows the list behind an item holds for the caller. */
    private static long listed(Api who, JsonObject item) throws Exception {
        String kind = item.getString("kind");
        if (kind.equals("my-points")) {
            return new BigDecimal(who.get("points/mine").json().getJsonNumber("total").toString()).setScale(0, RoundingMode.DOWN).longValue();
        }
        if (kind.equals("failed-jobs")) {
            return TestEnv.number("SELECT count(*) FROM job_failure WHERE failed_at >= now() - interval '7 days'");
        }
        String link = item.getString("link");
        int q = link.indexOf('?');
        String page = q < 0 ? link : link.substring(0, q);
        String api = API_LIST.get(page);
        assertThat(api).as("an API list for " + page).isNotNull();
        // a paged list tells its total with one row; the lists of shifts are not paged (first and size mean nothing to them)
        String paging = api.equals("shifts") ? "" : "first=0&size=1";
        String query = String.join("&", java.util.stream.Stream.of(q < 0 ? "" : link.substring(q + 1), paging)
                .filter(part -> !part.isEmpty()).toList());
        Api.Reply list = who.get(api + (query.isEmpty() ? "" : "?" + query));
        assertThat(list.status()).as(kind + ": " + list.body()).isEqualTo(200);
        return list.body().startsWith("[") ? list.array().size() : list.json().getJsonNumber("total").longValue();
    }

    private static Map<String, JsonObject> items(Api who) {
        Api.Reply reply = who.get("me/inbox");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Map<String, JsonObject> items = new LinkedHashMap<>();
        for (JsonValue v : reply.array()) {
            JsonObject item = (JsonObject) v;
            items.put(item.getString("kind"), item);
        }
        return items;
    }

    private static JsonObject item(Api who, String kind) {
        return items(who).get(kind);
    }

    private static long count(Map<String, JsonObject> items, String kind) {
        assertThat(items).containsKey(kind);
        return items.get(kind).getJsonNumber("count").longValue();
    }

    /** The ids of a list's first 200 rows. */
    private static List<Long> ids(Api who, String list) {
        JsonArray rows = who.get(list + (list.contains("?") ? "&" : "?") + "first=0&size=200").json().getJsonArray("rows");
        return rows.stream().map(r -> ((JsonObject) r).getJsonNumber("id").longValue()).toList();
    }

    private static final Pattern CELL = Pattern.compile("id=\"inbox-([A-Z0-9]+)-([a-z-]+)\"[^>]*>(\\d+)</a>");

    /** A cell of the bureau's table on the home page. */
    private static long cell(PageSession bureau, String station, String kind) {
        PageSession.Reply home = bureau.get("index.xhtml");
        assertThat(home.status()).isEqualTo(200);
        Matcher m = CELL.matcher(home.body());
        while (m.find()) {
            if (m.group(1).equals(station) && m.group(2).equals(kind)) {
                return Long.parseLong(m.group(3));
            }
        }
        throw new AssertionError("no cell " + station + " " + kind + " on the bureau's home page");
    }

    private static JsonObject report(OffsetDateTime reportedAt) {
        OffsetDateTime at = reportedAt.truncatedTo(ChronoUnit.SECONDS);
        return Json.createObjectBuilder().add("fraudType", "FAKE_CUSTOMER_SERVICE").add("reportedAt", at.format(TestEnv.ISO_TIME))
                .add("narrative", "冒充快递客服以理赔为由诱导转账")
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "李某")))
                .add("transfers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("time", at.minusMinutes(30).format(TestEnv.ISO_TIME))
                        .add("amount", "8000.00").add("channel", "BANK_CARD").add("toAccount", "6222 3333 4444 5555").add("toBank", "某银行")))
                .build();
    }

    private static void stopPayment(Api officer, long caseId, OffsetDateTime requestedAt) {
        Api.Reply stop = officer.post("fraud-cases/" + caseId + "/stop-payments", Json.createObjectBuilder().add("bank", "某银行")
                .add("account", "6222 3333 4444 5555").add("amountRequested", "8000.00").add("requestedAt", requestedAt.format(TestEnv.ISO_TIME)).build());
        assertThat(stop.status()).as(stop.body()).isIn(200, 201);
    }

    private static String randomPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
