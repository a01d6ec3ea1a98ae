package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.audit.AuditRecord;
import cn.gov.wujin.yanghu.fraud.application.CaseAuditEntry.Field;
import cn.gov.wujin.yanghu.fraud.application.CaseAuditEntry.Kind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The case page's audit panel read the stored lines as a dump; it now reads them field by field, with names. */
class CaseAuditAssemblerTest {

    private static final Instant T = Instant.parse("2026-12-06T01:00:00Z");
    private static final Map<String, String> NAMES = Map.of("officer1", "王建国", "head1", "李志强");

    private static AuditRecord row(int minute, String actor, String action, String type, String id, String summary, String address) {
        return new AuditRecord(T.plusSeconds(60L * minute), actor, action, type, id, summary, address);
    }

    @Test
    void aNewCaseIsShownFieldByFieldWithTheOfficersNameAndNoneForMissingValues() {
        List<CaseAuditEntry> entries = CaseAuditAssembler.entries(List.of(row(0, "officer1", "CREATE", "FraudCase", "42",
                "HT-2026-000042 FAKE_CUSTOMER_SERVICE REPORTED loss 17000.50 officer officer1 due 2026-12-06T20:54:07Z "
                        + "stop-payments 0 frozen 0.00 returned 0.00", "0:0:0:0:0:0:0:1")), NAMES);

        CaseAuditEntry created = entries.get(0);
        assertThat(created.actorName()).isEqualTo("王建国");
        assertThat(created.localAddress()).as("loopback is this computer").isTrue();
        assertThat(created.fields()).extracting(Field::name, Field::kind, Field::value).containsExactly(
                tuple("caseNumber", Kind.TEXT, "HT-2026-000042"), tuple("fraudType", Kind.FRAUD_TYPE, "FAKE_CUSTOMER_SERVICE"),
                tuple("status", Kind.STATUS, "REPORTED"), tuple("loss", Kind.AMOUNT, "17000.50"),
                tuple("officer", Kind.PERSON, "王建国"), tuple("dueAt", Kind.TIME, "2026-12-06T20:54:07Z"),
                tuple("stopPayments", Kind.COUNT, "0"), tuple("frozen", Kind.AMOUNT, "0.00"), tuple("returned", Kind.AMOUNT, "0.00"));
        assertThat(created.fields()).noneMatch(Field::changed);
        assertThat(CaseAuditAssembler.people(List.of(row(0, "head1", "UPDATE", "FraudCase", "42", "HT-2026-000042 FAKE_LOAN ACCEPTED "
                + "loss 1.00 officer officer2 due null stop-payments 0 frozen 0.00 returned 0.00", null))))
                .as("the actor and the officer, to look up their names at once").containsExactlyInAnyOrder("head1", "officer2");
    }

    @Test
    void aChangeShowsOnlyWhatChangedWithItsValueBefore() {
        List<CaseAuditEntry> entries = CaseAuditAssembler.entries(List.of(
                row(2, "head1", "UPDATE", "FraudCase", "42", "HT-2026-000042 FAKE_LOAN ACCEPTED loss 100.00 officer officer2 "
                        + "due null stop-payments 0 frozen 0.00 returned 0.00", "10.1.2.3"),
                row(1, "officer1", "VIEW_PERSONAL_DATA", "FraudCase", "42", "getWithPersonalData", "127.0.0.1"),
                row(0, "officer1", "CREATE", "FraudCase", "42", "HT-2026-000042 FAKE_LOAN REPORTED loss 100.00 officer officer1 "
                        + "due 2026-12-07T01:00:00Z stop-payments 0 frozen 0.00 returned 0.00", "127.0.0.1")), NAMES);

        assertThat(entries).extracting(CaseAuditEntry::action).containsExactly("UPDATE", "VIEW_PERSONAL_DATA", "CREATE");
        CaseAuditEntry accepted = entries.get(0);
        assertThat(accepted.actorName()).isEqualTo("李志强");
        assertThat(accepted.localAddress()).isFalse();
        assertThat(accepted.clientAddress()).isEqualTo("10.1.2.3");
        assertThat(accepted.fields()).extracting(Field::name, Field::before, Field::value).containsExactly(
                tuple("status", "REPORTED", "ACCEPTED"),
                tuple("officer", "王建国", "officer2"), // no name known: the username, rather than nothing
                tuple("dueAt", "2026-12-07T01:00:00Z", null));
        assertThat(accepted.fields()).allMatch(Field::changed);
        assertThat(entries.get(1).fields()).as("a view of personal data: the action says it all").isEmpty();
    }

    @Test
    void stopPaymentsAndReturnsAreReadFieldByFieldAndAnUnknownLineWhole() {
        List<CaseAuditEntry> entries = CaseAuditAssembler.entries(List.of(
                row(3, "system", "UPDATE", "Other", "1", "something else", null),
                row(2, "officer1", "CREATE", "FundReturn", "5", "HT-2026-000042 victim 1 returned 500.00", "127.0.0.1"),
                row(1, "officer1", "UPDATE", "StopPayment", "9", "HT-2026-000042 中国 工商银行 6222********7777 requested 8800.00 "
                        + "stopped 8000.50 frozen null", "::1"),
                row(0, "officer1", "CREATE", "StopPayment", "9", "HT-2026-000042 中国 工商银行 6222********7777 requested 8800.00 "
                        + "stopped null frozen null", "::1")), NAMES);

        assertThat(entries.get(0).actorName()).as("the system is no account").isNull();
        assertThat(entries.get(0).fields()).extracting(Field::name, Field::value).containsExactly(tuple("summary", "something else"));
        assertThat(entries.get(1).fields()).extracting(Field::name, Field::value)
                .containsExactly(tuple("caseNumber", "HT-2026-000042"), tuple("victim", "1"), tuple("returnedAmount", "500.00"));
        assertThat(entries.get(2).fields()).extracting(Field::name, Field::before, Field::value)
                .containsExactly(tuple("stopped", null, "8000.50"));
        assertThat(entries.get(3).fields()).extracting(Field::name, Field::value).contains(tuple("bank", "中国 工商银行"),
                tuple("account", "6222********7777"), tuple("requested", "8800.00"), tuple("stopped", null));
        assertThat(entries.get(3).localAddress()).isTrue();
    }

    @Test
    void onlyTheServersOwnAddressesAreThisComputer() {
        assertThat(CaseAuditAssembler.isLoopback("127.0.0.1")).isTrue();
        assertThat(CaseAuditAssembler.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(CaseAuditAssembler.isLoopback("::1")).isTrue();
        assertThat(CaseAuditAssembler.isLoopback("10.0.0.1")).isFalse();
        assertThat(CaseAuditAssembler.isLoopback("2001:db8::1")).isFalse();
        assertThat(CaseAuditAssembler.isLoopback(null)).isFalse();
    }

    @Test
    void aFreezesStatusAndExpiryAreReadAfterTheMoneyAndTheirChangeShown() {
        List<CaseAuditEntry> entries = CaseAuditAssembler.entries(List.of(
                row(1, "head1", "UPDATE", "StopPayment", "7", "HT-2026-000042 中国 银行 6222********7777 requested 8800.00 stopped "
                        + "8800.00 frozen 8800.00 freeze RENEWED until 2027-12-06T01:00:00Z", null),
                row(0, "officer1", "UPDATE", "StopPayment", "7", "HT-2026-000042 中国 银行 6222********7777 requested 8800.00 stopped "
                        + "8800.00 frozen 8800.00 freeze ACTIVE until 2027-06-06T01:00:00Z", null)), NAMES);
        assertThat(entries.get(1).fields()).extracting(Field::name, Field::kind, Field::value).contains(
                tuple("bank", Kind.TEXT, "中国 银行"), tuple("frozen", Kind.AMOUNT, "8800.00"),
                tuple("freeze", Kind.FREEZE_STATUS, "ACTIVE"), tuple("freezeExpiresAt", Kind.TIME, "2027-06-06T01:00:00Z"));
        assertThat(entries.get(0).fields()).extracting(Field::name, Field::before, Field::value).containsExactly(
                tuple("freeze", "ACTIVE", "RENEWED"), tuple("freezeExpiresAt", "2027-06-06T01:00:00Z", "2027-12-06T01:00:00Z"));
    }
}
