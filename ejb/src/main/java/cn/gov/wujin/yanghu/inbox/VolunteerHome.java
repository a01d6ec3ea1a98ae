package cn.gov.wujin.yanghu.inbox;

import java.io.Serializable;
import java.math.BigDecimal;

/** What a volunteer's phone shows first: the next shift (null when none is ahead) and their points, exactly. */
public record VolunteerHome(NextShift next, BigDecimal points) implements Serializable {
}
