package cn.gov.wujin.yanghu.web.reports;

import java.util.List;

/**
 * An export: its title, the filters it was made with (printed in the header of every sheet and
 * page), and its sheets (one per domain in the monthly report; one for a single table).
 */
public record ReportDocument(String title, String filters, List<Sheet> sheets) {

    /** One Excel sheet; in the PDF a section. */
    public record Sheet(String name, List<ReportTable> tables) {
    }

    public static ReportDocument single(String title, String filters, ReportTable table) {
        return new ReportDocument(title, filters, List.of(new Sheet(table.title(), List.of(table))));
    }
}
