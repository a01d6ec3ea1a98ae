package cn.gov.wujin.yanghu.shared;

import jakarta.persistence.TypedQuery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.util.List;

/** One page of a list read from the database, with the total number of matching rows. */
@Schema(description = "One page of a list: its rows in the list's order, and how many rows match in all. Ask for the next page "
        + "with first = first + size while first < total.")
public record Page<T>(
        @Schema(required = true, description = "The rows of this page, at most the size asked for (and never more than 200); empty "
                + "past the last page.")
        List<T> rows,
        @Schema(required = true, minimum = "0", description = "How many rows match the request in all pages together.", example = "137")
        long total) implements Serializable {

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
