package cn.gov.wujin.yanghu.shared;

import jakarta.persistence.TypedQuery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.util.List;

/** One page of a list read from the database, with the total number of matching rows. */
// no @Schema on the type: the document would get an unused raw "Page" beside PageLeadView and the like
public record Page<T>(
        @Schema(required = true, description = Page.ROWS_TEXT) List<T> rows,
        @Schema(required = true, minimum = "0", description = Page.TOTAL_TEXT, example = "137") long total) implements Serializable {

    /** What the API document says of a page's rows (also where a list names its page type itself). */
    public static final String ROWS_TEXT = "The rows of this page, in the list's order: at most the size asked for, never more than 200; "
            + "empty past the last page.";

    /** What the API document says of a page's total. */
    public static final String TOTAL_TEXT = "How many rows match in all pages together: ask for the next page with first = first + size "
            + "while first < total.";

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
