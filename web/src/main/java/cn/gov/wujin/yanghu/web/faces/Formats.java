package cn.gov.wujin.yanghu.web.faces;

import cn.gov.wujin.yanghu.shared.BureauTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as the bureau reads them: Beijing time (Asia/Shanghai), whatever the server's zone. */
@Named
@ApplicationScoped
public class Formats {

    public static final ZoneId BUREAU_ZONE = BureauTime.ZONE;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BUREAU_ZONE);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(BUREAU_ZONE);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
