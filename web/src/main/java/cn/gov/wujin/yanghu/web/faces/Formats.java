package cn.gov.wujin.yanghu.web.faces;

import cn.gov.wujin.yanghu.shared.BureauTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Times as the bureau reads them: Beijing time (Asia/Shanghai), whatever the server's zone. */
@Named
@ApplicationScoped
public class Formats {

    public static final ZoneId BUREAU_ZONE = BureauTime.ZONE;

    /** A day from a link's parameter (yyyy-MM-dd); null when missing or not a day, so a bad link shows the unfiltered list. */
    public static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BUREAU_ZONE);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(BUREAU_ZONE);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(BUREAU_ZONE);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** The Beijing day of an instant (another station's record is shown by its day only). */
    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
