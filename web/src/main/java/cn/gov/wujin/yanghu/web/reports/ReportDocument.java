package cn.gov.wujin.yanghu.web.reports;

import cn.gov.wujin.yanghu.web.pdf.BarChart;

import java.util.List;

/**
 * An export: its title, the filters it was made with (printed in the header of every sheet and
 * page), and its sheets (one per domain in the monthly report; one for a single table). The
 * monthly report's PDF opens with a cover: the month's key figures and charts.
 *
 * @param cover null when the document has none
 */
public record ReportDocument(String title, String filters, List<Sheet> sheets, Cover cover) {

    public ReportDocument(String title, String filters, List<Sheet> sheets) {
        this(title, filters, sheets, null);
    }

    /** One Excel sheet; in the PDF a section. */
    public record Sheet(String name, List<ReportTable> tables) {
    }

    /**
     * The PDF's first page: a heading, the key figures, a notice (null: none; the month has no
     * records) and the charts.
     */
    public record Cover(String heading, List<KeyFigure> figures, String notice, List<BarChart> charts) {
    }

    /** "报案数 · 1,234", with the change against the month before ("+12.5%", or null). */
    public record KeyFigure(String label, String value, String change) {
    }

    public static ReportDocument single(String title, String filters, ReportTable table) {
        return new ReportDocument(title, filters, List.of(new Sheet(table.title(), List.of(table))));
    }
}
