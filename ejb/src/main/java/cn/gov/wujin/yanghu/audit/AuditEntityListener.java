package cn.gov.wujin.yanghu.audit;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Default entity listener (META-INF/orm.xml): writes one audit row per insert, update and
 * delete of an {@link AuditedEntity}, in the same transaction, so no service has to
 * remember it and a rolled-back change leaves no row.
 */
public class AuditEntityListener {

    @PostPersist
    void created(Object entity) {
        record(AuditAction.CREATE, entity);
    }

    @PostUpdate
    void updated(Object entity) {
        record(AuditAction.UPDATE, entity);
    }

    @PostRemove
    void deleted(Object entity) {
        record(AuditAction.DELETE, entity);
    }

    private static void record(AuditAction action, Object entity) {
        if (entity instanceof AuditedEntity audited) {
            CDI.current().select(AuditLog.class).get().recordChange(action, entity.getClass().getSimpleName(),
                    audited.auditId(), audited.auditStationId(), audited.auditSummary());
        }
    }
}
