package cn.gov.wujin.yanghu.statistics.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A read-only native query of the statistics, run where {@link StatisticsReads} decides. */
public final class ReadQuery {

    private final StatisticsReads reads;
    private final String sql;
    private final Map<Integer, Object> parameters = new HashMap<>();

    ReadQuery(StatisticsReads reads, String sql) {
        this.reads = reads;
        this.sql = sql;
    }

    public ReadQuery setParameter(int position, Object value) {
        parameters.put(position, value);
        return this;
    }

    public List<Object> getResultList() {
        return reads.run(sql, parameters);
    }

    /** The one row's value; null for no row (the queries here are aggregates, which always answer one). */
    public Object getSingleResult() {
        List<Object> rows = getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
