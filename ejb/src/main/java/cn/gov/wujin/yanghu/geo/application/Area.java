package cn.gov.wujin.yanghu.geo.application;

import cn.gov.wujin.yanghu.geo.domain.Level;
import cn.gov.wujin.yanghu.geo.domain.Outline;

import java.util.Locale;

/** An area with a boundary: a station, community or grid, with its parent (null for a station) and station. */
public record Area(Level level, long id, String code, String nameZh, String nameEn, Long parentId, long stationId,
                   String source, Outline outline) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameZh;
    }

    /** Drawn roughly for the demo, not official. */
    public boolean illustrative() {
        return "ILLUSTRATIVE".equals(source);
    }
}
