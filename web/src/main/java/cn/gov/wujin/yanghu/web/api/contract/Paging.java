package cn.gov.wujin.yanghu.web.api.contract;

/**
 * What the document says about the paging parameters of the lists ({@code first}, {@code size}),
 * in one place: the lists read them through {@code shared.Page}, which clamps rather than refuses.
 */
public final class Paging {

    /** The description of {@code first}. */
    public static final String FIRST = "The index of the first row to return, counted from 0 (a negative value reads from 0).";

    /** The description of {@code size}. */
    public static final String SIZE = "Rows per page, 1 to 200: a larger value reads 200 rows, a smaller one 1.";

    /** The largest page, as {@code shared.Page.MAX_SIZE}. */
    public static final String MAX_SIZE = "200";

    private Paging() {
    }
}
