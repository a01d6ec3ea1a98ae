package cn.gov.wujin.yanghu.web.reports;

import cn.gov.wujin.yanghu.fraud.application.FraudTypeView;
import cn.gov.wujin.yanghu.fraud.application.FraudTypes;
import cn.gov.wujin.yanghu.organization.application.AccountService;
import cn.gov.wujin.yanghu.organization.application.CallerProfile;
import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import cn.gov.wujin.yanghu.search.Persons;
import cn.gov.wujin.yanghu.search.SearchSettings;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.statistics.application.Breakdown;
import cn.gov.wujin.yanghu.statistics.application.FraudFigures;
import cn.gov.wujin.yanghu.statistics.application.FrozenMoneyFigures;
import cn.gov.wujin.yanghu.statistics.application.FraudStatistics;
import cn.gov.wujin.yanghu.statistics.application.LiaisonFigures;
import cn.gov.wujin.yanghu.statistics.application.LiaisonStatistics;
import cn.gov.wujin.yanghu.statistics.application.PatrolFigures;
import cn.gov.wujin.yanghu.statistics.application.PatrolReport;
import cn.gov.wujin.yanghu.statistics.application.PatrolStatistics;
import cn.gov.wujin.yanghu.statistics.application.WarningFigures;
import cn.gov.wujin.yanghu.web.faces.NumberText;
import cn.gov.wujin.yanghu.web.i18n.Messages;
import cn.gov.wujin.yanghu.web.pdf.BarChart;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The statistics exports: the monthly bureau report (one sheet per domain) and the header
 * line that names the filters an export was made with. The figures come from the same
 * services as the dashboard and the API.
 */
@RequestScoped
public class StatisticsReports {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private FraudStatistics fraud;

    @Inject
    private PatrolStatistics patrol;

    @Inject
    private LiaisonStatistics liaison;

    @Inject
    private FraudTypes fraudTypes;

    @Inject
    private OrganizationService organization;

    @Inject
    private AccountService accounts;

    @Inject
    private Persons persons;

    @Inject
    private SearchSettings searchSettings;

    /** The tables in the given language, with the fraud types' names. */
    public StatisticsTables tables(Locale locale) {
        List<FraudTypeView> types = fraudTypes.all();
        boolean english = "en".equals(locale.getLanguage());
        return new StatisticsTables(locale, code -> types.stream().filter(t -> t.code().equals(code)).findFirst()
                .map(t -> english ? t.nameEn() : t.nameZh()).orElse(code));
    }

    /** The month a report is asked for (yyyy-MM), not after the current one. */
    public static YearMonth month(String value) {
        try {
            YearMonth month = YearMonth.parse(value == null ? "" : value.strip());
            if (month.isAfter(YearMonth.now(BureauTime.ZONE))) {
                throw new InvalidInputException("month", "stats.month.future");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "stats.month.invalid");
        }
    }

    /** The month a report opens on: the latest month with records (cases, tips, leads) in the last five years, else this month. */
    public YearMonth latestMonth(String station) {
        LocalDate today = LocalDate.now(BureauTime.ZONE);
        return fraud.lastDayWithRecords(today.minusYears(5), today, station).map(YearMonth::from).orElse(YearMonth.from(today));
    }

    /** Whether the month has any record the report counts (a case, a tip, a lead). */
    public boolean hasRecords(YearMonth month, String station) {
        return fraud.lastDayWithRecords(month.atDay(1), month.atEndOfMonth(), station).isPresent();
    }

    /**
     * The monthly bureau report: fraud, warnings, patrol and liaison, each on its own sheet, of one
     * station or the bureau; the PDF opens with the month's key figures and two charts (the last
     * twelve months, and the month's reports by type).
     */
    public ReportDocument monthly(YearMonth month, String station, Locale locale) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        StatisticsTables t = tables(locale);
        Map<FraudStatistics.GroupBy, List<FraudFigures>> figures = fraud.overview(from, to, station);
        List<FraudFigures> byType = figures.get(FraudStatistics.GroupBy.TYPE);
        List<FraudFigures> byStation = figures.get(FraudStatistics.GroupBy.STATION);
        List<FraudFigures> lastYear = fraud.overview(month.minusMonths(11).atDay(1), to, station).get(FraudStatistics.GroupBy.MONTH);
        Breakdown<WarningFigures> warnings = fraud.warnings(from, to, station, "station");
        Breakdown<FrozenMoneyFigures> frozenMoney = fraud.frozenMoney(from, to, station, "station");
        PatrolReport patrolByStation = patrol.patrol(from, to, station, "station");
        PatrolReport patrolByGroup = patrol.patrol(from, to, station, "group");
        Breakdown<LiaisonFigures> liaisonByStation = liaison.liaison(from, to, station);
        // the month's repeat and elderly victims per station (a bureau supervisor's report may be of one station)
        List<Persons.VictimFigures> victims = persons.figures(from, to).stream()
                .filter(v -> station == null || station.isBlank() || station.strip().equalsIgnoreCase(v.stationCode())).toList();
        List<ReportDocument.Sheet> sheets = List.of(
                new ReportDocument.Sheet(t.text("stats.sheet.fraud"), List.of(
                        t.fraud(t.text("stats.byType"), "type", byType),
                        t.fraud(t.text("stats.byStation"), "station", byStation),
                        t.frozenMoney(t.text("frozenAccount.stats.title"), "station", frozenMoney),
                        t.victims(t.text("person.figures.title"), victims, searchSettings.current().repeatMonths()))),
                new ReportDocument.Sheet(t.text("stats.sheet.warnings"), List.of(
                        t.warnings(t.text("stats.byStation"), "station", warnings))),
                new ReportDocument.Sheet(t.text("stats.sheet.patrol"), List.of(
                        t.patrol(t.text("stats.byStation"), "station", patrolByStation),
                        t.patrol(t.text("stats.byGroup"), "group", patrolByGroup),
                        t.tipCategories(patrolByStation),
                        t.topVolunteers(patrolByStation))),
                new ReportDocument.Sheet(t.text("stats.sheet.liaison"), List.of(
                        t.liaison(t.text("stats.byStation"), liaisonByStation))));
        MonthlyTrend trend = MonthlyTrend.of(month.minusMonths(11).atDay(1), to, lastYear);
        FraudFigures total = FraudFigures.sum(byStation);
        FraudFigures before = lastYear.stream().filter(f -> f.key().equals(month.minusMonths(1).toString())).findFirst()
                .orElse(FraudFigures.sum(List.of()));
        WarningFigures w = warnings.total();
        PatrolFigures p = patrolByStation.total();
        LiaisonFigures l = liaisonByStation.total();
        List<ReportDocument.KeyFigure> key = List.of(
                new ReportDocument.KeyFigure(t.text("stats.reports"), NumberText.count(total.reports()),
                        change(BigDecimal.valueOf(total.reports()), BigDecimal.valueOf(before.reports()))),
                new ReportDocument.KeyFigure(t.text("stats.loss"), NumberText.amount(total.loss()),
                        change(new BigDecimal(total.loss()), new BigDecimal(before.loss()))),
                new ReportDocument.KeyFigure(t.text("stats.clearanceRate"), StatisticsTables.percent(total.clearanceRate()), null),
                new ReportDocument.KeyFigure(t.text("stats.goldenHourRate"), StatisticsTables.percent(total.goldenHourRate()), null),
                new ReportDocument.KeyFigure(t.text("stats.returned"), NumberText.amount(total.returned()), null),
                new ReportDocument.KeyFigure(t.text("stats.leads"), NumberText.count(w.leads()), null),
                new ReportDocument.KeyFigure(t.text("stats.dissuasionRate"), StatisticsTables.percent(w.dissuasionRate()), null),
                new ReportDocument.KeyFigure(t.text("stats.shifts"), NumberText.count(p.shifts()), null),
                new ReportDocument.KeyFigure(t.text("stats.volunteerHours"), NumberText.number(p.volunteerHours()), null),
                new ReportDocument.KeyFigure(t.text("stats.tips"), NumberText.count(p.tips()), null),
                new ReportDocument.KeyFigure(t.text("stats.coverageRate"), StatisticsTables.percent(l.coverageRate()), null),
                new ReportDocument.KeyFigure(t.text("stats.overdue"), NumberText.count(l.overdue()), null));
        List<BarChart> charts = List.of(trend.pdfChart(t.text("stats.monthlyReport.trend"), locale),
                new BarChart(t.text("stats.byType"), byType.stream().map(f -> t.fraudTypeName(f.key())).toList(), t.text("stats.reports"),
                        byType.stream().map(f -> BigDecimal.valueOf(f.reports())).toList(), null, null, true));
        String notice = hasRecords(month, station) ? null : t.text("stats.monthlyReport.none");
        ReportDocument.Cover cover = new ReportDocument.Cover(t.text("stats.monthlyReport.keyFigures"), key, notice, charts);
        return new ReportDocument(t.text("stats.monthlyReport.title", month.toString()), filters(from, to, station, locale), sheets, cover);
    }

    /** "+12.5%" against the month before, null when there is nothing to compare with (the dashboard's rule). */
    static String change(BigDecimal now, BigDecimal before) {
        if (before.signum() == 0) {
            return null;
        }
        BigDecimal pct = now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
        return (pct.signum() > 0 ? "+" : "") + pct.toPlainString() + "%";
    }

    /** "2026-10-01 至 2026-10-31；湖塘派出所；生成于 …": what an export covers. */
    public String filters(LocalDate from, LocalDate to, String station, Locale locale) {
        String code = station;
        if (code == null || code.isBlank()) {
            CallerProfile me = accounts.me();
            code = me.seesAllStations() ? null : me.stationCode();
        }
        String unit = code == null || code.isBlank() ? Messages.get(locale, "stats.allStations") : stationName(code, locale);
        return Messages.get(locale, "stats.filters", from.toString(), to.toString(), unit, ZonedDateTime.now(BureauTime.ZONE).format(STAMP));
    }

    private String stationName(String code, Locale locale) {
        return organization.stations().stream().filter(s -> s.code().equalsIgnoreCase(code.strip())).findFirst()
                .map(s -> s.name(locale)).orElse(code);
    }

    /** The monthly report's file name: "yanghu-monthly-report-2026-10.xlsx". */
    public static String monthlyFileName(YearMonth month, String format) {
        return "yanghu-monthly-report-" + month + "." + format;
    }

    /** A file name for an export: "yanghu-{name}-{from}-{to}". */
    public static String fileName(String name, LocalDate from, LocalDate to, String extension) {
        return "yanghu-" + name + "-" + from + (from.equals(to) ? "" : "-" + to) + "." + extension;
    }
}
