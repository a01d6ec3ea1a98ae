package cn.gov.wujin.yanghu.web.reports;

import cn.gov.wujin.yanghu.statistics.application.FraudFigures;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MonthlyTrendTest {

    private static FraudFigures month(String key, long reports, String loss) {
        return new FraudFigures(key, reports, 0, 0, null, loss, "0.00", "0.00", "0.00", 0, 0, null);
    }

    @Test
    void aYearWithReportsInTwoMonthsHasTwelveMonthsOnTheAxisWithZeros() {
        MonthlyTrend trend = MonthlyTrend.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                List.of(month("2026-03", 4, "120000.00"), month("2026-12", 10, "5000.50")));
        JsonObject chart = Json.createReader(new StringReader(trend.chart(Locale.SIMPLIFIED_CHINESE))).readObject();
        JsonArray labels = chart.getJsonObject("data").getJsonArray("labels");
        assertThat(labels).hasSize(12);
        assertThat(labels.getString(0)).isEqualTo("2026-01");
        assertThat(labels.getString(11)).isEqualTo("2026-12");
        JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
        JsonObject line = datasets.getJsonObject(0);
        JsonObject bars = datasets.getJsonObject(1);
        assertThat(line.getString("type")).isEqualTo("line");
        assertThat(line.getInt("order")).as("the line is drawn above the bars").isLessThan(bars.getInt("order"));
        assertThat(line.getString("yAxisID")).isEqualTo("y1");
        assertThat(bars.getJsonArray("data").getJsonNumber(1).longValue()).as("February: zero").isZero();
        assertThat(bars.getJsonArray("data").getJsonNumber(2).longValue()).isEqualTo(4);
        assertThat(line.getJsonArray("data").getJsonNumber(2).bigDecimalValue()).isEqualByComparingTo("12.0");
        assertThat(line.getJsonArray("data").getJsonNumber(11).bigDecimalValue()).isEqualByComparingTo("0.5");
        assertThat(line.getString("label")).isEqualTo("损失（万元）");
        JsonObject scales = chart.getJsonObject("options").getJsonObject("scales");
        assertThat(scales.getJsonObject("y").getJsonNumber("suggestedMax").bigDecimalValue()).as("headroom above 10 reports")
                .isGreaterThan(BigDecimal.TEN);
        assertThat(scales.getJsonObject("y1").getJsonNumber("suggestedMax").bigDecimalValue()).isGreaterThan(new BigDecimal("12.0"));
        assertThat(trend.months()).extracting(MonthlyTrend.Month::reports).containsExactly(0L, 0L, 4L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 10L);
    }

    @Test
    void theEnglishChartSaysCny() {
        String chart = MonthlyTrend.of(LocalDate.of(2025, 11, 15), LocalDate.of(2026, 2, 1), List.of()).chart(Locale.ENGLISH);
        assertThat(chart).contains("\"2025-11\"", "\"2025-12\"", "\"2026-01\"", "\"2026-02\"").contains("Loss (10,000 CNY)").doesNotContain("yuan");
    }

    @Test
    void headroomIsANiceNumberAboveTheHighest() {
        assertThat(MonthlyTrend.headroom(BigDecimal.ZERO)).isEqualByComparingTo("1");
        assertThat(MonthlyTrend.headroom(BigDecimal.ONE)).isEqualByComparingTo("2");
        assertThat(MonthlyTrend.headroom(BigDecimal.valueOf(10))).isEqualByComparingTo("20");
        assertThat(MonthlyTrend.headroom(BigDecimal.valueOf(80))).isEqualByComparingTo("100");
        assertThat(MonthlyTrend.headroom(BigDecimal.valueOf(190))).isEqualByComparingTo("250");
        assertThat(MonthlyTrend.headroom(new BigDecimal("3.4"))).isEqualByComparingTo("5");
    }
}
