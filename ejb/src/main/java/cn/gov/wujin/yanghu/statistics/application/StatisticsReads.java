package cn.gov.wujin.yanghu.statistics.application;

import cn.gov.wujin.yanghu.operations.application.StatisticsSourceSetting;
import cn.gov.wujin.yanghu.operations.domain.StatisticsSource;
import cn.gov.wujin.yanghu.shared.ReadDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the statistics' read-only SQL where the setting STATISTICS_READS says: in the caller's
 * transaction on the primary, or on the read pool (the standby). A standby that cannot be reached
 * costs the figures nothing: they are read from the primary, and the instance logs it once a minute.
 * Each query is planned for its own values (plan_cache_mode): after five runs of a prepared
 * statement PostgreSQL may settle on a generic plan, which knows nothing of the period (the patrol
 * figures of a year went from 0.12 s to 0.39 s that way); planning anew costs about a millisecond.
 * And each may use more memory per sort or hash than the server's default (4 MB unless the DBA set
 * more): a year's check-ins grouped per person then aggregate by hash in memory rather than by a
 * sort, 0.26–0.31 s down to 0.17 s for the bureau's patrol figures on the bench data. The periods
 * read are the recent ones, in memory: a random page costs little more than a sequential one, so
 * a station's figures fetch its own check-ins by index rather than scan everyone's (45–56 ms to 17–22).
 * No parallel workers: the dashboard already reads its parts side by side, and workers on top
 * of them only queue for the same cores (the bureau's page on the 4M set: 435 to 395–413 ms).
 */
@ApplicationScoped
public class StatisticsReads {

    private static final Logger LOG = Logger.getLogger(StatisticsReads.class.getName());
    private static final Pattern POSITIONAL = Pattern.compile("\\?(\\d+)");
    private static final String PLAN_FOR_THESE_VALUES = "SELECT set_config('plan_cache_mode', 'force_custom_plan', true), "
            + "set_config('work_mem', '32MB', true), set_config('random_page_cost', '1.1', true), "
            + "set_config('max_parallel_workers_per_gather', '0', true)";

    /** When this instance last logged a fallback; only to keep the log short. */
    private static final AtomicLong LAST_WARNING = new AtomicLong();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StatisticsSourceSetting setting;

    @Inject
    private ReadDatabase readDatabase;

    /** A read of {@code sql}, with positional parameters ?1, ?2… as in a JPA native query. */
    public ReadQuery createNativeQuery(String sql) {
        return new ReadQuery(this, sql);
    }

    /** The rows as a JPA native query answers them: one value per row for one column, else an Object[]. */
    List<Object> run(String sql, Map<Integer, Object> parameters) {
        if (setting.current() == StatisticsSource.STANDBY) {
            Optional<DataSource> standby = readDatabase.dataSource();
            if (standby.isPresent()) {
                try {
                    return onStandby(standby.get(), sql, parameters);
                } catch (SQLException e) {
                    long now = System.currentTimeMillis();
                    long last = LAST_WARNING.get();
                    if (now - last > 60_000 && LAST_WARNING.compareAndSet(last, now)) {
                        LOG.warning("statistics read the primary: the read pool " + ReadDatabase.JNDI_NAME + " failed: " + e.getMessage());
                    }
                }
            }
        }
        return onPrimary(sql, parameters);
    }

    private List<Object> onPrimary(String sql, Map<Integer, Object> parameters) {
        em.createNativeQuery(PLAN_FOR_THESE_VALUES).getSingleResult();
        Query query = em.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object> rows = query.getResultList();
        return rows;
    }

    private static List<Object> onStandby(DataSource ds, String sql, Map<Integer, Object> parameters) throws SQLException {
        List<Integer> order = new ArrayList<>();
        Matcher m = POSITIONAL.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            order.add(Integer.valueOf(m.group(1)));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        try (Connection c = ds.getConnection()) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute(PLAN_FOR_THESE_VALUES);
                }
                try (PreparedStatement ps = c.prepareStatement(jdbc.toString())) {
                    for (int i = 0; i < order.size(); i++) {
                        ps.setObject(i + 1, parameters.get(order.get(i)));
                    }
                    try (ResultSet r = ps.executeQuery()) {
                        int columns = r.getMetaData().getColumnCount();
                        List<Object> rows = new ArrayList<>();
                        while (r.next()) {
                            if (columns == 1) {
                                rows.add(r.getObject(1));
                            } else {
                                Object[] row = new Object[columns];
                                for (int i = 0; i < columns; i++) {
                                    row[i] = r.getObject(i + 1);
                                }
                                rows.add(row);
                            }
                        }
                        return rows;
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
                c.setReadOnly(false);
            }
        }
    }
}
