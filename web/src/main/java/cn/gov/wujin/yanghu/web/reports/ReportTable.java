package cn.gov.wujin.yanghu.web.reports;

import java.util.List;

/**
 * A table of figures as it is exported: a title, the column headers and the rows. Cells are
 * text, or numbers ({@link Long}, {@link java.math.BigDecimal}) that stay numbers in Excel so
 * the sheet can add them up; null is an empty cell. {@code totalRow} marks the last row as the
 * selection's total; {@code note} (or null) is printed under it: what its figures mean.
 */
public record ReportTable(String title, List<String> headers, List<List<Object>> rows, boolean totalRow, String note) {

    /** A table without a note. */
    public ReportTable(String title, List<String> headers, List<List<Object>> rows, boolean totalRow) {
        this(title, headers, rows, totalRow, null);
    }
}
