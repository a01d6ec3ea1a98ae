package cn.gov.wujin.yanghu.web.pdf;

import java.math.BigDecimal;
import java.util.List;

/**
 * A chart for a PDF page, drawn by {@link PdfCharts}: one bar per label, read on the left axis,
 * and optionally a line on an axis of its own on the right, drawn above the bars. Horizontal
 * charts (one bar per fraud type) have no line.
 *
 * @param lineLabel null without a line
 * @param line      null without a line, else one value per label
 */
public record BarChart(String title, List<String> labels, String barLabel, List<BigDecimal> bars, String lineLabel,
                       List<BigDecimal> line, boolean horizontal) {

    public BarChart {
        labels = List.copyOf(labels);
        bars = List.copyOf(bars);
        line = line == null ? null : List.copyOf(line);
        if (bars.size() != labels.size() || line != null && line.size() != labels.size()) {
            throw new IllegalArgumentException("one value per label");
        }
    }

    /** A text alternative: "2026-01 3；2026-02 0；…", for the PDF's structure and for tests. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(labels.get(i)).append(' ').append(bars.get(i).toPlainString());
            if (line != null) {
                text.append(" / ").append(line.get(i).toPlainString());
            }
        }
        return text.toString();
    }
}
