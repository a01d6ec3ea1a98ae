package cn.gov.wujin.yanghu.web.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

/**
 * A font that has the Chinese characters, embedded (subset) in every PDF, so the file looks
 * the same on any reader. Taken from the system property {@code yanghu.pdf.font} (a .ttf, or
 * a .ttc with ",0"), else the WenQuanYi or Noto CJK font of Debian's packages.
 */
public final class PdfFonts {

    private static final List<String> KNOWN = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0");

    /** Serif (宋体-like) fonts for the procedure's documents, as the printed forms are set: Debian's fonts-arphic-uming. */
    private static final List<String> KNOWN_SERIF = List.of(
            "/usr/share/fonts/truetype/arphic/uming.ttc,0",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,0");

    private static final Logger LOG = Logger.getLogger(PdfFonts.class.getName());

    private static volatile BaseFont base; // read-only once loaded; each instance loads its own
    private static volatile BaseFont serif;

    private PdfFonts() {
    }

    public static Font font(float size, int style) {
        return new Font(base(), size, style);
    }

    /** The serif font of the procedure's documents, embedded as a subset. */
    public static Font serif(float size, int style) {
        return new Font(serifBase(), size, style);
    }

    /**
     * The serif font itself: the system property {@code yanghu.pdf.serif-font}, else AR PL UMing
     * (fonts-arphic-uming); without one, the sans font of {@link #base()}, with a warning in the log.
     */
    static BaseFont serifBase() {
        BaseFont loaded = serif;
        if (loaded == null) {
            String configured = System.getProperty("yanghu.pdf.serif-font");
            loaded = load(configured == null ? KNOWN_SERIF : List.of(configured));
            if (loaded == null) {
                LOG.warning("no serif font with Chinese characters for the documents (install fonts-arphic-uming or set "
                        + "yanghu.pdf.serif-font): they are set in the sans font");
                loaded = base();
            }
            serif = loaded;
        }
        return loaded;
    }

    private static BaseFont load(List<String> candidates) {
        for (String candidate : candidates) {
            String file = candidate.contains(",") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
            if (Files.isReadable(Path.of(file))) {
                try {
                    return BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (IOException | RuntimeException e) {
                    throw new IllegalStateException("cannot load the PDF font " + candidate, e);
                }
            }
        }
        return null;
    }

    /** The font itself, for text drawn on a canvas (the charts). */
    static BaseFont base() {
        BaseFont loaded = base;
        if (loaded == null) {
            String configured = System.getProperty("yanghu.pdf.font");
            List<String> candidates = configured == null ? KNOWN : List.of(configured);
            for (String candidate : candidates) {
                String file = candidate.contains(",") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
                if (Files.isReadable(Path.of(file))) {
                    try {
                        loaded = BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                        base = loaded;
                        return loaded;
                    } catch (IOException | RuntimeException e) {
                        throw new IllegalStateException("cannot load the PDF font " + candidate, e);
                    }
                }
            }
            throw new IllegalStateException("no font with Chinese characters for PDFs: install fonts-wqy-zenhei or set yanghu.pdf.font");
        }
        return loaded;
    }
}
