package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A frozen account is one record across cases and stations; its money goes back by plans: traced
 * money to its victim, the rest in proportion to the losses; approval, notice, execution after it;
 * a victim who came later gets a new round on what is left.
 */
class ReturnPlanIT extends DeployedApplication {

    private static final String ANHOUR_AGO = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).truncatedTo(ChronoUnit.SECONDS)
            .toString();

    @Test
    void anAccountFrozenFromTwoStationsIsReturnedByRounds() throws Exception {
        Api admin = Api.demo("admin");
        long stationA = Fixtures.station(admin);
        long stationB = Fixtures.station(admin);
        String officerAName = Fixtures.account(admin, stationA, "OFFICER");
        Api officerA = Api.as(officerAName, Fixtures.PASSWORD);
        Api headA = Api.as(Fixtures.account(admin, stationA, "SUPERVISOR"), Fixtures.PASSWORD);
        Api volunteerA = Api.as(Fixtures.account(admin, stationA, "VOLUNTEER"), Fixtures.PASSWORD);
        Api officerB = Api.as(Fixtures.account(admin, stationB, "OFFICER"), Fixtures.PASSWORD);
        Api bureau = Api.demo("supervisor1");
        String digits = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));
        String account = "6222" + digits;

        // A's victim sent 30,000 (the account typed with spaces), B's 10,000; A froze 24,000, B 18,000
        long caseA = frozenCase(officerA, "6222 " + digits.substring(0, 4) + " " + digits.substring(4), "30000.00", "24000.00");
        long caseB = frozenCase(officerB, account, "10000.00", "18000.00");
        long accountId = TestEnv.number("SELECT id FROM frozen_account WHERE account = ?", account);

        JsonObject seenByA = officerA.get("frozen-accounts/" + accountId).json();
        assertThat(amount(seenByA.getJsonObject("account"), "frozen")).isEqualByComparingTo("42000.00");
        assertThat(seenByA.getJsonObject("account").getInt("cases")).isEqualTo(2);
        assertThat(seenByA.getJsonObject("account").getInt("stations")).isEqualTo(2);
        List<JsonObject> victims = seenByA.getJsonArray("victims").getValuesAs(JsonObject.class);
        assertThat(victims).hasSize(2);
        assertThat(victims.get(0).getBoolean("visible")).isTrue();
        assertThat(victims.get(0).getString("victimName")).isEqualTo("甲**");
        assertThat(amount(victims.get(0), "transferred")).isEqualByComparingTo("30000.00");
        assertThat(victims.get(1).getBoolean("visible")).isFalse();
        assertThat(victims.get(1).containsKey("caseId")).isFalse();
        assertThat(victims.get(1).containsKey("victimName")).isFalse();
        assertThat(bureau.get("frozen-accounts/" + accountId).json().getJsonArray("victims").getValuesAs(JsonObject.class))
                .allMatch(v -> v.getBoolean("visible"));
        assertThat(officerB.get("frozen-accounts/" + accountId).status()).isEqualTo(200);
        assertThat(volunteerA.get("frozen-accounts/" + accountId).status()).isEqualTo(403);
        assertThat(ids(officerA.get("frozen-accounts?expiringWithinDays=366&size=200").json())).contains(accountId);
        assertThat(ids(officerA.get("frozen-accounts?expiringWithinDays=0&size=200").json())).doesNotContain(accountId);
        assertThat(officerA.get("frozen-accounts?expiringWithinDays=400").status()).isEqualTo(400);

        // roles: a head does not draft; traced money beyond what the victim sent is refused
        String plans = "frozen-accounts/" + accountId + "/return-plans";
        assertThat(headA.post(plans, JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(403);
        Api.Reply tooMuch = officerA.post(plans, traced(caseA, "30000.01"));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().getString("field")).isEqualTo("traced[0].amount");

        // 5,000 traced to A's victim; the other 37,000 by loss (A 25,000, B 10,000): both covered, 2,000 stays frozen
        Api.Reply drafted = officerA.post(plans, traced(caseA, "5000.00"));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        JsonObject plan = drafted.json();
        long planId = plan.getJsonNumber("id").longValue();
        assertThat(plan.getInt("round")).isEqualTo(1);
        assertThat(amount(plan, "available")).isEqualByComparingTo("42000.00");
        assertThat(amount(plan, "amount")).isEqualByComparingTo("40000.00");
        assertThat(amount(plan, "left")).isEqualByComparingTo("2000.00");
        List<JsonObject> shares = plan.getJsonArray("shares").getValuesAs(JsonObject.class);
        assertThat(amount(shares.get(0), "traced")).isEqualByComparingTo("5000.00");
        assertThat(amount(shares.get(0), "proportional")).isEqualByComparingTo("25000.00");
        assertThat(shares.get(0).getString("amount")).as("amounts are decimal strings").isEqualTo("30000.00");
        assertThat(amount(shares.get(1), "amount")).isEqualByComparingTo("10000.00");
        assertThat(shares.stream().map(s -> amount(s, "amount")).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(amount(plan, "amount"));
        assertThat(officerA.post(plans, JsonValue.EMPTY_JSON_OBJECT).status()).as("one open round at a time").isEqualTo(409);

        String execution = "return-plans/" + planId + "/execution";
        assertThat(officerA.post(execution, null).status()).as("not approved").isEqualTo(409);
        String notice = "return-plans/" + planId + "/notice";
        assertThat(officerA.download(notice).statusCode()).as("no notice before approval").isEqualTo(409);
        assertThat(officerA.post("return-plans/" + planId + "/approval", null).status()).isEqualTo(403);
        JsonObject approved = headA.post("return-plans/" + planId + "/approval", null).json();
        assertThat(approved.getString("status")).isEqualTo("NOTICE");
        assertThat(Duration.between(OffsetDateTime.parse(approved.getString("approvedAt")),
                OffsetDateTime.parse(approved.getString("noticeEndsAt"))).toDays()).isBetween(29L, 31L);
        JsonObject objected = officerB.post("return-plans/" + planId + "/objections", Json.createObjectBuilder().add("objector", "丙某")
                .add("text", "本人也向该账户转账").build()).json();
        assertThat(objected.getJsonArray("objections")).hasSize(1);

        // the public notice (公告): numbered at the first print, the shares to the fen, names masked; a reprint keeps the number
        CaseDocumentsIT.Pdf printed = CaseDocumentsIT.pdfAt(officerA, notice, "RETURN_NOTICE");
        assertThat(printed.text()).contains("冻结资金返还公告").containsPattern("武公\\(.\\)返告字〔\\d{4}〕\\d+号")
                .contains("30000.00").contains("10000.00").contains("40000.00").contains("甲**").doesNotContain("甲某")
                .contains("余额2,000.00元继续冻结");
        String number = java.util.regex.Pattern.compile("武公\\(.\\)返告字〔\\d{4}〕\\d+号").matcher(printed.text()).results()
                .findFirst().orElseThrow().group();
        assertThat(CaseDocumentsIT.pdfAt(bureau, notice, "RETURN_NOTICE").text()).contains(number);
        assertThat(TestEnv.number("SELECT count(*) FROM document_number WHERE series = '返告' AND subject_id = ?", planId)).isOne();
        assertThat(volunteerA.download(notice).statusCode()).isEqualTo(403);

        assertThat(officerA.post(execution, null).status()).as("the notice runs").isEqualTo(409);
        assertThat(TestEnv.number("SELECT count(*) FROM fund_return WHERE fraud_case_id IN (?, ?)", caseA, caseB)).isZero();
        assertThat(TestEnv.number("SELECT count(*) FROM return_plan WHERE id = ? AND status = 'NOTICE'", planId)).isOne();

        try (Connection db = TestEnv.database(); PreparedStatement ended = db.prepareStatement(
                "UPDATE return_plan SET approved_at = approved_at - interval '31 days', notice_ends_at = now() - interval '1 day' WHERE id = ?")) {
            ended.setLong(1, planId);
            ended.executeUpdate();
        }
        Api.Reply executed = officerA.post(execution, null);
        assertThat(executed.status()).as(executed.body()).isEqualTo(200);
        assertThat(executed.json().getString("status")).isEqualTo("EXECUTED");
        assertThat(officerA.post(execution, null).status()).isEqualTo(409);
        // the account is the limit, not the case: A's share of 30,000 is paid though A itself froze 24,000
        JsonObject moneyA = officerA.get("fraud-cases/" + caseA).json().getJsonObject("money");
        assertThat(moneyA.getString("frozen")).isEqualTo("24000.00");
        assertThat(moneyA.getString("returned")).isEqualTo("30000.00");
        assertThat(TestEnv.number("SELECT count(*) FROM fund_return WHERE fraud_case_id IN (?, ?) AND return_plan_id = ?", caseA, caseB,
                planId)).isEqualTo(2);
        assertThat(officerB.get("fraud-cases/" + caseB).json().getJsonObject("money").getString("returned")).isEqualTo("10000.00");
        JsonObject after = bureau.get("frozen-accounts/" + accountId).json();
        assertThat(amount(after.getJsonObject("account"), "returned")).isEqualByComparingTo("40000.00");
        assertThat(amount(after.getJsonObject("account"), "held")).isEqualByComparingTo("2000.00");
        assertThat(amount(after.getJsonArray("victims").getJsonObject(1), "returned")).isEqualByComparingTo("10000.00");

        // a victim who came later (A's station again) sent 4,000 to the account; it was stopped twice already (the limit), so
        // nothing more is frozen: the second round shares what is left, 2,000, and only C's loss is still open
        long caseC = victimCase(officerA, account, "4000.00");
        Api.Reply second = officerA.post(plans, JsonValue.EMPTY_JSON_OBJECT);
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        JsonObject round2 = second.json();
        assertThat(round2.getInt("round")).isEqualTo(2);
        assertThat(amount(round2, "available")).isEqualByComparingTo("2000.00");
        assertThat(amount(round2, "amount")).isEqualByComparingTo("2000.00");
        List<JsonObject> shares2 = round2.getJsonArray("shares").getValuesAs(JsonObject.class);
        assertThat(shares2).hasSize(3);
        assertThat(amount(shares2.get(0), "returnedBefore")).isEqualByComparingTo("30000.00");
        assertThat(amount(shares2.get(0), "amount")).isEqualByComparingTo("0.00");
        assertThat(shares2.get(2).getJsonNumber("caseId").longValue()).isEqualTo(caseC);
        assertThat(amount(shares2.get(2), "amount")).isEqualByComparingTo("2000.00");
        assertThat(bureau.get("return-plans/" + round2.getJsonNumber("id").longValue()).status()).isEqualTo(200);
        assertThat(officerA.get("frozen-accounts/" + accountId).json().getJsonObject("account").getString("frozen")).isEqualTo("42000.00");

        // the account's page, in Chinese: the victims of the three cases (B's reduced to number and station) and both rounds' shares
        String numberA = officerA.get("fraud-cases/" + caseA).json().getString("caseNumber");
        String numberB = bureau.get("fraud-cases/" + caseB).json().getString("caseNumber");
        try (Browser browser = Browser.open(1280, 1400)) {
            browser.go("fraud/frozen-accounts.xhtml").logIn(officerAName, Fixtures.PASSWORD).waitForText(".yh-title", "冻结账户");
            browser.go("fraud/frozen-account.xhtml?id=" + accountId).waitForText("#account\\:victims", numberB);
            assertThat(browser.text("#account\\:victims")).contains(numberA, "甲**", "30,000.00", "（其他派出所案件）");
            assertThat(browser.count(".yh-return-plan")).isEqualTo(2);
            assertThat(browser.text(".yh-return-plan")).contains("第 1 轮返还方案", "已执行", "5,000.00", "25,000.00", "30,000.00",
                    "10,000.00", numberB);
            browser.screenshot("frozen-account-zh");
        }

        // the figures of this month per station: A froze 24,000, B 18,000; returned 30,000 and 10,000; round 2 on notice
        // (approved) awaits 2,000 in A; B's freeze lapsed now (as the lapse job would mark it)
        assertThat(headA.post("return-plans/" + round2.getJsonNumber("id").longValue() + "/approval", null).status()).isEqualTo(200);
        try (Connection db = TestEnv.database(); PreparedStatement lapsed = db.prepareStatement("UPDATE stop_payment SET "
                + "freeze_status = 'LAPSED', freeze_expires_at = now() - interval '1 minute' WHERE fraud_case_id = ?")) {
            lapsed.setLong(1, caseB);
            lapsed.executeUpdate();
        }
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
        String period = "from=" + today.withDayOfMonth(1) + "&to=" + today;
        String codeA = String.valueOf(TestEnv.column("SELECT code FROM station WHERE id = ?", stationA).get(0));
        String codeB = String.valueOf(TestEnv.column("SELECT code FROM station WHERE id = ?", stationB).get(0));
        JsonObject byStation = bureau.get("stats/frozen-money?" + period + "&groupBy=station").json();
        JsonObject figuresA = row(byStation, codeA);
        assertThat(List.of(figuresA.getString("frozen"), figuresA.getString("lapsed"), figuresA.getString("returned"),
                figuresA.getString("awaitingNotice"))).containsExactly("24000.00", "0.00", "30000.00", "2000.00");
        JsonObject figuresB = row(byStation, codeB);
        assertThat(List.of(figuresB.getString("frozen"), figuresB.getString("lapsed"), figuresB.getString("returned"),
                figuresB.getString("awaitingNotice"))).containsExactly("18000.00", "18000.00", "10000.00", "0.00");
        JsonObject ownStation = headA.get("stats/frozen-money?" + period + "&groupBy=month").json();
        assertThat(ownStation.getJsonObject("total").getString("returned")).as("a head sees the own station").isEqualTo("30000.00");
        HttpResponse<byte[]> report = headA.download("stats/monthly-report?month=" + YearMonth.from(today) + "&format=xlsx");
        assertThat(report.statusCode()).isEqualTo(200);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(report.body()))) {
            List<List<String>> fraud = StatisticsDomainsIT.cells(book.getSheetAt(0));
            assertThat(fraud.stream().map(r -> r.isEmpty() ? "" : r.get(0)).toList()).contains("冻结资金（按派出所）");
            assertThat(fraud.stream().filter(r -> r.size() == 5 && r.get(0).equals(codeA)).findFirst().orElseThrow())
                    .containsExactly(codeA, "24,000.00", "0.00", "30,000.00", "2,000.00");
        }
    }

    /** A case of the officer's station whose victim 甲 sent {@code sent} to the account, stopped and frozen for {@code frozen}. */
    private static long frozenCase(Api officer, String toAccount, String sent, String frozen) {
        long id = victimCase(officer, toAccount, sent);
        JsonObject stop = officer.post("fraud-cases/" + id + "/stop-payments", Json.createObjectBuilder().add("bank", "某银行")
                .add("account", toAccount).add("amountRequested", frozen).build()).json().getJsonObject("money")
                .getJsonArray("stopPayments").getJsonObject(0);
        String outcome = "fraud-cases/" + id + "/stop-payments/" + stop.getJsonNumber("id").longValue() + "/outcome";
        assertThat(officer.post(outcome, Json.createObjectBuilder().add("amount", frozen).build()).status()).isEqualTo(200);
        assertThat(officer.post(outcome, Json.createObjectBuilder().add("freeze", true).add("amount", frozen).build()).status())
                .isEqualTo(200);
        return id;
    }

    /** A case of the officer's station whose victim 甲 sent {@code sent} to the account. */
    private static long victimCase(Api officer, String toAccount, String sent) {
        Api.Reply created = officer.post("fraud-cases", Json.createObjectBuilder().add("fraudType", "FAKE_INVESTMENT")
                .add("reportedAt", ANHOUR_AGO).add("narrative", "虚假投资平台诱导转账")
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "甲某")))
                .add("transfers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("time", ANHOUR_AGO).add("amount", sent)
                        .add("channel", "BANK_CARD").add("toAccount", toAccount).add("toBank", "某银行"))).build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }

    private static JsonObject traced(long caseId, String amount) {
        return Json.createObjectBuilder().add("traced", Json.createArrayBuilder().add(Json.createObjectBuilder().add("caseId", caseId)
                .add("amount", amount))).build();
    }

    private static BigDecimal amount(JsonObject o, String name) {
        return new BigDecimal(o.getString(name));
    }

    private static JsonObject row(JsonObject breakdown, String key) {
        return breakdown.getJsonArray("rows").getValuesAs(JsonObject.class).stream().filter(r -> r.getString("key").equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + key + " in " + breakdown));
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("rows").getValuesAs(JsonObject.class).stream().map(r -> r.getJsonNumber("id").longValue()).toList();
    }
}
