package cn.gov.wujin.yanghu.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ExcludeDefaultListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One row of the audit trail, for reading: rows are written only by {@link AuditLog}. */
@Entity
@Table(name = "audit_entry")
@ExcludeDefaultListeners
public class AuditEntry {

    @Id
    private Long id;

    @Column(name = "occurred_at", insertable = false, updatable = false)
    private Instant occurredAt;

    @Column(insertable = false, updatable = false)
    private String actor;

    @Column(insertable = false, updatable = false)
    private String action;

    @Column(name = "entity_type", insertable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", insertable = false, updatable = false)
    private String entityId;

    @Column(name = "station_id", insertable = false, updatable = false)
    private Long stationId;

    @Column(insertable = false, updatable = false)
    private String summary;

    @Column(name = "client_address", insertable = false, updatable = false)
    private String clientAddress;

    protected AuditEntry() {
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public Long getStationId() {
        return stationId;
    }

    public String getSummary() {
        return summary;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
