package cn.gov.wujin.yanghu.statistics.application;

import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fraud figures of {@link FraudFigures} for the dashboard, the exports and the API. What
 * each case counts for is defined once, in the database (migration V11,
 * {@code fraud_case_figures_refresh}), kept by triggers in the writing transaction and summed
 * per day; this service sums the days. Station heads see their station; bureau supervisors all
 * stations, or one.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class FraudStatistics {

    /** What the rows are grouped by. */
    public enum GroupBy {
        TYPE("d.fraud_type"),
        STATION("s.code"),
        MONTH("to_char(d.month, 'YYYY-MM')");

        private final String key;

        GroupBy(String key) {
            this.key = key;
        }

        /** The grouping named by {@code value} if it is one of {@code allowed}; else a problem naming them. */
        static GroupBy parse(String value, List<GroupBy> allowed, InvalidInputsException.Collector problems) {
            String name = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
            for (GroupBy group : allowed) {
                if (group.name().equals(name)) {
                    return group;
                }
            }
            problems.add("groupBy", "stats.groupBy", String.join(", ", allowed.stream().map(g -> g.name().toLowerCase(Locale.ROOT)).toList()));
            return null;
        }
    }

    /**
     * The sums over {@code fraud_daily}, which triggers keep from {@code fraud_case_figures}
     * (one row per case, see migration V11): a year of the bureau is some fifty thousand rows.
     * The first column names the grouping of the row, the second its key. The days are summed per
     * month, station and type first (a year: 50k days, 2k months), then grouped: the money columns
     * are numeric, and summing them per grouping set over those fewer rows takes a third less time.
     */
    private static final String FIGURES = "SELECT %s, %s, sum(d.reports), sum(d.filed), sum(d.solved), sum(d.loss), sum(d.stopped), "
            + "sum(d.frozen), sum(d.returned), sum(d.with_loss), sum(d.golden) "
            + "FROM (SELECT d.day - (extract(day FROM d.day)::int - 1) AS month, d.station_id, d.fraud_type, sum(d.reports) AS reports, "
            + "sum(d.filed) AS filed, sum(d.solved) AS solved, sum(d.loss) AS loss, sum(d.stopped) AS stopped, sum(d.frozen) AS frozen, "
            + "sum(d.returned) AS returned, sum(d.with_loss) AS with_loss, sum(d.golden) AS golden "
            + "FROM fraud_daily d WHERE d.day >= ?1 AND d.day <= ?2%s GROUP BY 1, 2, 3) d JOIN station s ON s.id = d.station_id "
            + "GROUP BY %s HAVING sum(d.reports) > 0 ORDER BY 1, 2";

    @Inject
    private StatisticsReads reads;

    @Inject
    private StationScope scope;

    /** The figures for cases reported in the Beijing days [from, to], of one station or (bureau) all, grouped. */
    public List<FraudFigures> fraud(LocalDate from, LocalDate to, String stationCode, String groupBy) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        GroupBy group = GroupBy.parse(groupBy, List.of(GroupBy.values()), problems);
        Selection selection = Selection.of(from, to, stationCode, scope, problems);
        problems.throwIfAny();
        return figures(selection, "'" + group.name() + "'", group.key, group.key).getOrDefault(group, List.of());
    }

    /**
     * The figures by month, by type and by station at once, as the dashboard and the monthly
     * report show them: one pass over the days ({@code GROUPING SETS}) instead of three.
     */
    public Map<GroupBy, List<FraudFigures>> overview(LocalDate from, LocalDate to, String stationCode) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        Selection selection = Selection.of(from, to, stationCode, scope, problems);
        problems.throwIfAny();
        String grouping = "CASE WHEN grouping(" + GroupBy.MONTH.key + ") = 0 THEN 'MONTH' WHEN grouping(" + GroupBy.TYPE.key
                + ") = 0 THEN 'TYPE' ELSE 'STATION' END";
        String key = "coalesce(" + GroupBy.MONTH.key + ", " + GroupBy.TYPE.key + ", " + GroupBy.STATION.key + ")";
        String sets = "GROUPING SETS ((" + GroupBy.MONTH.key + "), (" + GroupBy.TYPE.key + "), (" + GroupBy.STATION.key + "))";
        return figures(selection, grouping, key, sets);
    }

    private Map<GroupBy, List<FraudFigures>> figures(Selection selection, String grouping, String key, String groupBy) {
        ReadQuery query = reads.createNativeQuery(String.format(FIGURES, grouping, key, selection.stationClause("d.station_id"), groupBy))
                .setParameter(1, selection.firstDay()).setParameter(2, selection.lastDay());
        selection.bindStation(query);
        Map<GroupBy, List<FraudFigures>> rows = new EnumMap<>(GroupBy.class);
        for (GroupBy group : GroupBy.values()) {
            rows.put(group, new ArrayList<>());
        }
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            long filed = Rates.count(r[3]);
            long solved = Rates.count(r[4]);
            long withLoss = Rates.count(r[9]);
            long golden = Rates.count(r[10]);
            rows.get(GroupBy.valueOf((String) r[0])).add(new FraudFigures(String.valueOf(r[1]), Rates.count(r[2]), filed, solved,
                    Rates.share(solved, filed), money(r[5]), money(r[6]), money(r[7]), money(r[8]), withLoss, golden,
                    Rates.share(golden, withLoss)));
        }
        return rows;
    }

    /**
     * The early-warning figures ({@link WarningFigures}) of the leads received in [from, to],
     * by station or month, and for the whole selection.
     */
    public Breakdown<WarningFigures> warnings(LocalDate from, LocalDate to, String stationCode, String groupBy) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        GroupBy group = GroupBy.parse(groupBy, List.of(GroupBy.STATION, GroupBy.MONTH), problems);
        Selection selection = Selection.of(from, to, stationCode, scope, problems);
        problems.throwIfAny();
        String key = group == GroupBy.STATION ? "s.code" : "to_char(l.received_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')";
        ReadQuery query = reads.createNativeQuery("SELECT " + Breakdown.key("k") + ", count(*), "
                        + "count(*) FILTER (WHERE outcome_at <= deadline), count(*) FILTER (WHERE status = 'DISSUADED'), "
                        + "count(*) FILTER (WHERE status = 'ALREADY_DEFRAUDED'), count(*) FILTER (WHERE status = 'UNREACHABLE'), "
                        + "count(*) FILTER (WHERE status = 'OPEN'), count(*) FILTER (WHERE status = 'DISSUADED' AND fraud_case_id IS NOT NULL) "
                        + "FROM (SELECT " + key + " AS k, l.* FROM warning_lead l JOIN station s ON s.id = l.station_id "
                        + "WHERE l.received_at >= ?1 AND l.received_at < ?2" + selection.stationClause("l.station_id") + ") w "
                        + "GROUP BY ROLLUP (k) ORDER BY grouping(k), k")
                .setParameter(1, selection.start()).setParameter(2, selection.end());
        selection.bindStation(query);
        return Breakdown.of(query.getResultList(), WarningFigures::of, WarningFigures.none());
    }

    /**
     * The frozen money ({@link FrozenMoneyFigures}) of [from, to] by station or month, and for the
     * whole selection: each figure counts its own events (a freeze, a lapse, a return, a plan's
     * approval) in the period, for the station of the case.
     */
    public Breakdown<FrozenMoneyFigures> frozenMoney(LocalDate from, LocalDate to, String stationCode, String groupBy) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        GroupBy group = GroupBy.parse(groupBy, List.of(GroupBy.STATION, GroupBy.MONTH), problems);
        Selection selection = Selection.of(from, to, stationCode, scope, problems);
        problems.throwIfAny();
        String key = group == GroupBy.STATION ? "s.code" : "to_char(e.at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')";
        ReadQuery query = reads.createNativeQuery("SELECT " + Breakdown.key("k") + ", sum(frozen), sum(lapsed), sum(returned), sum(awaiting) "
                        + "FROM (SELECT " + key + " AS k, e.* FROM (" + FROZEN_MONEY_EVENTS + ") e JOIN station s ON s.id = e.station_id "
                        + "WHERE e.at >= ?1 AND e.at < ?2" + selection.stationClause("e.station_id") + ") m "
                        + "GROUP BY ROLLUP (k) ORDER BY grouping(k), k")
                .setParameter(1, selection.start()).setParameter(2, selection.end());
        selection.bindStation(query);
        return Breakdown.of(query.getResultList(), FrozenMoneyFigures::of, FrozenMoneyFigures.none());
    }

    /** The events of the frozen money, one amount column each: freezes, lapses, returns, plan shares on notice. */
    private static final String FROZEN_MONEY_EVENTS = """
            SELECT c.station_id, sp.frozen_at AS at, sp.amount_frozen AS frozen, 0 AS lapsed, 0 AS returned, 0 AS awaiting
              FROM stop_payment sp JOIN fraud_case c ON c.id = sp.fraud_case_id WHERE sp.frozen_at IS NOT NULL
            UNION ALL
            SELECT c.station_id, sp.freeze_expires_at, 0, sp.amount_frozen, 0, 0
              FROM stop_payment sp JOIN fraud_case c ON c.id = sp.fraud_case_id WHERE sp.freeze_status = 'LAPSED'
            UNION ALL
            SELECT c.station_id, r.returned_at, 0, 0, r.amount, 0 FROM fund_return r JOIN fraud_case c ON c.id = r.fraud_case_id
            UNION ALL
            SELECT c.station_id, p.approved_at, 0, 0, 0, sh.amount FROM return_share sh JOIN return_plan p ON p.id = sh.return_plan_id
              JOIN fraud_case c ON c.id = sh.fraud_case_id WHERE p.status = 'NOTICE'""";

    /**
     * The last Beijing day in [from, to] with a record the monthly report counts (a reported case,
     * a tip, a warning lead), of one station or (bureau) all; empty when there is none. The report
     * defaults to the month of this day, so that it does not open on an empty month.
     */
    public Optional<LocalDate> lastDayWithRecords(LocalDate from, LocalDate to, String stationCode) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        Selection selection = Selection.of(from, to, stationCode, scope, problems);
        problems.throwIfAny();
        ReadQuery query = reads.createNativeQuery("SELECT greatest("
                        + "(SELECT max(d.day) FROM fraud_daily d WHERE d.day >= ?1 AND d.day <= ?2 AND d.reports > 0"
                        + selection.stationClause("d.station_id") + "), "
                        + "(SELECT max(t.day) FROM tip_daily t WHERE t.day >= ?1 AND t.day <= ?2 AND t.tips <> 0"
                        + selection.stationClause("t.station_id") + "), "
                        + "(SELECT bureau_day(max(l.received_at)) FROM warning_lead l WHERE l.received_at >= ?4 AND l.received_at < ?5"
                        + selection.stationClause("l.station_id") + "))")
                .setParameter(1, selection.firstDay()).setParameter(2, selection.lastDay())
                .setParameter(4, selection.start()).setParameter(5, selection.end());
        selection.bindStation(query);
        Object day = query.getSingleResult();
        return day == null ? Optional.empty() : Optional.of(day instanceof java.sql.Date date ? date.toLocalDate() : LocalDate.parse(day.toString()));
    }

    private static String money(Object value) {
        return new BigDecimal(value.toString()).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

}
