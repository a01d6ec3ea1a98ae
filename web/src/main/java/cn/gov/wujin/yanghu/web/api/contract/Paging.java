package cn.gov.wujin.yanghu.web.api.contract;

/**
 * What the document says about the paging parameters of the lists ({@code first}, {@code size}),
 * in one place: {@code web.api.PagingParameters} refuses values outside, and
 * {@link ApiContractFilter} gives every list these words and bounds.
 */
public final class Paging {

    /** The largest page, as {@code shared.Page.MAX_SIZE}. */
    public static final String MAX_SIZE = "200";

    /** The description of {@code first}. */
    public static final String FIRST = "Rows to skip, for paging: 0 or more (a negative number is refused, 400).";

    /** The description of {@code size}. */
    public static final String SIZE = "Rows per page, 1 to " + MAX_SIZE + " (outside, refused with 400: no list answers more "
            + "than " + MAX_SIZE + " rows at once; page with `first`).";

    private Paging() {
    }
}
