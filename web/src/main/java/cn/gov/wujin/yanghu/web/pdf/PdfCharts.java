package cn.gov.wujin.yanghu.web.pdf;

import cn.gov.wujin.yanghu.web.faces.NumberText;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Draws a {@link BarChart} as vector graphics with the PDF library itself (no image library,
 * no browser): bars on the left axis, the line above them on its own right axis, headroom
 * above the highest value, every label on the axis, zeros included.
 */
public final class PdfCharts {

    private static final Color BAR = new Color(0x1d, 0x4f, 0x91);
    private static final Color LINE = new Color(0xc0, 0x39, 0x2b);
    private static final Color GRID = new Color(0xdd, 0xe2, 0xe8);
    private static final Color TEXT = new Color(0x33, 0x33, 0x33);
    private static final float SMALL = 7.5f;
    private static final int TICKS = 5;

    private PdfCharts() {
    }

    /** The chart as an image of {@code width} × {@code height} points, to be placed like any image (a table cell, a paragraph). */
    public static Image image(PdfWriter writer, BarChart chart, float width, float height) {
        PdfTemplate canvas = writer.getDirectContent().createTemplate(width, height);
        BaseFont font = PdfFonts.base();
        if (chart.horizontal()) {
            horizontal(canvas, chart, width, height, font);
        } else {
            vertical(canvas, chart, width, height, font);
        }
        try {
            Image image = Image.getInstance(canvas);
            image.setAlt(chart.title() + ": " + chart.text());
            return image;
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The highest value an axis offers: a nice number above the highest value, at least {@code least}. */
    static BigDecimal axisMax(List<BigDecimal> values, BigDecimal least) {
        BigDecimal highest = values.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        return headroom(highest).max(least);
    }

    /** About a sixth above the highest, rounded up to 1, 2, 2.5 or 5 times a power of ten (the dashboard's rule). */
    public static BigDecimal headroom(BigDecimal highest) {
        if (highest == null || highest.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal wanted = highest.multiply(new BigDecimal("1.15"));
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(wanted.precision() - wanted.scale() - 1);
        for (String step : List.of("1", "2", "2.5", "5", "10")) {
            BigDecimal nice = power.multiply(new BigDecimal(step)).stripTrailingZeros();
            if (nice.compareTo(wanted) >= 0) {
                return nice.scale() < 0 ? nice.setScale(0, RoundingMode.UNNECESSARY) : nice;
            }
        }
        return power.multiply(BigDecimal.TEN);
    }

    private static void vertical(PdfTemplate c, BarChart chart, float width, float height, BaseFont font) {
        boolean line = chart.line() != null;
        float left = 42;
        float right = line ? width - 46 : width - 8;
        float bottom = 28;
        float top = height - 22;
        BigDecimal barMax = axisMax(chart.bars(), BigDecimal.valueOf(TICKS));
        BigDecimal lineMax = line ? axisMax(chart.line(), BigDecimal.ONE) : BigDecimal.ONE;
        // grid and the two axes' labels
        for (int i = 0; i <= TICKS; i++) {
            float y = bottom + (top - bottom) * i / TICKS;
            c.setColorStroke(GRID);
            c.setLineWidth(0.5f);
            c.moveTo(left, y);
            c.lineTo(right, y);
            c.stroke();
            text(c, font, tick(barMax, i), left - 4, y - 2.5f, PdfContentByte.ALIGN_RIGHT, TEXT);
            if (line) {
                text(c, font, tick(lineMax, i), right + 4, y - 2.5f, PdfContentByte.ALIGN_LEFT, LINE);
            }
        }
        int n = chart.labels().size();
        float slot = n == 0 ? 0 : (right - left) / n;
        int every = slot >= 34 ? 1 : slot >= 17 ? 2 : Math.max(1, (int) Math.ceil(34 / Math.max(slot, 1)));
        for (int i = 0; i < n; i++) {
            float x = left + slot * i;
            float h = scale(chart.bars().get(i), barMax, top - bottom);
            c.setColorFill(BAR);
            c.rectangle(x + slot * 0.2f, bottom, slot * 0.6f, h);
            c.fill();
            if (i % every == 0) {
                text(c, font, chart.labels().get(i), x + slot / 2, bottom - 10, PdfContentByte.ALIGN_CENTER, TEXT);
            }
        }
        if (line && n > 0) { // after the bars, so above them
            c.setColorStroke(LINE);
            c.setLineWidth(1.5f);
            for (int i = 0; i < n; i++) {
                float x = left + slot * i + slot / 2;
                float y = bottom + scale(chart.line().get(i), lineMax, top - bottom);
                if (i == 0) {
                    c.moveTo(x, y);
                } else {
                    c.lineTo(x, y);
                }
            }
            c.stroke();
            c.setColorFill(LINE);
            for (int i = 0; i < n; i++) {
                c.circle(left + slot * i + slot / 2, bottom + scale(chart.line().get(i), lineMax, top - bottom), 1.8f);
                c.fill();
            }
        }
        // legend
        float x = left;
        c.setColorFill(BAR);
        c.rectangle(x, height - 12, 8, 8);
        c.fill();
        text(c, font, chart.barLabel(), x + 11, height - 11, PdfContentByte.ALIGN_LEFT, TEXT);
        if (line) {
            x += 22 + font.getWidthPoint(chart.barLabel(), SMALL);
            c.setColorStroke(LINE);
            c.setLineWidth(1.5f);
            c.moveTo(x, height - 8);
            c.lineTo(x + 10, height - 8);
            c.stroke();
            text(c, font, chart.lineLabel(), x + 13, height - 11, PdfContentByte.ALIGN_LEFT, TEXT);
        }
    }

    private static void horizontal(PdfTemplate c, BarChart chart, float width, float height, BaseFont font) {
        int n = chart.labels().size();
        float labelWidth = 0;
        for (String label : chart.labels()) {
            labelWidth = Math.max(labelWidth, font.getWidthPoint(label, SMALL));
        }
        float left = Math.min(labelWidth + 6, width / 2);
        float right = width - 30;
        float top = height - 14;
        float bottom = 4;
        BigDecimal max = axisMax(chart.bars(), BigDecimal.valueOf(TICKS));
        text(c, font, chart.barLabel(), left, height - 10, PdfContentByte.ALIGN_LEFT, TEXT);
        float slot = n == 0 ? 0 : Math.min(18, (top - bottom) / n);
        for (int i = 0; i < n; i++) {
            float y = top - slot * (i + 1);
            float w = scale(chart.bars().get(i), max, right - left);
            c.setColorFill(BAR);
            c.rectangle(left, y + slot * 0.2f, w, slot * 0.6f);
            c.fill();
            text(c, font, chart.labels().get(i), left - 4, y + slot / 2 - 2.5f, PdfContentByte.ALIGN_RIGHT, TEXT);
            text(c, font, NumberText.number(chart.bars().get(i)), left + w + 3, y + slot / 2 - 2.5f, PdfContentByte.ALIGN_LEFT, TEXT);
        }
    }

    private static String tick(BigDecimal max, int i) {
        BigDecimal value = max.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(TICKS), 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return NumberText.number(value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value);
    }

    private static float scale(BigDecimal value, BigDecimal max, float length) {
        return max.signum() == 0 ? 0 : value.floatValue() / max.floatValue() * length;
    }

    private static void text(PdfContentByte c, BaseFont font, String text, float x, float y, int align, Color color) {
        c.beginText();
        c.setFontAndSize(font, SMALL);
        c.setColorFill(color);
        c.showTextAligned(align, text, x, y, 0);
        c.endText();
    }
}
