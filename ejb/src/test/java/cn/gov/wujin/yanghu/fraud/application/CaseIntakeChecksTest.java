package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.fraud.domain.IdentifierType;
import cn.gov.wujin.yanghu.fraud.domain.PaymentChannel;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CaseIntakeChecksTest {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private final Instant now = Instant.parse("2026-11-27T02:00:00Z");
    private final InvalidInputsException.Collector problems = new InvalidInputsException.Collector();

    @Test
    void aGoodReportKeepsItsValuesNormalised() {
        NewFraudCase form = report();
        victim(form, " 张某 ", "110105194912310 02x", "+86 138-1234-5678");
        transfer(form, "12000.1", "BANK_CARD");
        identifier(form, "URL", "https://WWW.Licai-Fake.example/");
        identifier(form, "PHONE", "171 0000 8888");

        CaseIntakeChecks.Report report = checks("").check(form, problems);

        assertThat(fields()).isEmpty();
        assertThat(report.reportedAt()).isEqualTo(now.minus(Duration.ofHours(1)));
        assertThat(report.victims()).extracting(CaseIntakeChecks.Victim::name, CaseIntakeChecks.Victim::idCardNumber,
                CaseIntakeChecks.Victim::phone).containsExactly(tuple("张某", "11010519491231002X", "13812345678"));
        assertThat(report.transfers()).singleElement().satisfies(t -> {
            assertThat(t.amount()).hasToString("12000.10");
            assertThat(t.channel()).isEqualTo(PaymentChannel.BANK_CARD);
        });
        assertThat(report.identifiers()).extracting(CaseIntakeChecks.Identifier::type, CaseIntakeChecks.Identifier::normalizedValue)
                .containsExactly(tuple(IdentifierType.URL, "licai-fake.example"), tuple(IdentifierType.PHONE, "17100008888"));
    }

    @Test
    void aReportFromLaterThanNowIsRefusedBeyondTheClockSkew() {
        NewFraudCase soon = report();
        soon.setReportedAt(OffsetDateTime.ofInstant(now.plus(Duration.ofMinutes(4)), BEIJING));
        checks("").check(soon, problems);
        assertThat(fields()).isEmpty();

        NewFraudCase later = report();
        later.setReportedAt(OffsetDateTime.ofInstant(now.plus(Duration.ofMinutes(6)), BEIJING));
        checks("").check(later, problems);
        assertThat(fields()).containsExactly("reportedAt");
    }

    @Test
    void contactCannotBeginAfterTheReport() {
        NewFraudCase form = report();
        form.setContactStartedAt(form.getReportedAt().plusMinutes(1));
        checks("").check(form, problems);
        assertThat(problems()).extracting(InvalidInputException::field, InvalidInputException::messageKey)
                .containsExactly(tuple("contactStartedAt", "fraud.contactStartedAt.afterReport"));
    }

    @Test
    void victimsNeedValidIdCardNumbersAndPhones() {
        NewFraudCase form = report();
        victim(form, "甲", "110105194912310021", null);
        victim(form, "乙", null, "call me");
        victim(form, "丙", "", " ");
        checks("").check(form, problems);
        assertThat(problems()).extracting(InvalidInputException::field, InvalidInputException::messageKey).containsExactly(
                tuple("victims[0].idNumber", "validation.idCard"), tuple("victims[1].phone", "fraud.phone.invalid"));
    }

    @Test
    void transfersNeedAnAmountAboveZeroToTheFenAndAKnownChannel() {
        NewFraudCase form = report();
        transfer(form, "0", "BANK_CARD");
        transfer(form, "12.345", "ALIPAY");
        transfer(form, "１２３", "WECHAT_PAY");
        transfer(form, "1e3", "CASH");
        transfer(form, "1000000000000", "CRYPTO");
        transfer(form, "50.00", "PIGEON");
        transfer(form, "50.00", null);
        checks("").check(form, problems);
        assertThat(fields()).containsExactly("transfers[0].amount", "transfers[1].amount", "transfers[2].amount",
                "transfers[3].amount", "transfers[4].amount", "transfers[5].channel", "transfers[6].channel");
        assertThat(problems()).filteredOn(p -> p.field().endsWith("amount")).extracting(InvalidInputException::messageKey)
                .containsOnly("fraud.amount.invalid");
    }

    @Test
    void identifiersNeedAKnownTypeAndAValueOfThatType() {
        NewFraudCase form = report();
        identifier(form, "FAX", "0519-1234");
        identifier(form, "QQ", "012");
        identifier(form, "BANK_ACCOUNT", "6222 0202 0303 0404");
        checks("").check(form, problems);
        assertThat(problems()).extracting(InvalidInputException::field, InvalidInputException::messageKey).containsExactly(
                tuple("identifiers[0].type", "fraud.identifier.typeUnknown"), tuple("identifiers[1].value", "fraud.identifier.invalid"));
    }

    @Test
    void everyProblemIsNamedAtOnceAsTheRequestNestsTheReport() {
        NewFraudCase form = report();
        form.setReportedAt(OffsetDateTime.ofInstant(now.plus(Duration.ofDays(1)), BEIJING));
        victim(form, "甲", "123", "12");
        transfer(form, "-5", "BANK_CARD");
        identifier(form, "WECHAT", "有空格 的");
        checks("case.").check(form, problems);
        assertThat(fields()).containsExactly("case.reportedAt", "case.victims[0].idNumber", "case.victims[0].phone",
                "case.transfers[0].amount", "case.identifiers[0].value");
    }

    @Test
    void aPhoneShownMaskedStandsForTheNumberItMasks() {
        NewFraudCase form = report();
        victim(form, "王某", null, "136****1111");
        victim(form, "李某", null, "139****2222");
        CaseIntakeChecks.Report report = new CaseIntakeChecks("case.", now, Map.of("136****1111", "13600001111")).check(form, problems);
        assertThat(fields()).containsExactly("case.victims[1].phone");
        assertThat(report.victims().get(0).phone()).isEqualTo("13600001111");
    }

    private CaseIntakeChecks checks(String prefix) {
        return new CaseIntakeChecks(prefix, now, Map.of());
    }

    private List<InvalidInputException> problems() {
        try {
            problems.throwIfAny();
            return List.of();
        } catch (InvalidInputsException e) {
            return e.problems();
        }
    }

    private List<String> fields() {
        return problems().stream().map(InvalidInputException::field).toList();
    }

    private NewFraudCase report() {
        NewFraudCase form = new NewFraudCase();
        form.setFraudType("FAKE_INVESTMENT");
        form.setReportedAt(OffsetDateTime.ofInstant(now.minus(Duration.ofHours(1)), BEIJING));
        form.setNarrative("受害人被拉入投资群，按指示转账后无法提现。");
        return form;
    }

    private static void victim(NewFraudCase form, String name, String idNumber, String phone) {
        NewFraudCase.VictimInput v = new NewFraudCase.VictimInput();
        v.setName(name);
        v.setIdNumber(idNumber);
        v.setPhone(phone);
        form.getVictims().add(v);
    }

    private void transfer(NewFraudCase form, String amount, String channel) {
        NewFraudCase.TransferInput t = new NewFraudCase.TransferInput();
        t.setTime(OffsetDateTime.ofInstant(now.minus(Duration.ofHours(2)), BEIJING));
        t.setAmount(amount);
        t.setChannel(channel);
        form.getTransfers().add(t);
    }

    private static void identifier(NewFraudCase form, String type, String value) {
        NewFraudCase.IdentifierInput i = new NewFraudCase.IdentifierInput();
        i.setType(type);
        i.setValue(value);
        form.getIdentifiers().add(i);
    }
}
