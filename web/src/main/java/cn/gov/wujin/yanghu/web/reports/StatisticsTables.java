package cn.gov.wujin.yanghu.web.reports;

import cn.gov.wujin.yanghu.patrol.application.PointsService.Standing;
import cn.gov.wujin.yanghu.search.Persons;
import cn.gov.wujin.yanghu.statistics.application.Breakdown;
import cn.gov.wujin.yanghu.statistics.application.FraudFigures;
import cn.gov.wujin.yanghu.statistics.application.FrozenMoneyFigures;
import cn.gov.wujin.yanghu.statistics.application.LiaisonFigures;
import cn.gov.wujin.yanghu.statistics.application.PatrolFigures;
import cn.gov.wujin.yanghu.statistics.application.PatrolReport;
import cn.gov.wujin.yanghu.statistics.application.TipCategoryFigures;
import cn.gov.wujin.yanghu.statistics.application.WarningFigures;
import cn.gov.wujin.yanghu.web.i18n.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The statistics tables as the dashboard shows them and the exports write them, in one
 * language: the same columns for a table's Excel and PDF, and for the monthly report.
 */
public final class StatisticsTables {

    private final Locale locale;
    private final Function<String, String> fraudTypeName;

    public StatisticsTables(Locale locale, Function<String, String> fraudTypeName) {
        this.locale = locale;
        this.fraudTypeName = fraudTypeName;
    }

    /** Fraud figures by {@code grouping} ("type", "station" or "month"), with the total. */
    public ReportTable fraud(String title, String grouping, List<FraudFigures> rows) {
        List<List<Object>> cells = new ArrayList<>();
        Function<String, String> label = "type".equals(grouping) ? fraudTypeName : Function.identity();
        for (FraudFigures f : rows) {
            cells.add(fraudRow(label.apply(f.key()), f));
        }
        cells.add(fraudRow(text("stats.total"), FraudFigures.sum(rows)));
        return new ReportTable(title, headers(keyHeader(grouping), "stats.reports", "stats.filed", "stats.solved", "stats.clearanceRate",
                "stats.loss", "stats.stopped", "stats.frozen", "stats.returned", "stats.goldenHourRate"), cells, true);
    }

    private List<Object> fraudRow(String key, FraudFigures f) {
        return Arrays.asList(key, f.reports(), f.filed(), f.solved(), percent(f.clearanceRate()), new BigDecimal(f.loss()),
                new BigDecimal(f.stopped()), new BigDecimal(f.frozen()), new BigDecimal(f.returned()), percent(f.goldenHourRate()));
    }

    /**
     * The repeat victims and the victims aged 60 or over, per station (the month's reports), with the total and a
     * footnote defining both (the elderly-fraud campaign, 养老诈骗).
     */
    public ReportTable victims(String title, List<Persons.VictimFigures> rows, int repeatMonths) {
        List<List<Object>> cells = new ArrayList<>();
        long victims = 0;
        long repeat = 0;
        long elderly = 0;
        for (Persons.VictimFigures v : rows) {
            cells.add(Arrays.asList(v.stationCode(), v.victims(), v.repeatVictims(), v.elderlyVictims()));
            victims += v.victims();
            repeat += v.repeatVictims();
            elderly += v.elderlyVictims();
        }
        cells.add(Arrays.asList(text("stats.total"), victims, repeat, elderly));
        return new ReportTable(title, headers(keyHeader("station"), "person.figures.victims", "person.figures.repeat", "person.figures.elderly"),
                cells, true, text("person.report.note", repeatMonths));
    }

    /** The frozen money by {@code grouping} ("station" or "month"), with the total: frozen, lapsed, returned, awaiting notice. */
    public ReportTable frozenMoney(String title, String grouping, Breakdown<FrozenMoneyFigures> figures) {
        List<List<Object>> cells = new ArrayList<>();
        for (FrozenMoneyFigures f : withTotal(figures)) {
            cells.add(Arrays.asList(keyLabel(f.key()), new BigDecimal(f.frozen()), new BigDecimal(f.lapsed()), new BigDecimal(f.returned()),
                    new BigDecimal(f.awaitingNotice())));
        }
        return new ReportTable(title, headers(keyHeader(grouping), "frozenAccount.stats.frozen", "frozenAccount.stats.lapsed",
                "frozenAccount.stats.returned", "frozenAccount.stats.awaitingNotice"), cells, true);
    }

    public ReportTable warnings(String title, String grouping, Breakdown<WarningFigures> figures) {
        List<List<Object>> cells = new ArrayList<>();
        for (WarningFigures w : withTotal(figures)) {
            cells.add(Arrays.asList(keyLabel(w.key()), w.leads(), w.handledInTime(), percent(w.inTimeRate()), w.dissuaded(),
                    w.alreadyDefrauded(), w.unreachable(), w.open(), percent(w.dissuasionRate()), w.defraudedAfterWarning(),
                    percent(w.defraudedAfterWarningRate())));
        }
        return new ReportTable(title, headers(keyHeader(grouping), "stats.leads", "stats.handledInTime", "stats.inTimeRate",
                "stats.dissuaded", "stats.alreadyDefrauded", "stats.unreachable", "stats.openLeads", "stats.dissuasionRate",
                "stats.defraudedAfterWarning", "stats.defraudedAfterWarningRate"), cells, true);
    }

    public ReportTable patrol(String title, String grouping, PatrolReport report) {
        List<List<Object>> cells = new ArrayList<>();
        List<PatrolFigures> rows = new ArrayList<>(report.rows());
        rows.add(report.total());
        for (PatrolFigures p : rows) {
            cells.add(Arrays.asList(keyLabel(p.key()), p.shifts(), new BigDecimal(p.volunteerHours()), p.activeVolunteers(), p.tips(),
                    p.tipsActed(), percent(p.actionRate())));
        }
        return new ReportTable(title, headers(keyHeader(grouping), "stats.shifts", "stats.volunteerHours", "stats.activeVolunteers",
                "stats.tips", "stats.tipsActed", "stats.actionRate"), cells, true);
    }

    public ReportTable tipCategories(PatrolReport report) {
        List<List<Object>> cells = new ArrayList<>();
        for (TipCategoryFigures c : report.tipsByCategory()) {
            cells.add(Arrays.asList(text("tipCategory." + c.category()), c.tips(), c.tipsActed(), percent(c.actionRate())));
        }
        return new ReportTable(text("stats.tipsByCategory"), headers("stats.tipCategory", "stats.tips", "stats.tipsActed",
                "stats.actionRate"), cells, false);
    }

    public ReportTable topVolunteers(PatrolReport report) {
        List<List<Object>> cells = new ArrayList<>();
        for (Standing s : report.topVolunteers()) {
            cells.add(Arrays.asList((long) s.rank(), s.name(), s.groups(), s.points(), s.hours()));
        }
        return new ReportTable(text("stats.topVolunteers"), headers("stats.rank", "stats.name", "stats.groups", "stats.points",
                "stats.hours"), cells, false);
    }

    public ReportTable liaison(String title, Breakdown<LiaisonFigures> figures) {
        List<List<Object>> cells = new ArrayList<>();
        for (LiaisonFigures l : withTotal(figures)) {
            cells.add(Arrays.asList(keyLabel(l.key()), l.projects(), l.covered(), percent(l.coverageRate()), l.noRecentVisit(), l.visits(),
                    l.visitsPerProjectMonth() == null ? null : new BigDecimal(l.visitsPerProjectMonth()), l.requests(), l.open(),
                    l.overdue(), l.resolved(), l.resolvedInTime(), l.rated(),
                    l.averageSatisfaction() == null ? null : new BigDecimal(l.averageSatisfaction())));
        }
        return new ReportTable(title, headers("stats.station", "stats.projects", "stats.covered", "stats.coverageRate",
                "stats.noRecentVisit", "stats.visits", "stats.visitsPerProjectMonth", "stats.requests", "stats.openRequests",
                "stats.overdue", "stats.resolved", "stats.resolvedInTime", "stats.rated", "stats.averageSatisfaction"), cells, true);
    }

    /** A rate (a share with four places) as a percentage with one decimal, "—" when undefined. */
    public static String percent(String rate) {
        return rate == null ? "—" : new BigDecimal(rate).multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) + "%";
    }

    /** A fraud type's name in this language. */
    public String fraudTypeName(String code) {
        return fraudTypeName.apply(code);
    }

    public String text(String key, Object... arguments) {
        return Messages.get(locale, key, arguments);
    }

    private static <T> List<T> withTotal(Breakdown<T> figures) {
        List<T> rows = new ArrayList<>(figures.rows());
        rows.add(figures.total());
        return rows;
    }

    private String keyLabel(String key) {
        return Breakdown.TOTAL.equals(key) ? text("stats.total") : key;
    }

    private String keyHeader(String grouping) {
        return switch (grouping) {
            case "type" -> "case.type";
            case "month" -> "stats.month";
            case "group" -> "stats.group";
            default -> "stats.station";
        };
    }

    private List<String> headers(String... keys) {
        return Arrays.stream(keys).map(this::text).toList();
    }
}
