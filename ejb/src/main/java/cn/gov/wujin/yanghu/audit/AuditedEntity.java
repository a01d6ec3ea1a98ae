package cn.gov.wujin.yanghu.audit;

/**
 * An entity whose every insert, update and delete goes to the audit trail, by the
 * {@link AuditEntityListener} that the persistence unit applies to all entities.
 */
public interface AuditedEntity {

    Object auditId();

    /** The station the record belongs to, or null for bureau-wide records. */
    Long auditStationId();

    /** A short description with personal data masked: the trail must not become a copy of it. */
    String auditSummary();
}
