package cn.gov.wujin.yanghu.audit;

import java.io.Serializable;
import java.time.Instant;

/** One audit row as pages and the API show it; summaries are masked when written. */
public record AuditEntryView(Instant occurredAt, String actor, String action, String entityType, String summary,
                             String clientAddress) implements Serializable {
}
