package cn.gov.wujin.yanghu.patrol.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** One tip as its tipster and the station's staff see it. */
public record TipView(long id, String trackingCode, String stationCode, String category, Instant occurredAt, String place,
                      BigDecimal latitude, BigDecimal longitude, String description, boolean hasPhoto, String status,
                      String triageNote, String triagedBy, Instant triagedAt, String handedFromStation, Long fraudCaseId,
                      String submitter, Instant submittedAt, long version) implements Serializable {
}
