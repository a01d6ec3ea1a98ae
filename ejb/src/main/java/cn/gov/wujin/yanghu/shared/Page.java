package cn.gov.wujin.yanghu.shared;

import jakarta.persistence.TypedQuery;

import java.io.Serializable;
import java.util.List;

/** One page of a list read from the database, with the total number of matching rows. */
public record Page<T>(List<T> rows, long total) implements Serializable {

    /** The most rows one request may read, whatever page size it asks for. */
    public static final int MAX_SIZE = 200;

    /** The page size a list query uses: at least 1, at most {@link #MAX_SIZE}. */
    public static int clampSize(int pageSize) {
        return Math.min(Math.max(pageSize, 1), MAX_SIZE);
    }

    /** Limits a query to the rows of one page (a negative first row reads from the start). */
    public static <X> TypedQuery<X> window(TypedQuery<X> query, int first, int pageSize) {
        return query.setFirstResult(Math.max(0, first)).setMaxResults(clampSize(pageSize));
    }
}
