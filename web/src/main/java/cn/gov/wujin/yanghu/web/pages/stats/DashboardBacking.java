package cn.gov.wujin.yanghu.web.pages.stats;

import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import cn.gov.wujin.yanghu.organization.application.StationView;
import cn.gov.wujin.yanghu.statistics.application.FraudFigures;
import cn.gov.wujin.yanghu.statistics.application.FraudStatistics;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.faces.Formats;
import cn.gov.wujin.yanghu.web.pages.CurrentUserBacking;
import cn.gov.wujin.yanghu.web.pages.LocaleBacking;
import cn.gov.wujin.yanghu.web.pages.fraud.FraudTypeNames;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/**
 * stats/dashboard.xhtml: the supervisor's fraud figures for a period (default: this year so
 * far) against the period of the same length before it, by month and by type; station heads
 * see their station, bureau supervisors all stations or one. Numbers link to the case list.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FraudStatistics statistics;

    @Inject
    private OrganizationService organization;

    @Inject
    private FraudTypeNames typeNames;

    @Inject
    private LocaleBacking locale;

    @Inject
    private CurrentUserBacking currentUser;

    private LocalDate from;
    private LocalDate to;
    private String station;
    private FraudFigures total;
    private FraudFigures previous;
    private List<FraudFigures> byMonth = List.of();
    private List<FraudFigures> byType = List.of();
    private List<FraudFigures> byStation = List.of();

    @PostConstruct
    void init() {
        to = LocalDate.now(Formats.BUREAU_ZONE);
        from = to.withDayOfYear(1);
        show();
    }

    public void show() {
        try {
            byMonth = statistics.fraud(from, to, station, "month");
            byType = statistics.fraud(from, to, station, "type");
            byStation = statistics.fraud(from, to, station, "station");
            total = sum(byStation);
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            previous = sum(statistics.fraud(from.minusDays(days), from.minusDays(1), station, "station"));
        } catch (RuntimeException e) {
            FacesErrors.show(e, "dashboard");
        }
    }

    /** The totals of rows keyed by station: the whole selection. */
    private static FraudFigures sum(List<FraudFigures> rows) {
        long reports = 0;
        long filed = 0;
        long solved = 0;
        long withLoss = 0;
        long golden = 0;
        BigDecimal loss = BigDecimal.ZERO;
        BigDecimal stopped = BigDecimal.ZERO;
        BigDecimal frozen = BigDecimal.ZERO;
        BigDecimal returned = BigDecimal.ZERO;
        for (FraudFigures r : rows) {
            reports += r.reports();
            filed += r.filed();
            solved += r.solved();
            withLoss += r.withLoss();
            golden += r.goldenHour();
            loss = loss.add(new BigDecimal(r.loss()));
            stopped = stopped.add(new BigDecimal(r.stopped()));
            frozen = frozen.add(new BigDecimal(r.frozen()));
            returned = returned.add(new BigDecimal(r.returned()));
        }
        return new FraudFigures("", reports, filed, solved, FraudFigures.rate(solved, filed), loss.toPlainString(), stopped.toPlainString(),
                frozen.toPlainString(), returned.toPlainString(), withLoss, golden, FraudFigures.rate(golden, withLoss));
    }


    /** "+12.5%" against the previous period, or "—" when there is nothing to compare with. */
    public String change(String figure) {
        if (total == null || previous == null) {
            return "—";
        }
        Function<FraudFigures, BigDecimal> value = switch (figure) {
            case "reports" -> f -> BigDecimal.valueOf(f.reports());
            case "filed" -> f -> BigDecimal.valueOf(f.filed());
            case "solved" -> f -> BigDecimal.valueOf(f.solved());
            case "loss" -> f -> new BigDecimal(f.loss());
            case "stopped" -> f -> new BigDecimal(f.stopped());
            case "returned" -> f -> new BigDecimal(f.returned());
            default -> throw new IllegalArgumentException(figure);
        };
        BigDecimal before = value.apply(previous);
        if (before.signum() == 0) {
            return "—";
        }
        BigDecimal pct = value.apply(total).subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
        return (pct.signum() > 0 ? "+" : "") + pct.toPlainString() + "%";
    }

    /** A rate as a percentage with one decimal ("—" when undefined). */
    public String percent(String rate) {
        return rate == null ? "—" : new BigDecimal(rate).multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) + "%";
    }

    /** Chart.js configuration: reports per month (bars) and the loss in 10,000 yuan (line). */
    public String getMonthChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder reports = Json.createArrayBuilder();
        JsonArrayBuilder loss = Json.createArrayBuilder();
        for (FraudFigures m : byMonth) {
            labels.add(m.key());
            reports.add(m.reports());
            loss.add(new BigDecimal(m.loss()).divide(BigDecimal.valueOf(10_000), 1, RoundingMode.HALF_UP));
        }
        boolean en = locale.isEnglish();
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", en ? "Reports" : "报案数").add("data", reports)
                                .add("backgroundColor", "#1d4f91").add("yAxisID", "y"))
                        .add(Json.createObjectBuilder().add("type", "line").add("label", en ? "Loss (10,000 yuan)" : "损失（万元）")
                                .add("data", loss).add("borderColor", "#c0392b").add("yAxisID", "y1"))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("position", "left"))
                                .add("y1", Json.createObjectBuilder().add("beginAtZero", true).add("position", "right"))))
                .build().toString();
    }

    /** Chart.js configuration: reports by fraud type (horizontal bars). */
    public String getTypeChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder reports = Json.createArrayBuilder();
        for (FraudFigures t : byType) {
            labels.add(typeNames.name(t.key()));
            reports.add(t.reports());
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", locale.isEnglish() ? "Reports" : "报案数").add("data", reports)
                                .add("backgroundColor", "#2e7d6b"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("responsive", true).add("animation", false))
                .build().toString();
    }

    /** Bureau supervisors choose a station (or all); station heads have theirs. */
    public boolean isBureau() {
        return currentUser.getProfile().stationId() == null;
    }

    public List<StationView> getStations() {
        return organization.stations().stream().filter(StationView::active).toList();
    }

    public FraudFigures getTotal() {
        return total;
    }

    public FraudFigures getPrevious() {
        return previous;
    }

    public List<FraudFigures> getByMonth() {
        return byMonth;
    }

    public List<FraudFigures> getByType() {
        return byType;
    }

    public List<FraudFigures> getByStation() {
        return byStation;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getStation() {
        return station;
    }

    public void setStation(String station) {
        this.station = station;
    }
}
