package cn.gov.wujin.yanghu.organization.domain;

import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {

    private final Station hutang = new Station("HT", "湖塘派出所", "Hutang Police Station");

    @Test
    void stationWorkNeedsAStation() {
        assertThatThrownBy(() -> new Account("o1", "O", "h", null, EnumSet.of(Role.OFFICER)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("station"));
    }

    @Test
    void administratorsAreBureauLevel() {
        assertThatThrownBy(() -> new Account("a1", "A", "h", hutang, EnumSet.of(Role.ADMIN)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(new Account("a2", "A", "h", null, EnumSet.of(Role.ADMIN)).isBureauLevel()).isTrue();
    }

    @Test
    void anAccountNeedsARole() {
        assertThatThrownBy(() -> new Account("n1", "N", "h", hutang, EnumSet.noneOf(Role.class)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("roles"));
    }

    @Test
    void supervisorsMayBeStationHeadsOrBureauLeaders() {
        assertThat(new Account("h1", "H", "h", hutang, EnumSet.of(Role.SUPERVISOR)).isBureauLevel()).isFalse();
        assertThat(new Account("s1", "S", "h", null, EnumSet.of(Role.SUPERVISOR)).isBureauLevel()).isTrue();
    }

    @Test
    void onlyAdministratorsAndBureauSupervisorsSeeAllStations() {
        assertThat(new Caller(1L, "s", "S", null, Set.of(Role.SUPERVISOR)).seesAllStations()).isTrue();
        assertThat(new Caller(2L, "h", "H", 7L, Set.of(Role.SUPERVISOR)).seesAllStations()).isFalse();
        assertThat(new Caller(3L, "a", "A", null, Set.of(Role.ADMIN)).seesAllStations()).isTrue();
        assertThat(new Caller(4L, "o", "O", 7L, Set.of(Role.OFFICER)).seesAllStations()).isFalse();
        assertThat(Caller.ANONYMOUS.seesAllStations()).isFalse();
    }

    @Test
    void auditSummaryMasksThePhone() {
        Account account = new Account("o2", "王", "h", hutang, EnumSet.of(Role.OFFICER));
        account.describe("王", "13912345678", null);
        assertThat(account.auditSummary()).contains("139****5678").doesNotContain("13912345678");
    }
}
