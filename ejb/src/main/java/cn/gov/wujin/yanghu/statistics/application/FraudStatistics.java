package cn.gov.wujin.yanghu.statistics.application;

import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fraud figures of {@link FraudFigures}, defined once here (one SQL statement) for the
 * dashboard, the exports and the API. Station heads see their station; bureau supervisors
 * all stations, or one.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class FraudStatistics {

    /** What the rows are grouped by. */
    public enum GroupBy {
        TYPE("c.fraud_type"),
        STATION("s.code"),
        MONTH("to_char(c.reported_at AT TIME ZONE '" + BureauTime.ZONE.getId() + "', 'YYYY-MM')");

        private final String key;

        GroupBy(String key) {
            this.key = key;
        }
    }

    static final String FIGURES = "WITH c AS (SELECT f.id, f.station_id, f.fraud_type, f.reported_at FROM fraud_case f "
            + "WHERE f.reported_at >= ?1 AND f.reported_at < ?2%s), "
            + "m AS (SELECT t.fraud_case_id, sum(t.amount) AS loss FROM money_transfer t JOIN c ON c.id = t.fraud_case_id "
            + "  GROUP BY t.fraud_case_id), "
            + "p AS (SELECT sp.fraud_case_id, sum(coalesce(sp.amount_stopped, 0)) AS stopped, sum(coalesce(sp.amount_frozen, 0)) AS frozen, "
            + "  bool_or(sp.requested_at <= c.reported_at + interval '1 hour') AS golden "
            + "  FROM stop_payment sp JOIN c ON c.id = sp.fraud_case_id GROUP BY sp.fraud_case_id), "
            + "r AS (SELECT fr.fraud_case_id, sum(fr.amount) AS returned FROM fund_return fr JOIN c ON c.id = fr.fraud_case_id "
            + "  GROUP BY fr.fraud_case_id), "
            + "k AS (SELECT tr.fraud_case_id, bool_or(tr.to_status = 'FILED') AS filed, bool_or(tr.to_status = 'SOLVED') AS solved "
            + "  FROM case_transition tr JOIN c ON c.id = tr.fraud_case_id WHERE tr.to_status IN ('FILED', 'SOLVED') "
            + "  GROUP BY tr.fraud_case_id) "
            + "SELECT %s AS key, count(*), count(*) FILTER (WHERE k.filed), count(*) FILTER (WHERE k.solved), "
            + "coalesce(sum(m.loss), 0), coalesce(sum(p.stopped), 0), coalesce(sum(p.frozen), 0), coalesce(sum(r.returned), 0), "
            + "count(*) FILTER (WHERE m.loss > 0), count(*) FILTER (WHERE m.loss > 0 AND p.golden) "
            + "FROM c JOIN station s ON s.id = c.station_id LEFT JOIN m ON m.fraud_case_id = c.id "
            + "LEFT JOIN p ON p.fraud_case_id = c.id LEFT JOIN r ON r.fraud_case_id = c.id LEFT JOIN k ON k.fraud_case_id = c.id "
            + "GROUP BY 1 ORDER BY 1";

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
        Query query = em.createNativeQuery(String.format(FIGURES, station == null ? "" : " AND f.station_id = ?3", group.key))
                .setParameter(1, Timestamp.from(from.atStartOfDay(BureauTime.ZONE).toInstant()))
                .setParameter(2, Timestamp.from(to.plusDays(1).atStartOfDay(BureauTime.ZONE).toInstant()));
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
            rows.add(new FraudFigures(String.valueOf(r[0]), ((Number) r[1]).longValue(), filed, solved, rate(solved, filed),
                    money(r[4]), money(r[5]), money(r[6]), money(r[7]), withLoss, golden, rate(golden, withLoss)));
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

    private static String rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).toPlainString();
    }
}
