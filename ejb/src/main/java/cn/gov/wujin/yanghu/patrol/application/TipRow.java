package cn.gov.wujin.yanghu.patrol.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A tip in a list (the triage queue, "my tips"). {@code feedback}: the officer's note once the tip
 * was dealt with (null while it is new); {@code unassigned}: no station yet, in the bureau's queue.
 */
public record TipRow(long id, String trackingCode, String category, Instant occurredAt, String place, String description,
                     String status, String submitter, boolean handedOver, Instant submittedAt, boolean hasPhoto, String feedback,
                     boolean unassigned) implements Serializable {
}
