package cn.gov.wujin.yanghu.web.pages.stats;

import cn.gov.wujin.yanghu.liaison.application.LiaisonSettingsService;
import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import cn.gov.wujin.yanghu.organization.application.StationView;
import cn.gov.wujin.yanghu.search.Persons;
import cn.gov.wujin.yanghu.statistics.application.Breakdown;
import cn.gov.wujin.yanghu.statistics.application.ConcurrentFigures;
import cn.gov.wujin.yanghu.statistics.application.FraudFigures;
import cn.gov.wujin.yanghu.statistics.application.FraudStatistics;
import cn.gov.wujin.yanghu.statistics.application.FrozenMoneyFigures;
import cn.gov.wujin.yanghu.statistics.application.LiaisonFigures;
import cn.gov.wujin.yanghu.statistics.application.PatrolReport;
import cn.gov.wujin.yanghu.statistics.application.TipCategoryFigures;
import cn.gov.wujin.yanghu.statistics.application.WarningFigures;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.faces.Formats;
import cn.gov.wujin.yanghu.web.faces.NumberText;
import cn.gov.wujin.yanghu.web.i18n.Messages;
import cn.gov.wujin.yanghu.web.pages.CurrentUserBacking;
import cn.gov.wujin.yanghu.web.pages.LocaleBacking;
import cn.gov.wujin.yanghu.web.pages.fraud.FraudTypeNames;
import cn.gov.wujin.yanghu.web.reports.ReportDocument;
import cn.gov.wujin.yanghu.web.reports.ReportFiles;
import cn.gov.wujin.yanghu.web.reports.MonthlyTrend;
import cn.gov.wujin.yanghu.web.reports.ReportTable;
import cn.gov.wujin.yanghu.web.reports.StatisticsReports;
import cn.gov.wujin.yanghu.web.reports.StatisticsTables;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * stats/dashboard.xhtml: the supervisor's fraud figures for a period (default: this year so
 * far) against the period of the same length before it, by month and by type; station heads
 * see their station, bureau supervisors all stations or one. Below, the warning, patrol and
 * liaison figures; numbers link to the records behind them, every table exports to Excel and
 * PDF, and the monthly bureau report is one click.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FraudStatistics statistics;

    @Inject
    private ConcurrentFigures concurrent;

    @Inject
    private LiaisonSettingsService liaisonSettings;

    @Inject
    private StatisticsReports reports;

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
    private Breakdown<WarningFigures> warnings;
    private Breakdown<FrozenMoneyFigures> frozenMoney;
    private PatrolReport patrol;
    private Breakdown<LiaisonFigures> liaison;

    @Inject
    private Persons persons;

    /** Victims, repeat victims and victims aged 60+ per station and month (one record of a person). */
    private List<Persons.VictimFigures> victims = List.of();
    private String reportMonth;
    private boolean reportMonthEmpty;

    @PostConstruct
    void init() {
        to = LocalDate.now(Formats.BUREAU_ZONE);
        from = to.minusMonths(11).withDayOfMonth(1); // the last twelve months, this one included: a full trend in any month
        show();
        reportMonth = reports.latestMonth(station).toString();
        checkReportMonth();
    }

    /** Whether the chosen report month has no records: the page says so before the empty report is made. */
    public void checkReportMonth() {
        try {
            reportMonthEmpty = !reports.hasRecords(StatisticsReports.month(reportMonth), station);
        } catch (RuntimeException e) {
            reportMonthEmpty = false; // not a month: the download says why
        }
    }

    public boolean isReportMonthEmpty() {
        return reportMonthEmpty;
    }

    public void show() {
        try {
            long days = from == null || to == null ? 1 : ChronoUnit.DAYS.between(from, to) + 1;
            Future<PatrolReport> patrolFigures = concurrent.patrol(from, to, station, getPatrolGrouping());
            Future<Breakdown<LiaisonFigures>> liaisonFigures = concurrent.liaison(from, to, station);
            Future<Breakdown<WarningFigures>> warningFigures = concurrent.warnings(from, to, station, getWarningGrouping());
            Future<List<FraudFigures>> before = from == null ? null
                    : concurrent.fraud(from.minusDays(days), from.minusDays(1), station, "station");
            Map<FraudStatistics.GroupBy, List<FraudFigures>> fraud = statistics.overview(from, to, station);
            byMonth = fraud.get(FraudStatistics.GroupBy.MONTH);
            byType = fraud.get(FraudStatistics.GroupBy.TYPE);
            byStation = fraud.get(FraudStatistics.GroupBy.STATION);
            total = FraudFigures.sum(byStation);
            previous = before == null ? null : FraudFigures.sum(ConcurrentFigures.await(before));
            warnings = ConcurrentFigures.await(warningFigures);
            frozenMoney = statistics.frozenMoney(from, to, station, getWarningGrouping());
            patrol = ConcurrentFigures.await(patrolFigures);
            liaison = ConcurrentFigures.await(liaisonFigures);
            victims = victimFigures();
            if (reportMonth != null) {
                checkReportMonth(); // another station may have records in the month
            }
        } catch (RuntimeException e) {
            FacesErrors.show(e, "dashboard");
        }
    }

    /** The period's victims per station and month, of the chosen station; none for a period longer than the figures allow. */
    private List<Persons.VictimFigures> victimFigures() {
        if (from == null || to == null || to.isBefore(from) || to.isAfter(from.plusYears(2))) {
            return List.of();
        }
        return persons.figures(from, to).stream().filter(v -> station == null || station.isBlank() || station.equals(v.stationCode()))
                .toList();
    }

    public List<Persons.VictimFigures> getVictims() {
        return victims;
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
        return StatisticsTables.percent(rate);
    }

    /** Chart.js configuration: reports per month (bars) and the loss in 万元 (a line above them), every month of the period. */
    public String getMonthChart() {
        return getTrend().chart(locale.getLocale());
    }

    /** The months of the period with their figures, zeros included: the chart's data and its text alternative. */
    public MonthlyTrend getTrend() {
        return MonthlyTrend.of(from, to, byMonth);
    }

    /** The type chart in words, for those who cannot see it: "刷单返利 12；…". */
    public String getTypeChartText() {
        return byType.stream().map(t -> typeNames.name(t.key()) + " " + NumberText.count(t.reports()))
                .collect(Collectors.joining(locale.isEnglish() ? "; " : "；"));
    }

    /** The tip chart in words: "治安隐患 3；…". */
    public String getTipChartText() {
        return patrol == null ? "" : patrol.tipsByCategory().stream()
                .map(c -> Messages.get(locale.getLocale(), "tipCategory." + c.category()) + " " + NumberText.count(c.tips()))
                .collect(Collectors.joining(locale.isEnglish() ? "; " : "；"));
    }

    /** Chart.js configuration: reports by fraud type (horizontal bars). */
    public String getTypeChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder reports = Json.createArrayBuilder();
        long most = 0;
        for (FraudFigures t : byType) {
            labels.add(label(typeNames.name(t.key())));
            reports.add(t.reports());
            most = Math.max(most, t.reports());
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Messages.get(locale.getLocale(), "stats.reports")).add("data", reports)
                                .add("backgroundColor", "#2e7d6b"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("responsive", true).add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("suggestedMax", MonthlyTrend.headroom(BigDecimal.valueOf(most)))
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    /** A long name on two lines (Chart.js takes an array as the lines of a label), so that the axis does not cut it off. */
    static JsonValue label(String name) {
        int middle = name.length() / 2;
        int space = name.lastIndexOf(' ', middle + 6);
        if (name.length() <= 24 || space <= 0) {
            return Json.createValue(name);
        }
        return Json.createArrayBuilder().add(name.substring(0, space)).add(name.substring(space + 1)).build();
    }

    /** The whole bureau compares stations; one station is shown by month (warnings) and by group (patrol). */
    public String getWarningGrouping() {
        return comparesStations() ? "station" : "month";
    }

    public String getPatrolGrouping() {
        return comparesStations() ? "station" : "group";
    }

    private boolean comparesStations() {
        return isBureau() && (station == null || station.isBlank());
    }

    /** Chart.js configuration: tips by category (doughnut). */
    public String getTipChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder tips = Json.createArrayBuilder();
        if (patrol != null) {
            for (TipCategoryFigures c : patrol.tipsByCategory()) {
                labels.add(Messages.get(locale.getLocale(), "tipCategory." + c.category()));
                tips.add(c.tips());
            }
        }
        return Json.createObjectBuilder().add("type", "doughnut")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Messages.get(locale.getLocale(), "stats.tips")).add("data", tips)
                                .add("backgroundColor", Json.createArrayBuilder().add("#1d4f91").add("#2e7d6b").add("#c0392b")
                                        .add("#e0a100").add("#6c5ce7").add("#7f8c8d")))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false))
                .build().toString();
    }

    /** One of the page's tables as xlsx or pdf, with the period and station in its header. */
    public StreamedContent export(String table, String format) {
        show(); // a full submit may carry changed filters: the file shows what its header says
        StatisticsTables t = reports.tables(locale.getLocale());
        ReportTable content = switch (table) {
            case "fraudByType" -> t.fraud(t.text("stats.byType"), "type", byType);
            case "fraudByStation" -> t.fraud(t.text("stats.byStation"), "station", byStation);
            case "warnings" -> t.warnings(t.text("stats.sheet.warnings"), getWarningGrouping(), warnings);
            case "frozenMoney" -> t.frozenMoney(t.text("frozenAccount.stats.title"), getWarningGrouping(), frozenMoney);
            case "patrol" -> t.patrol(t.text("stats.sheet.patrol"), getPatrolGrouping(), patrol);
            case "tipCategories" -> t.tipCategories(patrol);
            case "topVolunteers" -> t.topVolunteers(patrol);
            case "liaison" -> t.liaison(t.text("stats.sheet.liaison"), liaison);
            default -> throw new IllegalArgumentException(table);
        };
        ReportDocument document = ReportDocument.single(content.title(), reports.filters(from, to, station, locale.getLocale()), content);
        return file(document, StatisticsReports.fileName(table, from, to, format), format);
    }

    /** The monthly bureau report of the chosen month (yyyy-MM), as xlsx (a sheet per domain) or pdf. */
    public StreamedContent monthlyReport(String format) {
        try {
            YearMonth month = StatisticsReports.month(reportMonth);
            return file(reports.monthly(month, station, locale.getLocale()), StatisticsReports.monthlyFileName(month, format), format);
        } catch (RuntimeException e) {
            FacesErrors.show(e, "dashboard");
            return null;
        }
    }

    private static StreamedContent file(ReportDocument document, String name, String format) {
        byte[] bytes = ReportFiles.write(document, format);
        return DefaultStreamedContent.builder().name(name).contentType(ReportFiles.contentType(format))
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public int getNoVisitDays() {
        return liaisonSettings.noVisitDays();
    }

    public Breakdown<WarningFigures> getWarnings() {
        return warnings;
    }

    /** The frozen money by station (the whole bureau) or by month (one station), as the warnings. */
    public Breakdown<FrozenMoneyFigures> getFrozenMoney() {
        return frozenMoney;
    }

    public PatrolReport getPatrol() {
        return patrol;
    }

    public Breakdown<LiaisonFigures> getLiaison() {
        return liaison;
    }

    public String getReportMonth() {
        return reportMonth;
    }

    public void setReportMonth(String reportMonth) {
        this.reportMonth = reportMonth;
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
