package cn.gov.wujin.yanghu.inbox;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A row of the bureau's table: one station's figures ({@link InboxPlan#STATION_FIGURES}, in that
 * order), each linking to the station's list.
 */
public record StationFigures(String code, String nameZh, String nameEn, List<InboxItem> items) implements Serializable {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
