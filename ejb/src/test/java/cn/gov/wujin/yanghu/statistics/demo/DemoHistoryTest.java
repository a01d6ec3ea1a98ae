package cn.gov.wujin.yanghu.statistics.demo;

import cn.gov.wujin.yanghu.shared.BureauTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo history as generated, without a database: the same every time, a full year for every station, a plausible mix. */
class DemoHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final Set<String> STATIONS = Set.of("HT", "NT", "NXS", "XH", "LY", "YG", "HL", "HSQ", "XY", "QH", "LJ", "JZ", "HLI");

    private static DemoHistory history;

    @BeforeAll
    static void generate() {
        history = DemoHistory.generate(TODAY, DemoHistory.SEED);
    }

    @Test
    void isTheSameForTheSameDayAndSeed() {
        DemoHistory again = DemoHistory.generate(TODAY, DemoHistory.SEED);
        assertThat(again.cases()).isEqualTo(history.cases());
        assertThat(again.people()).isEqualTo(history.people());
        assertThat(again.tips()).isEqualTo(history.tips());
        assertThat(again.shifts()).isEqualTo(history.shifts());
        assertThat(again.enterprises()).isEqualTo(history.enterprises());
        assertThat(again.leads()).isEqualTo(history.leads());
        assertThat(DemoHistory.generate(TODAY, 1).cases()).isNotEqualTo(history.cases());
    }

    @Test
    void coversAllThirteenStationsWithPlacesAndStaff() {
        assertThat(history.communities().stream().map(DemoHistory.Community::station).collect(Collectors.toSet())).isEqualTo(STATIONS);
        assertThat(history.communities()).allSatisfy(c -> {
            assertThat(c.grids()).hasSize(3);
            assertThat(c.nameEn()).matches("[A-Za-z' ]+");
            assertThat(c.grids()).allSatisfy(g -> assertThat(g.nameEn()).startsWith(c.nameEn() + " Grid "));
        });
        Map<String, Map<String, Long>> roles = history.people().stream().collect(Collectors.groupingBy(DemoHistory.Person::station,
                Collectors.groupingBy(DemoHistory.Person::role, Collectors.counting())));
        assertThat(roles.keySet()).isEqualTo(STATIONS);
        assertThat(roles.values()).allSatisfy(r -> assertThat(r).containsOnlyKeys("SUPERVISOR", "OFFICER", "AUXILIARY", "LIAISON", "VOLUNTEER"));
        // usernames unique, never one of the fixed demo accounts, and valid for the account table
        List<String> usernames = history.people().stream().map(DemoHistory.Person::username).toList();
        assertThat(new HashSet<>(usernames)).hasSameSizeAs(usernames);
        assertThat(usernames).allMatch(u -> u.matches("^[a-z][a-z0-9._-]{2,39}$") && u.contains("."));
        assertThat(history.people()).allSatisfy(p -> assertThat(p.name()).matches("\\p{IsHan}{2,3}"));
    }

    @Test
    void fillsTwelveMonthsOfEveryStation() {
        Set<YearMonth> year = new HashSet<>();
        // the twelve months before this one, whole; this one (six days in) has its first days' work
        for (int m = 1; m <= 12; m++) {
            year.add(YearMonth.from(TODAY).minusMonths(m));
        }
        for (String station : STATIONS) {
            assertThat(months(history.cases().stream().filter(c -> c.station().equals(station)).map(DemoHistory.FraudCase::reportedAt).toList()))
                    .as("cases of " + station).containsAll(year);
            assertThat(months(history.tips().stream().filter(t -> t.station().equals(station)).map(DemoHistory.Tip::submittedAt).toList()))
                    .as("tips of " + station).containsAll(year);
            assertThat(months(history.leads().stream().filter(l -> l.station().equals(station)).map(DemoHistory.Lead::receivedAt).toList()))
                    .as("leads of " + station).containsAll(year);
            assertThat(months(history.shifts().stream().filter(s -> history.groups().get(s.group()).station().equals(station))
                    .filter(s -> s.signups().stream().anyMatch(u -> u.checkedInAt() != null)).map(DemoHistory.Shift::startsAt).toList()))
                    .as("patrols of " + station).containsAll(year);
        }
        assertThat(months(history.cases().stream().map(DemoHistory.FraudCase::reportedAt).toList())).contains(YearMonth.from(TODAY));
        Instant start = TODAY.atStartOfDay(BureauTime.ZONE).toInstant();
        // nothing happened yet that lies in the future, nor before the year
        assertThat(history.cases()).allSatisfy(c -> {
            assertThat(c.reportedAt()).isBefore(start).isAfter(start.minusSeconds(366L * 86400));
            assertThat(c.steps()).allSatisfy(s -> assertThat(s.at()).isBefore(start).isAfterOrEqualTo(c.reportedAt()));
        });
        assertThat(history.shifts()).allSatisfy(s -> assertThat(s.signups())
                .allSatisfy(u -> assertThat(u.checkedInAt() == null || u.checkedOutAt().isBefore(start)).isTrue()));
    }

    @Test
    void hasTheBureausMixOfFraudTypesAndAmounts() {
        List<DemoHistory.FraudCase> cases = history.cases();
        assertThat(cases).hasSizeBetween(2_000, 5_000);
        Map<String, Long> byType = cases.stream().collect(Collectors.groupingBy(DemoHistory.FraudCase::fraudType, Collectors.counting()));
        assertThat(byType.keySet()).containsAll(Arrays.asList(DemoHistory.FRAUD_TYPES));
        List<String> ranked = byType.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        assertThat(ranked.subList(0, 3)).containsExactly("ORDER_BRUSHING", "FAKE_INVESTMENT", "FAKE_LOAN");
        assertThat(byType.get("ORDER_BRUSHING")).isBetween(cases.size() * 22L / 100, cases.size() * 34L / 100);

        List<BigDecimal> losses = cases.stream().map(DemoHistory.FraudCase::loss).toList();
        long small = losses.stream().filter(l -> l.compareTo(new BigDecimal("50000")) < 0).count();
        long large = losses.stream().filter(l -> l.compareTo(new BigDecimal("1000000")) >= 0).count();
        assertThat(small).as("most below 50,000").isGreaterThan(cases.size() * 75L / 100);
        assertThat(large).as("a few of a million or more").isBetween(3L, cases.size() / 50L);
        assertThat(losses).allMatch(l -> l.signum() > 0);
        assertThat(cases).allSatisfy(c -> assertThat(c.transfers()).isNotEmpty());
    }

    @Test
    void spreadsTheProcedureByAge() {
        List<DemoHistory.FraudCase> cases = history.cases();
        Map<String, Long> byStatus = cases.stream().collect(Collectors.groupingBy(DemoHistory.FraudCase::status, Collectors.counting()));
        assertThat(byStatus.keySet()).contains("ACCEPTED", "FILED", "NOT_FILED", "INVESTIGATING", "SOLVED", "PROSECUTION_TRANSFERRED", "CLOSED");
        assertThat(byStatus.get("INVESTIGATING")).isGreaterThan(byStatus.get("CLOSED"));
        // each case's steps follow the procedure from REPORTED to its status
        assertThat(cases).allSatisfy(c -> {
            String status = "REPORTED";
            for (DemoHistory.Step s : c.steps()) {
                assertThat(s.from()).isEqualTo(status);
                status = s.to();
            }
            assertThat(status).isEqualTo(c.status());
        });
        // some of those not filed ask for reconsideration, once, right after the decision
        assertThat(cases.stream().flatMap(c -> c.steps().stream()).map(DemoHistory.Step::action)).contains("RECONSIDER", "UPHOLD");
        assertThat(cases).allSatisfy(c -> assertThat(c.steps().stream().filter(s -> s.action().equals("RECONSIDER")).count())
                .isLessThanOrEqualTo(1));
        Instant start = TODAY.atStartOfDay(BureauTime.ZONE).toInstant();
        double oldDone = share(cases.stream().filter(c -> c.reportedAt().isBefore(start.minusSeconds(240L * 86400))).toList());
        double newDone = share(cases.stream().filter(c -> c.reportedAt().isAfter(start.minusSeconds(60L * 86400))).toList());
        assertThat(oldDone).as("older cases further along").isGreaterThan(newDone + 0.2);
        assertThat(cases.stream().filter(c -> !c.stops().isEmpty()).count()).isGreaterThan(cases.size() / 5L);
        assertThat(cases.stream().filter(c -> !c.refunds().isEmpty()).count()).isGreaterThan(cases.size() / 20L);
        assertThat(cases).allSatisfy(c -> c.stops().forEach(s -> {
            assertThat(s.stopped()).isLessThanOrEqualTo(s.requested());
            assertThat(s.frozen()).isLessThanOrEqualTo(s.stopped());
        }));
    }

    @Test
    void placesTipsInsideWujinAndRatesRequests() {
        assertThat(history.tips()).hasSizeGreaterThan(2_000);
        assertThat(history.tips()).allSatisfy(t -> {
            assertThat(t.latitude()).isBetween(31.40, 31.95);
            assertThat(t.longitude()).isBetween(119.60, 120.30);
        });
        assertThat(history.tips().stream().map(DemoHistory.Tip::trackingCode).distinct().count()).isEqualTo(history.tips().size());
        assertThat(history.shifts()).hasSizeGreaterThan(3_000);
        assertThat(history.enterprises()).hasSize(13 * 6);
        assertThat(history.enterprises().stream().map(DemoHistory.Enterprise::creditCode).distinct().count()).isEqualTo(13 * 6);
        List<Integer> ratings = history.enterprises().stream().flatMap(e -> e.requests().stream()).map(DemoHistory.Request::rating)
                .filter(r -> r != null).toList();
        assertThat(ratings).hasSizeGreaterThan(60).allMatch(r -> r >= 1 && r <= 5);
        assertThat(history.enterprises().stream().mapToInt(e -> e.visits().size()).sum()).isGreaterThan(13 * 6 * 8);
        // nothing of the history is left for a timer to tell anyone at start: requests past their deadline were escalated then
        Instant start = TODAY.atStartOfDay(BureauTime.ZONE).toInstant();
        assertThat(history.enterprises().stream().flatMap(e -> e.requests().stream())
                .filter(r -> !r.status().equals("CLOSED") && r.deadlineAt().isBefore(start))).allMatch(r -> r.escalatedAt() != null);
        assertThat(history.leads()).noneMatch(l -> l.status().equals("OPEN"));
    }

    private static double share(List<DemoHistory.FraudCase> cases) {
        return cases.stream().filter(c -> Set.of("SOLVED", "PROSECUTION_TRANSFERRED", "CLOSED", "NOT_FILED", "WITHDRAWN").contains(c.status()))
                .count() / (double) cases.size();
    }

    private static Set<YearMonth> months(List<Instant> at) {
        return at.stream().map(i -> YearMonth.from(i.atZone(BureauTime.ZONE))).collect(Collectors.toSet());
    }

}
