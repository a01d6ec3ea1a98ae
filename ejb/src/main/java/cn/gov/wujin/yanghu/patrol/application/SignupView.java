package cn.gov.wujin.yanghu.patrol.application;

import java.io.Serializable;
import java.time.Instant;

/** One member on a shift: times, the hours that count, and the log. */
public record SignupView(long memberId, String memberName, String kind, boolean active, Instant checkedInAt, Instant checkedOutAt,
                         double hours, String routeNotes, String findings) implements Serializable {
}
