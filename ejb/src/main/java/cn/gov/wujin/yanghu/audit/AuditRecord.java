package cn.gov.wujin.yanghu.audit;

import java.io.Serializable;
import java.time.Instant;

/** One audit row as stored, with the id of the record it is about; the rows themselves never change (they are evidence). */
public record AuditRecord(Instant occurredAt, String actor, String action, String entityType, String entityId, String summary,
                          String clientAddress) implements Serializable {
}
