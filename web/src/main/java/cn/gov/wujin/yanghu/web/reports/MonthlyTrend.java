package cn.gov.wujin.yanghu.web.reports;

import cn.gov.wujin.yanghu.statistics.application.FraudFigures;
import cn.gov.wujin.yanghu.web.faces.NumberText;
import cn.gov.wujin.yanghu.web.i18n.Messages;
import cn.gov.wujin.yanghu.web.pdf.BarChart;
import cn.gov.wujin.yanghu.web.pdf.PdfCharts;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard's "by month" chart, its text alternative, and the report's: every month of the
 * period on the axis, a month without reports as zero (the figures only have the months with
 * some, and a line from March straight to December misleads); the loss line drawn above the
 * bars, on its own axis in 万元; headroom above the highest bar and point.
 */
public final class MonthlyTrend implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One month: its reports and loss (CNY, plain decimal). */
    public record Month(String month, long reports, String loss) implements Serializable {

        private static final long serialVersionUID = 1L;

        /** The loss in 万元, one decimal. */
        public BigDecimal lossTenThousands() {
            return NumberText.tenThousands(loss);
        }
    }

    private final List<Month> months;

    private MonthlyTrend(List<Month> months) {
        this.months = months;
    }

    /** Every month of [from, to], with the figures of those that have any and zeros for the rest; at most 60 months (the longest period). */
    public static MonthlyTrend of(LocalDate from, LocalDate to, List<FraudFigures> byMonth) {
        Map<String, FraudFigures> known = byMonth.stream().collect(Collectors.toMap(FraudFigures::key, Function.identity(), (a, b) -> a));
        List<Month> months = new ArrayList<>();
        if (from != null && to != null) {
            for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)) && months.size() < 61; m = m.plusMonths(1)) {
                FraudFigures f = known.get(m.toString());
                months.add(new Month(m.toString(), f == null ? 0 : f.reports(), f == null ? "0.00" : f.loss()));
            }
        }
        return new MonthlyTrend(months);
    }

    public List<Month> months() {
        return months;
    }

    /** The highest value an axis offers: about a sixth above the highest, a nice number (the PDF charts' rule too). */
    public static BigDecimal headroom(BigDecimal highest) {
        return PdfCharts.headroom(highest);
    }

    /** The same chart for a PDF page. */
    public BarChart pdfChart(String title, Locale locale) {
        return new BarChart(title, months.stream().map(Month::month).toList(), Messages.get(locale, "stats.reports"),
                months.stream().map(m -> BigDecimal.valueOf(m.reports())).toList(), Messages.get(locale, "stats.chart.lossTenThousands"),
                months.stream().map(Month::lossTenThousands).toList(), false);
    }

    /** Chart.js configuration: reports per month (bars, left axis) and the loss in 万元 (a line above the bars, right axis). */
    public String chart(Locale locale) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder reports = Json.createArrayBuilder();
        JsonArrayBuilder loss = Json.createArrayBuilder();
        long mostReports = 0;
        BigDecimal mostLoss = BigDecimal.ZERO;
        for (Month m : months) {
            labels.add(m.month());
            reports.add(m.reports());
            loss.add(m.lossTenThousands());
            mostReports = Math.max(mostReports, m.reports());
            mostLoss = mostLoss.max(m.lossTenThousands());
        }
        String reportsLabel = Messages.get(locale, "stats.reports");
        String lossLabel = Messages.get(locale, "stats.chart.lossTenThousands");
        // Chart.js draws the dataset of the lowest order on top: the line (0) above the bars (1)
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "line").add("label", lossLabel).add("data", loss)
                                .add("borderColor", "#c0392b").add("backgroundColor", "#c0392b").add("borderWidth", 2)
                                .add("pointRadius", 3).add("yAxisID", "y1").add("order", 0))
                        .add(Json.createObjectBuilder().add("type", "bar").add("label", reportsLabel).add("data", reports)
                                .add("backgroundColor", "#1d4f91").add("yAxisID", "y").add("order", 1))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", axis("left", reportsLabel, headroom(BigDecimal.valueOf(mostReports)), true))
                                .add("y1", axis("right", lossLabel, headroom(mostLoss), false))))
                .build().toString();
    }

    private static JsonObjectBuilder axis(String position, String title, BigDecimal suggestedMax, boolean counts) {
        JsonObjectBuilder axis = Json.createObjectBuilder().add("beginAtZero", true).add("position", position)
                .add("suggestedMax", suggestedMax)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
        if (counts) {
            axis.add("ticks", Json.createObjectBuilder().add("precision", 0));
        } else {
            axis.add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)); // one grid, the bars'
        }
        return axis;
    }
}
