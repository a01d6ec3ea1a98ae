package cn.gov.wujin.yanghu.web.reports;

import cn.gov.wujin.yanghu.fraud.application.FraudTypeView;
import cn.gov.wujin.yanghu.fraud.application.FraudTypes;
import cn.gov.wujin.yanghu.organization.application.AccountService;
import cn.gov.wujin.yanghu.organization.application.CallerProfile;
import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.statistics.application.FraudFigures;
import cn.gov.wujin.yanghu.statistics.application.FraudStatistics;
import cn.gov.wujin.yanghu.statistics.application.LiaisonStatistics;
import cn.gov.wujin.yanghu.statistics.application.PatrolReport;
import cn.gov.wujin.yanghu.statistics.application.PatrolStatistics;
import cn.gov.wujin.yanghu.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

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

    /** The monthly bureau report: fraud, warnings, patrol and liaison, each on its own sheet, of one station or the bureau. */
    public ReportDocument monthly(YearMonth month, String station, Locale locale) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        StatisticsTables t = tables(locale);
        Map<FraudStatistics.GroupBy, List<FraudFigures>> figures = fraud.overview(from, to, station);
        List<FraudFigures> byType = figures.get(FraudStatistics.GroupBy.TYPE);
        List<FraudFigures> byStation = figures.get(FraudStatistics.GroupBy.STATION);
        PatrolReport patrolByStation = patrol.patrol(from, to, station, "station");
        PatrolReport patrolByGroup = patrol.patrol(from, to, station, "group");
        List<ReportDocument.Sheet> sheets = List.of(
                new ReportDocument.Sheet(t.text("stats.sheet.fraud"), List.of(
                        t.fraud(t.text("stats.byType"), "type", byType),
                        t.fraud(t.text("stats.byStation"), "station", byStation))),
                new ReportDocument.Sheet(t.text("stats.sheet.warnings"), List.of(
                        t.warnings(t.text("stats.byStation"), "station", fraud.warnings(from, to, station, "station")))),
                new ReportDocument.Sheet(t.text("stats.sheet.patrol"), List.of(
                        t.patrol(t.text("stats.byStation"), "station", patrolByStation),
                        t.patrol(t.text("stats.byGroup"), "group", patrolByGroup),
                        t.tipCategories(patrolByStation),
                        t.topVolunteers(patrolByStation))),
                new ReportDocument.Sheet(t.text("stats.sheet.liaison"), List.of(
                        t.liaison(t.text("stats.byStation"), liaison.liaison(from, to, station)))));
        return new ReportDocument(t.text("stats.monthlyReport.title", month.toString()), filters(from, to, station, locale), sheets);
    }

    /** "2026-10-01 至 2026-10-31；湖塘派出所；生成于 …": what an export covers. */
    public String filters(LocalDate from, LocalDate to, String station, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String code = station;
        if (code == null || code.isBlank()) {
            CallerProfile me = accounts.me();
            code = me.seesAllStations() ? null : me.stationCode();
        }
        String unit = code == null || code.isBlank() ? Messages.get(locale, "stats.allStations") : stationName(code, english);
        return Messages.get(locale, "stats.filters", from.toString(), to.toString(), unit, ZonedDateTime.now(BureauTime.ZONE).format(STAMP));
    }

    private String stationName(String code, boolean english) {
        return organization.stations().stream().filter(s -> s.code().equalsIgnoreCase(code.strip())).findFirst()
                .map(s -> english ? s.nameEn() : s.nameZh()).orElse(code);
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
