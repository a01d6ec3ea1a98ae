package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Stop-payment, freezing and returns: the 48-hour window and sums exact to the fen. */
class StopPaymentIT extends DeployedApplication {

    private Api officer;
    private Api otherStation;
    private long caseId;
    /** An account of this test only: an account may be stopped twice in all, across tests too. */
    private String receiving;

    @BeforeEach
    void aCaseWithMoneyThatLeftAnHourAgo() {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        officer = Api.as(Fixtures.account(admin, station, "OFFICER"), Fixtures.PASSWORD);
        otherStation = Api.as(Fixtures.account(admin, Fixtures.station(admin), "OFFICER"), Fixtures.PASSWORD);
        receiving = "6222 " + String.format("%04d %04d", ThreadLocalRandom.current().nextInt(10_000),
                ThreadLocalRandom.current().nextInt(10_000)) + " 3333";
        String anHourAgo = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).truncatedTo(ChronoUnit.SECONDS).format(TestEnv.ISO_TIME);
        Api.Reply created = officer.post("fraud-cases", Json.createObjectBuilder()
                .add("fraudType", "IMPERSONATING_AUTHORITIES").add("reportedAt", anHourAgo).add("narrative", "冒充公检法要求转账到安全账户")
                .add("victims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "甲"))
                        .add(Json.createObjectBuilder().add("name", "乙")))
                .add("transfers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("time", anHourAgo)
                        .add("amount", "50000.00").add("channel", "BANK_CARD").add("toAccount", receiving).add("toBank", "某银行")))
                .build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getJsonObject("money").getBoolean("needsStopPayment")).isTrue();
        caseId = created.id();
    }

    @Test
    void theCaseListMarksTheGoldenHour() {
        JsonObject row = listed();
        assertThat(row.getBoolean("needsStopPayment")).isTrue();
        assertThat(row.getString("totalLoss")).isEqualTo("50000.00");
    }

    private JsonObject listed() {
        return officer.get("fraud-cases?first=0&size=20").json().getJsonArray("rows").stream().map(v -> (JsonObject) v)
                .filter(r -> r.getJsonNumber("id").longValue() == caseId).findFirst().orElseThrow();
    }

    @Test
    void stopFreezeAndReturnKeepExactSums() {
        JsonObject afterRequest = officer.post("fraud-cases/" + caseId + "/stop-payments", Json.createObjectBuilder()
                .add("bank", "某银行").add("account", receiving).add("amountRequested", "50000.00").build()).json();
        JsonObject money = afterRequest.getJsonObject("money");
        assertThat(money.getBoolean("needsStopPayment")).isFalse();
        assertThat(listed().getBoolean("needsStopPayment")).isFalse();
        JsonObject stop = money.getJsonArray("stopPayments").getJsonObject(0);
        long stopId = stop.getJsonNumber("id").longValue();
        assertThat(stop.getString("account")).isEqualTo(receiving.replace(" ", ""));
        assertThat(Duration.between(OffsetDateTime.parse(stop.getString("requestedAt")), OffsetDateTime.parse(stop.getString("windowEndsAt"))))
                .isEqualTo(Duration.ofHours(48));

        Api.Reply tooMuch = officer.post(outcome(stopId), Json.createObjectBuilder().add("amount", "50000.01").build());
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().getString("field")).isEqualTo("amountStopped");

        assertThat(officer.post(outcome(stopId), Json.createObjectBuilder().add("amount", "30000.50").build()).status()).isEqualTo(200);
        Api.Reply frozen = officer.post(outcome(stopId), Json.createObjectBuilder().add("freeze", true).add("amount", "30000.50").build());
        assertThat(frozen.json().getJsonObject("money").getString("frozen")).isEqualTo("30000.50");

        assertThat(returnTo(1, "20000.25").status()).isEqualTo(200);
        Api.Reply over = returnTo(2, "10000.26");
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.json().getString("message")).contains("30000.50");
        JsonObject done = returnTo(2, "10000.25").json();
        assertThat(done.getJsonObject("money").getString("returned")).isEqualTo("30000.50");
        assertThat(done.getJsonArray("victims").getJsonObject(0).getString("returned")).isEqualTo("20000.25");
        assertThat(done.getJsonArray("victims").getJsonObject(1).getString("returned")).isEqualTo("10000.25");
        assertThat(done.getString("totalLoss")).isEqualTo("50000.00");
    }

    @Test
    void freezingAfterTheWindowIsRefused() {
        JsonObject afterRequest = officer.post("fraud-cases/" + caseId + "/stop-payments", Json.createObjectBuilder()
                .add("bank", "某银行").add("account", receiving.replace(" ", "")).add("amountRequested", "100.00")
                .add("requestedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(60).truncatedTo(ChronoUnit.SECONDS).format(TestEnv.ISO_TIME)).build()).json();
        long stopId = afterRequest.getJsonObject("money").getJsonArray("stopPayments").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(afterRequest.getJsonObject("money").getJsonArray("stopPayments").getJsonObject(0).getBoolean("expired")).isTrue();
        assertThat(officer.post(outcome(stopId), Json.createObjectBuilder().add("amount", "100.00")
                .add("at", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(59).truncatedTo(ChronoUnit.SECONDS).format(TestEnv.ISO_TIME)).build()).status())
                .isEqualTo(200);
        Api.Reply late = officer.post(outcome(stopId), Json.createObjectBuilder().add("freeze", true).add("amount", "100.00").build());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().getString("message")).contains("48小时");
    }

    @Test
    void anotherStationCannotTouchTheMoney() {
        assertThat(otherStation.post("fraud-cases/" + caseId + "/stop-payments", Json.createObjectBuilder()
                .add("bank", "某银行").add("account", "6222").add("amountRequested", "1.00").build()).status()).isEqualTo(404);
    }

    private String outcome(long stopId) {
        return "fraud-cases/" + caseId + "/stop-payments/" + stopId + "/outcome";
    }

    private Api.Reply returnTo(int victim, String amount) {
        return officer.post("fraud-cases/" + caseId + "/returns", Json.createObjectBuilder().add("victim", victim).add("amount", amount).build());
    }
}
