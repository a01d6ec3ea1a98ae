package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Freezes that do not lapse unnoticed: an account is stopped twice at most across stations (also
 * when requests arrive together), a freeze's term and its renewals and unfreezing by a supervisor,
 * and the expiry rule: a freeze past its expiry lapses (audited), one nearing it is told once to
 * the case's officer and the station's heads, and shows on the board of its station only.
 */
class FreezeLifecycleIT extends DeployedApplication {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void anAccountIsStoppedTwiceAtMostAcrossStationsEvenWhenRequestsArriveTogether() throws Exception {
        Api admin = Api.demo("admin");
        String stationB = stationCode(Fixtures.station(admin));
        Api officerA = Api.as(Fixtures.account(admin, Fixtures.station(admin), "OFFICER"), Fixtures.PASSWORD);
        long stationBId = TestEnv.number("SELECT id FROM station WHERE code = ?", stationB);
        Api officerB = Api.as(Fixtures.account(admin, stationBId, "OFFICER"), Fixtures.PASSWORD);
        long caseA = newCase(officerA);
        long caseB = newCase(officerB);
        String caseBNumber = officerB.get("fraud-cases/" + caseB).json().getString("caseNumber");
        String account = account();

        assertThat(stop(officerA, caseA, account).status()).isEqualTo(201);
        assertThat(stop(officerB, caseB, account.replace(" ", "")).status()).as("the same account, spaces or not").isEqualTo(201);
        Api.Reply third = stop(officerA, caseA, account);
        assertThat(third.status()).as(third.body()).isEqualTo(409);
        // the count, the limit, and where it was stopped last: another station's case by number and station only
        assertThat(third.json().getString("message")).contains("2 次").contains(caseBNumber).contains(stationB);
        assertThat(officerA.inEnglish().post("fraud-cases/" + caseA + "/stop-payments", stopBody(account)).json().getString("message"))
                .contains("stopped 2 times, the limit is 2");
        assertThat(TestEnv.number("SELECT count(*) FROM stop_payment WHERE account = ?", account.replace(" ", "")))
                .as("nothing stored by the refusals").isEqualTo(2);

        // four requests on a fresh account at once, from four cases: the database lets two through, whichever they are
        String together = account();
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long fraudCase = newCase(officerA);
            requests.add(() -> stop(officerA, fraudCase, together).status());
        }
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> f : clients.invokeAll(requests)) {
                statuses.add(f.get());
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(statuses).containsExactlyInAnyOrder(201, 201, 409, 409);
        assertThat(TestEnv.number("SELECT count(*) FROM stop_payment WHERE account = ?", together.replace(" ", ""))).isEqualTo(2);
    }

    @Test
    void aSupervisorRenewsAndUnfreezesAndApprovesTheLongerTermAnOfficerMayNot() throws Exception {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        Api officer = Api.as(Fixtures.account(admin, station, "OFFICER"), Fixtures.PASSWORD);
        String headName = Fixtures.account(admin, station, "SUPERVISOR");
        Api head = Api.as(headName, Fixtures.PASSWORD);
        long caseId = newCase(officer);

        long first = stopped(officer, caseId);
        Api.Reply longer = officer.post(outcome(caseId, first), Json.createObjectBuilder().add("freeze", true).add("amount", "1000.00")
                .add("extended", true).build());
        assertThat(longer.status()).as("an officer cannot approve the year").isEqualTo(403);
        JsonObject frozen = stopPayment(officer.post(outcome(caseId, first), Json.createObjectBuilder().add("freeze", true)
                .add("amount", "1000.00").build()).json(), first);
        assertThat(frozen.getString("freezeStatus")).isEqualTo("ACTIVE");
        assertThat(frozen.getBoolean("extended")).isFalse();
        assertThat(frozen.getJsonArray("renewals")).isEmpty();
        Instant frozenAt = Instant.parse(frozen.getString("frozenAt"));
        Instant expiresAt = Instant.parse(frozen.getString("expiresAt"));
        assertThat(expiresAt).as("6 calendar months in Beijing").isEqualTo(frozenAt.atZone(BEIJING).plusMonths(6).toInstant());

        long second = stopped(officer, caseId);
        JsonObject year = stopPayment(head.post(outcome(caseId, second), Json.createObjectBuilder().add("freeze", true)
                .add("amount", "1000.00").add("extended", true).build()).json(), second);
        assertThat(year.getBoolean("extended")).isTrue();
        assertThat(Instant.parse(year.getString("expiresAt")))
                .isEqualTo(Instant.parse(year.getString("frozenAt")).atZone(BEIJING).plusMonths(12).toInstant());

        assertThat(officer.post(renewal(caseId, first), null).status()).as("renewing is a supervisor's").isEqualTo(403);
        Api.Reply renewed = head.post(renewal(caseId, first), null);
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
        JsonObject afterRenewal = stopPayment(renewed.json(), first);
        assertThat(afterRenewal.getString("freezeStatus")).isEqualTo("RENEWED");
        assertThat(afterRenewal.getJsonArray("renewals")).hasSize(1);
        JsonObject record = afterRenewal.getJsonArray("renewals").getJsonObject(0);
        assertThat(Instant.parse(record.getString("previousExpiresAt"))).isEqualTo(expiresAt);
        Instant renewedTo = expiresAt.atZone(BEIJING).plusMonths(6).toInstant();
        assertThat(Instant.parse(record.getString("newExpiresAt"))).as("from the previous expiry").isEqualTo(renewedTo);
        assertThat(Instant.parse(afterRenewal.getString("expiresAt"))).isEqualTo(renewedTo);
        assertThat(record.getString("approvedBy")).isEqualTo(headName);
        assertThat(TestEnv.number("SELECT count(*) FROM freeze_renewal WHERE stop_payment_id = ?", first)).isEqualTo(1);
        // the renewal's notice to the bank (an accepted case's paper): its own number, the term it ends and the one it runs to
        assertThat(officer.post("fraud-cases/" + caseId + "/transitions", Json.createObjectBuilder().add("action", "ACCEPT").build())
                .status()).isEqualTo(200);
        CaseDocumentsIT.Pdf renewalNotice = CaseDocumentsIT.pdf(head, caseId, "RENEWAL_NOTICE", "?stopPayment=" + first);
        assertThat(renewalNotice.text()).contains("协助续冻财产通知书").containsPattern("武公\\(.\\)续冻字〔\\d{4}〕\\d+号")
                .contains("原冻结期限至" + CHINESE_TIME.format(expiresAt)).contains("继续冻结至" + CHINESE_TIME.format(renewedTo) + "止");
        // the year's renewal runs a year again
        JsonObject yearRenewed = stopPayment(head.post(renewal(caseId, second), null).json(), second);
        assertThat(Instant.parse(yearRenewed.getString("expiresAt")))
                .isEqualTo(Instant.parse(year.getString("expiresAt")).atZone(BEIJING).plusMonths(12).toInstant());

        assertThat(officer.post(unfreeze(caseId, first), Json.createObjectBuilder().add("reason", "已处置").build()).status())
                .as("unfreezing is a supervisor's").isEqualTo(403);
        Api.Reply noReason = head.post(unfreeze(caseId, first), Json.createObjectBuilder().add("reason", " ").build());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().getString("field")).isEqualTo("reason");
        JsonObject unfrozen = stopPayment(head.post(unfreeze(caseId, first), Json.createObjectBuilder().add("reason", "经查与本案无关")
                .build()).json(), first);
        assertThat(unfrozen.getString("freezeStatus")).isEqualTo("UNFROZEN");
        assertThat(unfrozen.getString("unfrozenBy")).isEqualTo(headName);
        assertThat(unfrozen.getString("unfreezeReason")).isEqualTo("经查与本案无关");
        assertThat(unfrozen.getString("unfrozenAt")).isNotBlank();
        assertThat(CaseDocumentsIT.pdf(head, caseId, "UNFREEZE_NOTICE", "?stopPayment=" + first).text())
                .contains("协助解冻财产通知书").contains("因经查与本案无关");
        assertThat(head.post(renewal(caseId, first), null).status()).as("nothing left to renew").isEqualTo(409);
        assertThat(head.post(unfreeze(caseId, first), Json.createObjectBuilder().add("reason", "再次").build()).status()).isEqualTo(409);
    }

    @Test
    void aFreezePastItsExpiryLapsesAndOneNearingItIsToldOnceAndShownOnItsStationsBoard() throws Exception {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        String officerName = Fixtures.account(admin, station, "OFFICER");
        Api officer = Api.as(officerName, Fixtures.PASSWORD);
        String headName = Fixtures.account(admin, station, "SUPERVISOR");
        Api head = Api.as(headName, Fixtures.PASSWORD);
        Api otherStation = Api.as(Fixtures.account(admin, Fixtures.station(admin), "OFFICER"), Fixtures.PASSWORD);
        long caseId = newCase(officer);
        String caseNumber = officer.get("fraud-cases/" + caseId).json().getString("caseNumber");
        long lapsing = frozen(officer, caseId);
        long nearing = frozen(officer, caseId);
        Instant inFiveDays = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
        sql("UPDATE stop_payment SET freeze_expires_at = now() - interval '1 minute' WHERE id = ?", lapsing);
        sql("UPDATE stop_payment SET freeze_expires_at = ? WHERE id = ?", java.sql.Timestamp.from(inFiveDays), nearing);

        // before the rule has seen it, a freeze past its expiry can no longer be renewed
        assertThat(head.post(renewal(caseId, lapsing), null).status()).isEqualTo(409);

        Api.Reply run = admin.post("freezes/expiry", null);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().keySet()).containsExactlyInAnyOrder("lapsed", "told");
        JsonObject lapsed = stopPayment(officer.get("fraud-cases/" + caseId).json(), lapsing);
        assertThat(lapsed.getString("freezeStatus")).isEqualTo("LAPSED");
        // the lapse is in the trail: the administrator's run, or the minute timer's ("system") should it have come first
        assertThat(TestEnv.column("SELECT actor FROM audit_entry WHERE entity_type = 'StopPayment' AND entity_id = ? AND action = 'UPDATE' "
                + "AND summary LIKE '%freeze LAPSED%'", String.valueOf(lapsing))).singleElement().isIn("admin", "system");
        Api.Reply renewLapsed = head.post(renewal(caseId, lapsing), null);
        assertThat(renewLapsed.status()).isEqualTo(409);
        assertThat(renewLapsed.json().getString("message")).contains("失效");
        assertThat(head.post(unfreeze(caseId, lapsing), Json.createObjectBuilder().add("reason", "迟到的解冻").build()).status())
                .isEqualTo(409);

        // five days before its expiry the 7-day threshold is due (the 15-day one is passed over): the officer and the head hear it
        List<Object> told = TestEnv.column("SELECT account_id FROM notification WHERE kind = 'FREEZE_EXPIRING' AND once_key LIKE ?",
                "freeze-expiring:" + nearing + ":%");
        assertThat(told).containsExactlyInAnyOrder(LockoutIT.accountId(officerName), LockoutIT.accountId(headName));
        assertThat(TestEnv.column("SELECT once_key FROM notification WHERE kind = 'FREEZE_EXPIRING' AND once_key LIKE ?",
                "freeze-expiring:" + nearing + ":%")).allSatisfy(key -> assertThat((String) key).endsWith(":7"));
        assertThat(TestEnv.column("SELECT args FROM notification WHERE kind = 'FREEZE_EXPIRING' AND once_key LIKE ?",
                "freeze-expiring:" + nearing + ":%")).allSatisfy(args -> assertThat(args.toString()).contains(caseNumber));
        assertThat(TestEnv.column("SELECT days FROM freeze_alert WHERE stop_payment_id = ?", nearing)).containsExactly(7);
        assertThat(admin.post("freezes/expiry", null).status()).isEqualTo(200);
        assertThat(TestEnv.number("SELECT count(*) FROM notification WHERE once_key LIKE ?", "freeze-expiring:" + nearing + ":%"))
                .as("told once, however often the rule runs").isEqualTo(2);

        JsonObject row = boardRow(officer, nearing);
        assertThat(row.getString("caseNumber")).isEqualTo(caseNumber);
        assertThat(row.getJsonNumber("daysLeft").longValue()).isEqualTo(5);
        assertThat(row.getInt("alertedDays")).isEqualTo(7);
        assertThat(row.getString("status")).isEqualTo("ACTIVE");
        assertThat(row.getString("account")).startsWith("*");
        assertThat(boardIds(officer)).as("a lapsed freeze is off the board").doesNotContain((Object) lapsing);
        assertThat(boardIds(otherStation)).as("another station's board").doesNotContain((Object) nearing);
        assertThat(boardRow(Api.demo("supervisor1"), nearing)).as("the bureau's board").isNotNull();
    }

    // ---- helpers

    private static String account() {
        return "6222 " + String.format("%04d %04d %04d", ThreadLocalRandom.current().nextInt(10_000), ThreadLocalRandom.current().nextInt(10_000),
                ThreadLocalRandom.current().nextInt(10_000));
    }

    private static String stationCode(long stationId) throws Exception {
        return (String) TestEnv.column("SELECT code FROM station WHERE id = ?", stationId).get(0);
    }

    private static long newCase(Api officer) {
        String anHourAgo = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).truncatedTo(ChronoUnit.SECONDS).format(TestEnv.ISO_TIME);
        Api.Reply created = officer.post("fraud-cases", Json.createObjectBuilder().add("fraudType", "IMPERSONATING_AUTHORITIES")
                .add("reportedAt", anHourAgo).add("narrative", "冒充公检法要求转账到安全账户")
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "甲"))).build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }

    private static JsonObject stopBody(String account) {
        return Json.createObjectBuilder().add("bank", "某银行").add("account", account).add("amountRequested", "1000.00").build();
    }

    private static Api.Reply stop(Api who, long caseId, String account) {
        return who.post("fraud-cases/" + caseId + "/stop-payments", stopBody(account));
    }

    /** A new stop-payment on a fresh account, stopped in full: its id. */
    private static long stopped(Api officer, long caseId) {
        String account = account();
        Api.Reply requested = stop(officer, caseId, account);
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        long id = requested.json().getJsonObject("money").getJsonArray("stopPayments").stream().map(v -> (JsonObject) v)
                .filter(s -> s.getString("account").equals(account.replace(" ", ""))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertThat(officer.post(outcome(caseId, id), Json.createObjectBuilder().add("amount", "1000.00").build()).status()).isEqualTo(200);
        return id;
    }

    private static long frozen(Api officer, long caseId) {
        long id = stopped(officer, caseId);
        Api.Reply frozen = officer.post(outcome(caseId, id), Json.createObjectBuilder().add("freeze", true).add("amount", "1000.00").build());
        assertThat(frozen.status()).as(frozen.body()).isEqualTo(200);
        return id;
    }

    private static JsonObject stopPayment(JsonObject fraudCase, long id) {
        return fraudCase.getJsonObject("money").getJsonArray("stopPayments").stream().map(v -> (JsonObject) v)
                .filter(s -> s.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    private static List<Object> boardIds(Api who) {
        Api.Reply board = who.get("freezes/expiring?first=0&size=200");
        assertThat(board.status()).as(board.body()).isEqualTo(200);
        return board.json().getJsonArray("rows").stream().map(v -> (Object) ((JsonObject) v).getJsonNumber("stopPaymentId").longValue())
                .toList();
    }

    private static JsonObject boardRow(Api who, long stopPaymentId) {
        Api.Reply board = who.get("freezes/expiring?first=0&size=200");
        assertThat(board.status()).as(board.body()).isEqualTo(200);
        return board.json().getJsonArray("rows").stream().map(v -> (JsonObject) v)
                .filter(r -> r.getJsonNumber("stopPaymentId").longValue() == stopPaymentId).findFirst().orElseThrow();
    }

    private static String outcome(long caseId, long stopId) {
        return "fraud-cases/" + caseId + "/stop-payments/" + stopId + "/outcome";
    }

    /** As the documents print a time. */
    private static final java.time.format.DateTimeFormatter CHINESE_TIME = java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日H时m分")
            .withZone(BEIJING);

    private static String renewal(long caseId, long stopId) {
        return "fraud-cases/" + caseId + "/stop-payments/" + stopId + "/renewal";
    }

    private static String unfreeze(long caseId, long stopId) {
        return "fraud-cases/" + caseId + "/stop-payments/" + stopId + "/unfreeze";
    }

    private static void sql(String statement, Object... parameters) throws Exception {
        try (Connection db = TestEnv.database(); PreparedStatement s = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }
}
