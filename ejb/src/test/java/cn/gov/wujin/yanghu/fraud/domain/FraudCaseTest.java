package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.Amount;
import cn.gov.wujin.yanghu.shared.RoleNotPermittedException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FraudCaseTest {

    private static final Set<Role> OFFICER = Set.of(Role.OFFICER);
    private static final Set<Role> AUXILIARY = Set.of(Role.AUXILIARY);
    private static final Set<Role> SUPERVISOR = Set.of(Role.SUPERVISOR);
    /** The reference table's numbers as V25 ships them, in days (the filing review 3). */
    static final ProcedureClock CLOCK = (code, from) -> from.plus(Duration.ofDays(switch (code) {
        case FILING_REVIEW_DAYS -> 3;
        case RECONSIDERATION_REQUEST_DAYS, REVIEW_REQUEST_DAYS -> 7;
        case RECONSIDERATION_DECISION_DAYS, REVIEW_DECISION_DAYS, FILING_REVIEW_EXTENDED_DAYS -> 30;
        case FILING_REVIEW_FURTHER_DAYS -> 60;
        default -> throw new IllegalArgumentException(code.name());
    }));
    private final Instant now = Instant.parse("2026-11-27T02:00:00Z");

    private FraudCase newCase() {
        return new FraudCase(CaseNumber.of("HT", 2026, 1), new Station("HT", "湖塘派出所", "Hutang"), fraudType(), now,
                "被骗经过", "officer1", now);
    }

    private static FraudType fraudType() {
        try {
            Constructor<FraudType> c = FraudType.class.getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReportIsDueForAcceptanceWithinADay() {
        FraudCase c = newCase();
        assertThat(c.getStatus()).isEqualTo(CaseStatus.REPORTED);
        assertThat(c.getDueAt()).isEqualTo(now.plus(Duration.ofHours(24)));
        assertThat(c.isOverdueAt(now.plus(Duration.ofHours(25)))).isTrue();
        assertThat(c.isOverdueAt(now.plus(Duration.ofHours(23)))).isFalse();
    }

    @Test
    void theWholeProcedureRecordsWhoWhenAndWhy() {
        FraudCase c = newCase();
        c.perform(CaseAction.ACCEPT, "officer1", OFFICER, null, now, CLOCK);
        c.perform(CaseAction.FILE, "head1", SUPERVISOR, "符合立案条件", now.plusSeconds(60), CLOCK);
        c.perform(CaseAction.INVESTIGATE, "officer1", OFFICER, null, now.plusSeconds(120), CLOCK);
        c.perform(CaseAction.SOLVE, "officer1", OFFICER, null, now.plusSeconds(180), CLOCK);
        c.perform(CaseAction.TRANSFER, "officer1", OFFICER, null, now.plusSeconds(240), CLOCK);
        c.perform(CaseAction.CLOSE, "head1", SUPERVISOR, null, now.plusSeconds(300), CLOCK);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.getDueAt()).isNull();
        assertThat(c.getTransitions()).extracting(CaseTransition::getToStatus).containsExactly(CaseStatus.ACCEPTED,
                CaseStatus.FILED, CaseStatus.INVESTIGATING, CaseStatus.SOLVED, CaseStatus.PROSECUTION_TRANSFERRED, CaseStatus.CLOSED);
        assertThat(c.getTransitions().get(1).getActor()).isEqualTo("head1");
        assertThat(c.getTransitions().get(1).getReason()).isEqualTo("符合立案条件");
    }

    @Test
    void filingClosingAndWithdrawingNeedASupervisor() {
        FraudCase c = newCase();
        c.perform(CaseAction.ACCEPT, "officer1", OFFICER, null, now, CLOCK);
        assertThatThrownBy(() -> c.perform(CaseAction.FILE, "officer1", OFFICER, null, now, CLOCK)).isInstanceOf(RoleNotPermittedException.class);
        assertThatThrownBy(() -> c.perform(CaseAction.ACCEPT, "aux1", AUXILIARY, null, now, CLOCK)).isInstanceOf(RoleNotPermittedException.class);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(c.getTransitions()).hasSize(1);
    }

    @Test
    void anActionFromTheWrongStateIsRefusedAndChangesNothing() {
        FraudCase c = newCase();
        assertThatThrownBy(() -> c.perform(CaseAction.SOLVE, "officer1", OFFICER, null, now, CLOCK))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> c.perform(CaseAction.WITHDRAW, "head1", SUPERVISOR, "撤案", now, CLOCK))
                .isInstanceOf(RuleViolationException.class);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.REPORTED);
        assertThat(c.getTransitions()).isEmpty();
    }

    @Test
    void notFilingAndWithdrawingNeedAReason() {
        FraudCase c = newCase();
        c.perform(CaseAction.ACCEPT, "officer1", OFFICER, null, now, CLOCK);
        assertThatThrownBy(() -> c.perform(CaseAction.NOT_FILE, "head1", SUPERVISOR, "  ", now, CLOCK))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("reason", CLOCK));
        c.perform(CaseAction.NOT_FILE, "head1", SUPERVISOR, "不属于刑事案件", now, CLOCK);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.NOT_FILED);
        assertThat(c.getStatus().isFinal()).isTrue();
    }

    @Test
    void withdrawalIsPossibleFromFiledAndInvestigating() {
        FraudCase c = newCase();
        c.perform(CaseAction.ACCEPT, "officer1", OFFICER, null, now, CLOCK);
        c.perform(CaseAction.FILE, "head1", SUPERVISOR, null, now, CLOCK);
        c.perform(CaseAction.INVESTIGATE, "officer1", OFFICER, null, now, CLOCK);
        c.perform(CaseAction.WITHDRAW, "head1", SUPERVISOR, "证据不足", now, CLOCK);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.WITHDRAWN);
    }

    @Test
    void lossIsTheExactSumOfTheTransfers() {
        FraudCase c = newCase();
        c.addTransfer(now, amount("12000.10"), PaymentChannel.BANK_CARD, null, "6222", "工商银行");
        c.addTransfer(now, amount("0.20"), PaymentChannel.ALIPAY, null, "a@b.cn", null);
        c.addTransfer(now, amount("99999999.70"), PaymentChannel.WECHAT_PAY, null, "wx", null);
        assertThat(c.totalLoss()).isEqualByComparingTo("100012000.00");
        assertThatThrownBy(() -> c.addTransfer(now, Amount.ZERO, PaymentChannel.CASH, null, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("transfers[3].amount");
        assertThatThrownBy(() -> c.addTransfer(now, null, PaymentChannel.CASH, null, null, null))
                .isInstanceOf(InvalidInputException.class);
    }

    private static Amount amount(String text) {
        return Amount.parse(text).orElseThrow();
    }

    @Test
    void anIdentifierTypedTwiceIsKeptOnce() {
        FraudCase c = newCase();
        c.addIdentifier(IdentifierType.PHONE, "138 1234 5678", "13812345678");
        c.addIdentifier(IdentifierType.PHONE, "+8613812345678", "13812345678");
        assertThat(c.getIdentifiers()).hasSize(1);
    }

    @Test
    void caseNumbersCountPerStationAndYear() {
        assertThat(CaseNumber.of("HT", 2026, 123).value()).isEqualTo("HT-2026-000123");
        assertThatThrownBy(() -> new CaseNumber("HT-26-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyASupervisorHandsTheCaseToAnActiveOfficerOfItsOwnStation() {
        Station hutang = stationWithId("HT", 1L);
        FraudCase c = new FraudCase(CaseNumber.of("HT", 2026, 2), hutang, fraudType(), now, "被骗经过", "officer1", now);
        Account colleague = new Account("officer3", "民警三", "x", hutang, Set.of(Role.OFFICER));
        Account auxiliary = new Account("aux3", "辅警三", "x", hutang, Set.of(Role.AUXILIARY));
        Account elsewhere = new Account("officer9", "民警九", "x", stationWithId("NT", 2L), Set.of(Role.OFFICER));

        assertThatThrownBy(() -> c.reassign(colleague, OFFICER)).isInstanceOf(RoleNotPermittedException.class);
        assertThatThrownBy(() -> c.reassign(auxiliary, SUPERVISOR)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> c.reassign(elsewhere, SUPERVISOR)).isInstanceOf(InvalidInputException.class);
        colleague.deactivate();
        assertThatThrownBy(() -> c.reassign(colleague, SUPERVISOR)).isInstanceOf(InvalidInputException.class);
        colleague.activate();
        c.reassign(colleague, SUPERVISOR);
        assertThat(c.getAssignedOfficer()).isSameAs(colleague);
    }

    @Test
    void theAssignedOfficerOrASupervisorMovesTheDueDateIntoTheFuture() {
        FraudCase c = newCase();
        c.assignTo(new Account("officer1", "民警一", "x", stationWithId("HT", 1L), Set.of(Role.OFFICER)));
        Instant later = now.plus(Duration.ofDays(3));
        assertThatThrownBy(() -> c.reschedule(later, "officer2", OFFICER, now)).isInstanceOf(RoleNotPermittedException.class);
        assertThatThrownBy(() -> c.reschedule(now.minusSeconds(1), "officer1", OFFICER, now)).isInstanceOf(InvalidInputException.class);
        c.reschedule(later, "officer1", OFFICER, now);
        assertThat(c.getDueAt()).isEqualTo(later);
        c.reschedule(later.plusSeconds(60), "head1", SUPERVISOR, now);
        assertThat(c.isOverdueAt(later.plusSeconds(30))).isFalse();

        c.perform(CaseAction.ACCEPT, "officer1", OFFICER, null, now, CLOCK);
        c.perform(CaseAction.NOT_FILE, "head1", SUPERVISOR, "不构成刑事案件", now, CLOCK);
        assertThatThrownBy(() -> c.reschedule(later, "head1", SUPERVISOR, now)).isInstanceOf(RuleViolationException.class);
    }

    private static Station stationWithId(String code, long id) {
        Station station = new Station(code, code + "派出所", code);
        try {
            java.lang.reflect.Field field = Station.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(station, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return station;
    }
}
