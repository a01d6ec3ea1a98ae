package cn.gov.wujin.yanghu.statistics.application;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    @Test
    void aPeriodTouchesCalendarMonthsAndEndsAtTheNextBeijingMidnight() {
        Selection march = new Selection(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null);
        assertThat(march.months()).isEqualTo(1);
        assertThat(march.end().toInstant()).hasToString("2026-03-31T16:00:00Z");
        assertThat(new Selection(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 1), 1L).months()).isEqualTo(3);
        assertThat(new Selection(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1), 1L).months()).isEqualTo(2);
        assertThat(march.stationClause("t.station_id")).isEmpty();
        assertThat(new Selection(march.from(), march.to(), 7L).stationClause("t.station_id")).isEqualTo(" AND t.station_id = ?3");
    }

    @Test
    void sharesHaveFourPlacesAndNoneWithoutAWhole() {
        assertThat(Rates.share(1, 3)).isEqualTo("0.3333");
        assertThat(Rates.share(2, 3)).isEqualTo("0.6667");
        assertThat(Rates.share(0, 0)).isNull();
    }

    @Test
    void theTotalOfDisjointRowsAddsEveryFigureToTheFen() {
        FraudFigures a = new FraudFigures("A", 2, 1, 1, "1.0000", "1000.10", "500.00", "0.00", "0.05", 1, 1, "1.0000");
        FraudFigures b = new FraudFigures("B", 3, 1, 0, "0.0000", "0.20", "0.00", "300.00", "0.00", 1, 0, "0.0000");
        FraudFigures total = FraudFigures.sum(List.of(a, b));
        assertThat(total).isEqualTo(new FraudFigures(Breakdown.TOTAL, 5, 2, 1, "0.5000", "1000.30", "500.00", "300.00", "0.05", 2, 1,
                "0.5000"));
        assertThat(FraudFigures.sum(List.of()).loss()).isEqualTo("0.00");
    }

    @Test
    void theRollupRowIsTheTotalAndNotARow() {
        Breakdown<String> split = Breakdown.of(List.of(new Object[] {"HT", 1}, new Object[] {Breakdown.TOTAL, 2}, new Object[] {"NX", 1}),
                r -> r[0] + "=" + r[1], "none");
        assertThat(split.rows()).containsExactly("HT=1", "NX=1");
        assertThat(split.total()).isEqualTo("*=2");
        assertThat(Breakdown.of(List.of(), r -> "x", "none").total()).isEqualTo("none");
    }
}
