package cn.gov.wujin.yanghu.statistics.application;

import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        MONTH("to_char(d.day, 'YYYY-MM')");

        private final String key;

        GroupBy(String key) {
            this.key = key;
        }
    }

    /**
     * The sums over {@code fraud_daily}, which triggers keep from {@code fraud_case_figures}
     * (one row per case, see migration V11): a year of the bureau is a few thousand rows.
     */
    static final String FIGURES = "SELECT %s AS key, sum(d.reports), sum(d.filed), sum(d.solved), sum(d.loss), sum(d.stopped), "
            + "sum(d.frozen), sum(d.returned), sum(d.with_loss), sum(d.golden) "
            + "FROM fraud_daily d JOIN station s ON s.id = d.station_id WHERE d.day >= ?1 AND d.day <= ?2%s "
            + "GROUP BY 1 HAVING sum(d.reports) > 0 ORDER BY 1";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    /** The figures for cases reported in the Beijing days [from, to], of one station or (bureau) all, grouped. */
    public List<FraudFigures> fraud(LocalDate from, LocalDate to, String stationCode, String groupBy) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        if (from == null) {
            problems.add("from", "stats.from");
        }
        if (to == null) {
            problems.add("to", "stats.to");
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("to", "points.period.order");
        }
        if (from != null && to != null && from.plusYears(5).isBefore(to)) {
            problems.add("to", "stats.tooLong");
        }
        GroupBy group = null;
        try {
            group = GroupBy.valueOf(groupBy == null ? "" : groupBy.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("groupBy", "stats.groupBy");
        }
        Long station = station(stationCode, problems);
        problems.throwIfAny();
        Query query = em.createNativeQuery(String.format(FIGURES, group.key, station == null ? "" : " AND d.station_id = ?3"))
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to));
        if (station != null) {
            query.setParameter(3, station);
        }
        List<FraudFigures> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            long filed = ((Number) r[2]).longValue();
            long solved = ((Number) r[3]).longValue();
            long withLoss = ((Number) r[8]).longValue();
            long golden = ((Number) r[9]).longValue();
            rows.add(new FraudFigures(String.valueOf(r[0]), ((Number) r[1]).longValue(), filed, solved, FraudFigures.rate(solved, filed),
                    money(r[4]), money(r[5]), money(r[6]), money(r[7]), withLoss, golden, FraudFigures.rate(golden, withLoss)));
        }
        return rows;
    }

    /** The station the figures are limited to: a station head's own; for the bureau the one asked for, or all (null). */
    private Long station(String code, InvalidInputsException.Collector problems) {
        Long own = scope.stationFilter();
        if (code == null || code.isBlank()) {
            return own;
        }
        Station station = scope.targetStation(code).orElse(null);
        if (station == null) {
            problems.add("station", "fraud.station.notYours", code);
            return null;
        }
        return station.getId();
    }

    private static String money(Object value) {
        return new BigDecimal(value.toString()).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

}
