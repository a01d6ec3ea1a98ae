package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, for every role, for a record of the own station and of another one, and without
 * login: the answer declared in page-access.txt. A page missing from the table fails the test.
 */
class PageAccessMatrixIT extends DeployedApplication {

    /** The table's columns, in order: who opens the page (their usernames; null: nobody signed in). */
    static final Map<String, String> PEOPLE = new LinkedHashMap<>();

    static {
        PEOPLE.put("anon", null);
        PEOPLE.put("admin", "admin");
        PEOPLE.put("bureau", "supervisor1");
        PEOPLE.put("head", "head1");
        PEOPLE.put("officer", "officer1");
        PEOPLE.put("auxiliary", "auxiliary1");
        PEOPLE.put("liaison", "liaison1");
        PEOPLE.put("volunteer", "volunteer1");
    }

    @Test
    void everyPageIsInTheTable() throws IOException {
        Path webapp = Path.of("../web/src/main/webapp");
        Set<String> pages;
        try (Stream<Path> files = Files.walk(webapp)) {
            pages = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/")).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> declared = rows().stream().map(r -> r.page().replaceFirst("\\?.*", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(pages).isNotEmpty();
        assertThat(declared).as("pages in page-access.txt").isEqualTo(pages);
    }

    @Test
    void everyPersonGetsTheDeclaredAnswer() throws Exception {
        Map<String, String> records = records();
        Map<String, PageSession> sessions = new LinkedHashMap<>();
        PEOPLE.forEach((column, user) -> sessions.put(column,
                user == null ? PageSession.anonymous() : PageSession.signIn(user, TestEnv.DEMO_PASSWORD)));

        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Row row : rows()) {
            String path = row.page().substring(1);
            for (Map.Entry<String, String> placeholder : records.entrySet()) {
                path = path.replace("{" + placeholder.getKey() + "}", placeholder.getValue());
            }
            int column = 0;
            for (Map.Entry<String, PageSession> person : sessions.entrySet()) {
                int expected = row.expected().get(column++);
                PageSession.Reply reply = person.getValue().get(path);
                checked++;
                String problem = problem(reply, expected);
                if (problem != null) {
                    wrong.add(row.page() + " as " + person.getKey() + ": expected " + expected + ", got " + problem);
                }
            }
        }
        assertThat(checked).isEqualTo(rows().size() * PEOPLE.size());
        assertThat(wrong).as("answers that differ from page-access.txt").isEmpty();
    }

    /** Null when the reply is the declared one; a 302 must lead to the login page, an error page must not leak internals. */
    private static String problem(PageSession.Reply reply, int expected) {
        if (reply.status() != expected) {
            return reply.status() + (reply.location().isEmpty() ? "" : " → " + reply.location());
        }
        if (expected == 302 && !reply.location().contains("/login.xhtml")) {
            return "302 → " + reply.location() + " (not the login page)";
        }
        Matcher internals = TestEnv.INTERNALS.matcher(reply.body());
        if (expected >= 400 && internals.find()) {
            return expected + " with internals in the page: …" + reply.body().substring(Math.max(0, internals.start() - 80),
                    Math.min(reply.body().length(), internals.end() + 80)) + "…";
        }
        return null;
    }

    /** A fraud case and a project of HT (the people's station) and of NT (another one); a warning lead of HT. */
    private static Map<String, String> records() throws Exception {
        Map<String, String> records = new LinkedHashMap<>();
        records.put("lead", String.valueOf(leadOfHutang()));
        records.put("case", String.valueOf(caseOf("HT")));
        records.put("case@other", String.valueOf(caseOf("NT")));
        Api bureau = Api.demo("supervisor1");
        records.put("project", String.valueOf(projectIn(bureau, "HT")));
        records.put("project@other", String.valueOf(projectIn(bureau, "NT")));
        records.put("frozen", String.valueOf(frozenAccountOfHutang()));
        return records;
    }

    /** An account frozen by a case of HT only: a frozen account its staff and the bureau open. */
    static long frozenAccountOfHutang() throws Exception {
        Api officer = Api.demo("officer1");
        String account = "6217" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L);
        String anHourAgo = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).truncatedTo(ChronoUnit.SECONDS).format(TestEnv.ISO_TIME);
        Api.Reply created = officer.post("fraud-cases", Json.createObjectBuilder().add("fraudType", "FAKE_INVESTMENT")
                .add("reportedAt", anHourAgo).add("narrative", "页面权限：冻结账户")
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "页面权限")))
                .add("transfers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("time", anHourAgo).add("amount", "1000.00")
                        .add("channel", "BANK_CARD").add("toAccount", account).add("toBank", "某银行"))).build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api.Reply stopped = officer.post("fraud-cases/" + created.id() + "/stop-payments", Json.createObjectBuilder().add("bank", "某银行")
                .add("account", account).add("amountRequested", "1000.00").build());
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(201);
        String outcome = "fraud-cases/" + created.id() + "/stop-payments/" + stopped.json().getJsonObject("money")
                .getJsonArray("stopPayments").getJsonObject(0).getJsonNumber("id").longValue() + "/outcome";
        assertThat(officer.post(outcome, Json.createObjectBuilder().add("amount", "1000.00").build()).status()).isEqualTo(200);
        assertThat(officer.post(outcome, Json.createObjectBuilder().add("freeze", true).add("amount", "1000.00").build()).status())
                .isEqualTo(200);
        return TestEnv.number("SELECT id FROM frozen_account WHERE account = ?", account);
    }

    /** A normal lead (nobody is told, nobody asked to help). */
    private static long leadOfHutang() {
        Api.Reply lead = Api.demo("officer1").post("warning-leads", Json.createObjectBuilder().add("phone", "13600000000")
                .add("personName", "页面权限").add("source", "OTHER").add("urgency", "NORMAL").build());
        assertThat(lead.status()).as(lead.body()).isEqualTo(201);
        return lead.id();
    }

    private static long caseOf(String station) throws Exception {
        return TestEnv.number("SELECT min(c.id) FROM fraud_case c JOIN station s ON s.id = c.station_id WHERE s.code = ?", station);
    }

    private static long projectIn(Api bureau, String station) {
        Api.Reply enterprise = bureau.post("enterprises", Json.createObjectBuilder().add("name", "页面权限测试企业 " + station)
                .add("creditCode", LiaisonIT.creditCode()).add("sector", "MANUFACTURING").add("stationCode", station).build());
        assertThat(enterprise.status()).as(enterprise.body()).isEqualTo(201);
        Api.Reply project = bureau.post("projects", Json.createObjectBuilder().add("enterpriseId", enterprise.id())
                .add("name", "页面权限测试项目").add("investment", "1000000.00").build());
        assertThat(project.status()).as(project.body()).isEqualTo(201);
        return project.id();
    }

    private record Row(String page, List<Integer> expected) {
    }

    private static List<Row> rows() throws IOException {
        try (InputStream in = PageAccessMatrixIT.class.getResourceAsStream("/page-access.txt")) {
            assertThat(in).as("page-access.txt on the test classpath").isNotNull();
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] cells = text.split("\\s+");
                if (cells.length != PEOPLE.size() + 1) {
                    throw new AssertionError("page-access.txt: " + PEOPLE.size() + " answers expected in: " + line);
                }
                List<Integer> expected = new ArrayList<>();
                for (int i = 1; i < cells.length; i++) {
                    expected.add(Integer.parseInt(cells[i]));
                }
                rows.add(new Row(cells[0], expected));
            }
            return rows;
        }
    }
}
