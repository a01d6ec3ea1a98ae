package cn.gov.wujin.yanghu.patrol.application;

import java.io.Serializable;
import java.time.Instant;

/** A tip in a list (the triage queue, "my tips"). */
public record TipRow(long id, String trackingCode, String category, Instant occurredAt, String place, String description,
                     String status, String submitter, boolean handedOver, Instant submittedAt) implements Serializable {
}
