package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Intake, linking across stations, the procedure by role, conflicts: through the REST API. */
class FraudCaseIT extends DeployedApplication {

    private static final String VALID_ID_CARD = "11010519491231002X";

    private Api admin;
    private long stationA;
    private long stationB;
    private String officerAName;
    private Api officerA;
    private Api officerB;
    private Api headA;

    @BeforeEach
    void twoStationsWithStaff() {
        admin = Api.demo("admin");
        stationA = Fixtures.station(admin);
        stationB = Fixtures.station(admin);
        officerAName = Fixtures.account(admin, stationA, "OFFICER");
        officerA = Api.as(officerAName, Fixtures.PASSWORD);
        officerB = Api.as(Fixtures.account(admin, stationB, "OFFICER"), Fixtures.PASSWORD);
        headA = Api.as(Fixtures.account(admin, stationA, "SUPERVISOR"), Fixtures.PASSWORD);
    }

    @Test
    void intakeIssuesAStationYearNumberAndKeepsMoneyExact() {
        Api.Reply first = officerA.post("fraud-cases", report(randomPhone()).build());
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonObject c = first.json();
        String code = admin.get("stations/" + stationA).json().getString("code");
        int year = OffsetDateTime.now(ZoneOffset.ofHours(8)).getYear();
        assertThat(c.getString("caseNumber")).isEqualTo(code + "-" + year + "-000001");
        assertThat(c.getString("status")).isEqualTo("REPORTED");
        assertThat(c.getString("totalLoss")).isEqualTo("12000.30");
        assertThat(c.getJsonArray("transfers").getJsonObject(0).getString("amount")).isEqualTo("12000.10");
        assertThat(c.getJsonArray("victims").getJsonObject(0).getString("idNumber")).isEqualTo("110105********002X");
        assertThat(c.getJsonArray("victims").getJsonObject(0).getString("phone")).matches("1\\d{2}\\*{4}\\d{4}");
        assertThat(c.getBoolean("overdue")).isFalse();

        Api.Reply second = officerA.post("fraud-cases", report(randomPhone()).build());
        assertThat(second.json().getString("caseNumber")).isEqualTo(code + "-" + year + "-000002");
    }

    @Test
    void invalidInputNamesEveryFieldAndStoresNothing() throws Exception {
        JsonObject bad = Json.createObjectBuilder(report(randomPhone()).build())
                .add("fraudType", "NO_SUCH_TYPE")
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "张三").add("idNumber", "110105194912310021")))
                .add("transfers", Json.createArrayBuilder().add(transfer("12.345")))
                .add("identifiers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "QQ").add("value", "not-a-qq")))
                .build();
        Api.Reply reply = officerA.inEnglish().post("fraud-cases", bad);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
                .containsExactlyInAnyOrder("fraudType", "victims[0].idNumber", "transfers[0].amount", "identifiers[0].value");
        assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("message")).isNotBlank();
        assertThat(TestEnv.number("SELECT count(*) FROM fraud_case WHERE station_id = ?", stationA)).isZero();

        Api.Reply missing = officerA.post("fraud-cases", Json.createObjectBuilder().add("fraudType", "FAKE_LOAN").build());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
                .contains("narrative", "reportedAt", "victims");
    }

    @Test
    void casesSharingAnIdentifierAreLinkedAcrossStationsShowingNothingPersonal() {
        String digits = randomPhone();
        long caseA = officerA.post("fraud-cases", report("+86 " + digits.substring(0, 3) + " " + digits.substring(3)).build()).id();
        Api.Reply b = officerB.post("fraud-cases", report(digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7)).build());
        assertThat(b.status()).isEqualTo(201);

        JsonArray linkedFromB = b.json().getJsonArray("linkedCases");
        assertThat(linkedFromB).hasSize(1);
        JsonObject other = linkedFromB.getJsonObject(0);
        assertThat(other.getBoolean("visible")).isFalse();
        assertThat(other.get("id") == null || other.isNull("id")).isTrue();
        assertThat(other.get("status") == null || other.isNull("status")).isTrue();
        assertThat(other.getJsonArray("sharedIdentifiers").getJsonObject(0).getString("normalized")).isEqualTo(digits);
        assertThat(other.toString()).doesNotContain("张").doesNotContain("narrative");

        assertThat(officerB.get("fraud-cases/" + caseA).status()).isEqualTo(404);
        assertThat(officerA.get("fraud-cases/" + caseA + "/links").array()).hasSize(1);

        Api bureau = Api.demo("supervisor1");
        JsonObject carrying = bureau.get("fraud-cases?identifier=0086" + digits).json(); // a page, like the list without it
        assertThat(carrying.getJsonNumber("total").longValue()).isEqualTo(2);
        JsonArray found = carrying.getJsonArray("rows");
        assertThat(found).hasSize(2).allSatisfy(v -> assertThat(((JsonObject) v).getBoolean("visible")).isTrue());
        assertThat(officerA.get("identifiers/sighting?type=PHONE&value=" + digits + "&exceptCase=" + caseA).json()
                .getJsonNumber("otherCases").longValue()).isEqualTo(1);

        Api.Reply marked = bureau.post("identifiers/insignificant", Json.createObjectBuilder().add("type", "PHONE")
                .add("value", digits).add("reason", "某银行客服号码").build());
        assertThat(marked.status()).isEqualTo(204);
        assertThat(officerA.get("fraud-cases/" + caseA + "/links").array()).isEmpty();
        assertThat(headA.post("identifiers/insignificant", Json.createObjectBuilder().add("type", "PHONE")
                .add("value", digits).add("reason", "x").build()).status()).isEqualTo(403);
        Api.Reply tooLong = bureau.post("identifiers/insignificant", Json.createObjectBuilder().add("type", "PHONE")
                .add("value", digits).add("reason", "号".repeat(501)).build());
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().getString("field")).isEqualTo("reason");
    }

    @Test
    void theProcedureFollowsTheRulesByRoleAndState() {
        long id = officerA.post("fraud-cases", report(randomPhone()).build()).id();
        assertThat(transition(officerA, id, "ACCEPT", null).status()).isEqualTo(200);

        Api.Reply officerFiles = transition(officerA, id, "FILE", null);
        assertThat(officerFiles.status()).isEqualTo(403);
        assertThat(officerFiles.json().getString("message")).contains("角色");

        Api.Reply solveTooEarly = transition(headA, id, "SOLVE", null);
        assertThat(solveTooEarly.status()).isEqualTo(409);

        Api.Reply notFileWithoutReason = transition(headA, id, "NOT_FILE", " ");
        assertThat(notFileWithoutReason.status()).isEqualTo(400);
        assertThat(notFileWithoutReason.json().getString("field")).isEqualTo("reason");
        Api.Reply tooLong = transition(headA, id, "FILE", "理由".repeat(501)); // its column holds 1000: refused, not a 500
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().getString("field")).isEqualTo("reason");

        Api.Reply filed = transition(headA, id, "FILE", "涉案金额达到立案标准");
        assertThat(filed.status()).isEqualTo(200);
        JsonObject c = filed.json();
        assertThat(c.getString("status")).isEqualTo("FILED");
        JsonArray timeline = c.getJsonArray("transitions");
        assertThat(timeline).hasSize(2);
        assertThat(timeline.getJsonObject(1).getString("actor")).startsWith("supervisor.");
        assertThat(timeline.getJsonObject(1).getString("reason")).isEqualTo("涉案金额达到立案标准");

        assertThat(transition(officerB, id, "INVESTIGATE", null).status()).isEqualTo(404);
        assertThat(Api.demo("supervisor1").post("fraud-cases/" + id + "/transitions", Json.createObjectBuilder()
                .add("action", "WITHDRAW").add("reason", "报案人撤回").build()).json().getString("status")).isEqualTo("WITHDRAWN");
    }

    @Test
    void aTransitionAgainstAnOlderVersionIsAConflict() {
        JsonObject created = officerA.post("fraud-cases", report(randomPhone()).build()).json();
        long id = created.getJsonNumber("id").longValue();
        long version = created.getJsonNumber("version").longValue();
        Api.Reply accepted = officerA.post("fraud-cases/" + id + "/transitions",
                Json.createObjectBuilder().add("action", "ACCEPT").add("version", version).build());
        assertThat(accepted.status()).isEqualTo(200);
        Api.Reply stale = headA.post("fraud-cases/" + id + "/transitions",
                Json.createObjectBuilder().add("action", "FILE").add("version", version).build());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(officerA.get("fraud-cases/" + id).json().getString("status")).isEqualTo("ACCEPTED");
    }

    /**
     * An officer and the station head accept one case at the same moment, both from the version
     * they saw: one wins, the other gets a conflict, and the case holds exactly one step. Several
     * rounds, so the two requests really meet in the database.
     */
    @Test
    void twoTransitionsAtOnceLeaveExactlyOneStep() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                JsonObject created = officerA.post("fraud-cases", report(randomPhone()).build()).json();
                long id = created.getJsonNumber("id").longValue();
                JsonObject accept = Json.createObjectBuilder().add("action", "ACCEPT")
                        .add("version", created.getJsonNumber("version").longValue()).build();
                CountDownLatch ready = new CountDownLatch(2);
                List<Callable<Integer>> both = new ArrayList<>();
                for (Api who : List.of(officerA, headA)) {
                    both.add(() -> {
                        ready.countDown();
                        ready.await(); // both threads are there: send together
                        return who.post("fraud-cases/" + id + "/transitions", accept).status();
                    });
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> status : pool.invokeAll(both)) {
                    statuses.add(status.get());
                }
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
                assertThat(officerA.get("fraud-cases/" + id).json().getString("status")).isEqualTo("ACCEPTED");
                assertThat(TestEnv.column("SELECT to_status FROM case_transition WHERE fraud_case_id = ?", id))
                        .containsExactly("ACCEPTED");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fullVictimDataIsAnAuditedView() throws Exception {
        long id = officerA.post("fraud-cases", report(randomPhone()).build()).id();
        JsonObject full = officerA.get("fraud-cases/" + id + "?full=true").json();
        assertThat(full.getJsonArray("victims").getJsonObject(0).getString("idNumber")).isEqualTo(VALID_ID_CARD);
        assertThat(TestEnv.number("SELECT count(*) FROM audit_entry WHERE action = 'VIEW_PERSONAL_DATA' "
                + "AND entity_type = 'FraudCase' AND entity_id = ?", String.valueOf(id))).isEqualTo(1);
        assertThat(TestEnv.number("SELECT count(*) FROM audit_entry WHERE action = 'CREATE' "
                + "AND entity_type = 'FraudCase' AND entity_id = ? AND station_id = ?", String.valueOf(id), stationA)).isEqualTo(1);
    }

    @Test
    void theListTotalFollowsIntakeAndTransitionsExactly() throws Exception {
        long first = officerA.post("fraud-cases", report(randomPhone()).build()).id();
        officerA.post("fraud-cases", report(randomPhone()).build());
        assertThat(transition(officerA, first, "ACCEPT", null).status()).isEqualTo(200);

        assertThat(total(officerA, "")).isEqualTo(2).isEqualTo(TestEnv.number("SELECT count(*) FROM fraud_case WHERE station_id = ?", stationA));
        assertThat(total(officerA, "&status=ACCEPTED")).isEqualTo(1);
        assertThat(total(officerA, "&status=REPORTED")).isEqualTo(1);
        assertThat(total(officerB, "")).isZero();
        assertThat(total(Api.demo("supervisor1"), "")).isEqualTo(TestEnv.number("SELECT count(*) FROM fraud_case"));
    }

    private static long total(Api who, String query) {
        return who.get("fraud-cases?first=0&size=1" + query).json().getJsonNumber("total").longValue();
    }

    @Test
    void aSupervisorHandsTheCaseToAnotherOfficerWhoMayThenMoveTheDueDate() throws Exception {
        JsonObject created = officerA.post("fraud-cases", report(randomPhone()).build()).json();
        long id = created.getJsonNumber("id").longValue();
        String colleague = Fixtures.account(admin, stationA, "OFFICER");
        String elsewhere = Fixtures.account(admin, stationB, "OFFICER");

        assertThat(officerA.get("fraud-cases/" + id + "/officers").array().stream().map(o -> ((JsonObject) o).getString("username")))
                .contains(colleague).doesNotContain(elsewhere);
        assertThat(officerA.put("fraud-cases/" + id + "/assignment", assignment(colleague, null)).status()).isEqualTo(403);
        Api.Reply wrongStation = headA.put("fraud-cases/" + id + "/assignment", assignment(elsewhere, null));
        assertThat(wrongStation.status()).isEqualTo(400);
        assertThat(wrongStation.json().getString("field")).isEqualTo("officer");

        Api.Reply handed = headA.put("fraud-cases/" + id + "/assignment", Json.createObjectBuilder(assignment(colleague, null))
                .add("version", created.getJsonNumber("version").longValue()).build());
        assertThat(handed.status()).as(handed.body()).isEqualTo(200);
        assertThat(handed.json().getString("assignedOfficer")).isEqualTo(colleague);
        assertThat(headA.put("fraud-cases/" + id + "/assignment", Json.createObjectBuilder(assignment(colleague, null))
                .add("version", created.getJsonNumber("version").longValue()).build()).status()).isEqualTo(409);

        Api newOfficer = Api.as(colleague, Fixtures.PASSWORD);
        OffsetDateTime inThreeDays = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(3).withNano(0);
        Api.Reply moved = newOfficer.put("fraud-cases/" + id + "/assignment", assignment(null, inThreeDays.toString()));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(OffsetDateTime.parse(moved.json().getString("dueAt")).toInstant()).isEqualTo(inThreeDays.toInstant());
        Api.Reply past = newOfficer.put("fraud-cases/" + id + "/assignment", assignment(null, "2020-01-01T08:00:00+08:00"));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().getString("field")).isEqualTo("dueAt");
        assertThat(officerA.put("fraud-cases/" + id + "/assignment", assignment(null, inThreeDays.plusDays(1).toString())).status())
                .isEqualTo(403);
        assertThat(TestEnv.number("SELECT count(*) FROM fraud_case c JOIN account a ON a.id = c.assigned_officer_id "
                + "WHERE c.id = ? AND a.username = ?", id, colleague)).isEqualTo(1);
    }

    private static JsonObject assignment(String officer, String dueAt) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (officer != null) {
            b.add("officer", officer);
        }
        if (dueAt != null) {
            b.add("dueAt", dueAt);
        }
        return b.build();
    }

    @Test
    void theCaseAuditTrailShowsChangesStopPaymentsAndViewsOfPersonalData() {
        long id = officerA.post("fraud-cases", report(randomPhone()).build()).id();
        officerA.get("fraud-cases/" + id + "?full=true");
        assertThat(officerA.post("fraud-cases/" + id + "/stop-payments", Json.createObjectBuilder().add("bank", "某商业银行")
                .add("account", "6222021234567890").add("amountRequested", "12000.30").build()).status()).isEqualTo(201);

        JsonArray trail = headA.get("fraud-cases/" + id + "/audit").array();
        assertThat(trail.stream().map(e -> ((JsonObject) e).getString("action") + " " + ((JsonObject) e).getString("entityType"))).as(trail.toString())
                .containsExactly("CREATE StopPayment", "UPDATE FraudCase", "VIEW_PERSONAL_DATA FraudCase", "CREATE FraudCase");
        assertThat(trail.getJsonObject(0).getString("summary")).contains("7890").doesNotContain("6222021234567890");
        assertThat(trail.getJsonObject(1).getString("summary")).contains("stop-payments 1");
        assertThat(trail.getJsonObject(3).getString("actor")).isEqualTo(officerAName);

        Api auxiliary = Api.as(Fixtures.account(admin, stationA, "AUXILIARY"), Fixtures.PASSWORD);
        assertThat(auxiliary.get("fraud-cases/" + id + "/audit").status()).isEqualTo(403);
        assertThat(officerB.get("fraud-cases/" + id + "/audit").status()).isEqualTo(404);
    }

    private static Api.Reply transition(Api who, long id, String action, String reason) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("action", action);
        if (reason != null) {
            b.add("reason", reason);
        }
        return who.post("fraud-cases/" + id + "/transitions", b.build());
    }

    static String randomPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static JsonObjectBuilder transfer(String amount) {
        return Json.createObjectBuilder().add("time", "2026-11-20T10:15:00+08:00").add("amount", amount)
                .add("channel", "BANK_CARD").add("toAccount", "6222 0212 3456 7890").add("toBank", "某商业银行");
    }

    static JsonObjectBuilder report(String suspectPhone) {
        return Json.createObjectBuilder()
                .add("fraudType", "FAKE_INVESTMENT")
                .add("reportedAt", "2026-11-20T11:00:00+08:00")
                .add("contactStartedAt", "2026-11-01T09:00:00+08:00")
                .add("contactMethod", "微信群推荐投资")
                .add("narrative", "受害人被拉入投资群，按指示转账后无法提现。")
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "张某").add("idNumber", VALID_ID_CARD)
                        .add("phone", "13812345678").add("age", 58).add("occupation", "退休")))
                .add("transfers", Json.createArrayBuilder().add(transfer("12000.10")).add(transfer("0.20")))
                .add("identifiers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "PHONE").add("value", suspectPhone)));
    }

    @Test
    void administratorsKeepTheFraudTypesAndRetiredTypesAreRefusedAtIntake() {
        JsonObject other = admin.get("fraud-types").array().stream().map(v -> (JsonObject) v)
                .filter(t -> t.getString("code").equals("GAME_TRADING")).findFirst().orElseThrow();
        JsonObject retire = Json.createObjectBuilder().add("nameZh", other.getString("nameZh")).add("nameEn", other.getString("nameEn"))
                .add("sortOrder", other.getInt("sortOrder")).add("active", false).add("version", other.getJsonNumber("version").longValue()).build();
        assertThat(officerA.put("fraud-types/GAME_TRADING", retire).status()).isEqualTo(403);
        Api.Reply retired = admin.put("fraud-types/GAME_TRADING", retire);
        assertThat(retired.status()).isEqualTo(200);
        try {
            Api.Reply refused = officerA.post("fraud-cases", Json.createObjectBuilder(report(randomPhone()).build())
                    .add("fraudType", "GAME_TRADING").build());
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().getString("field")).isEqualTo("fraudType");
            assertThat(admin.put("fraud-types/GAME_TRADING", retire).status()).isEqualTo(409); // stale version
        } finally {
            JsonObject current = admin.get("fraud-types").array().stream().map(v -> (JsonObject) v)
                    .filter(t -> t.getString("code").equals("GAME_TRADING")).findFirst().orElseThrow();
            admin.put("fraud-types/GAME_TRADING", Json.createObjectBuilder(retire).add("active", true)
                    .add("version", current.getJsonNumber("version").longValue()).build());
        }
    }
}
