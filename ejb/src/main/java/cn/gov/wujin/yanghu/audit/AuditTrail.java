package cn.gov.wujin.yanghu.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads the audit trail of records. The caller decides who may read which record; this
 * bean is only reached from services that have checked it (station scope, roles).
 */
@Stateless
public class AuditTrail {

    /** Upper bound of one trail: a busy case has dozens of rows, never thousands. */
    static final int MAX_ROWS = 500;

    @PersistenceContext
    private EntityManager em;

    /** The newest entries first, for the given record ids by entity type (e.g. FraudCase → [42]). */
    public List<AuditEntryView> of(Map<String, ? extends Collection<?>> idsByType) {
        return recordsOf(idsByType).stream().map(e -> new AuditEntryView(e.occurredAt(), e.actor(), e.action(), e.entityType(),
                e.summary(), e.clientAddress())).toList();
    }

    /** The same entries with the id of the record each one is about, for views that follow one record's changes. */
    public List<AuditRecord> recordsOf(Map<String, ? extends Collection<?>> idsByType) {
        List<String> conditions = new ArrayList<>();
        List<Object[]> parameters = new ArrayList<>();
        idsByType.forEach((type, ids) -> {
            if (!ids.isEmpty()) {
                int n = parameters.size();
                conditions.add("(e.entityType = :type" + n + " AND e.entityId IN :ids" + n + ")");
                parameters.add(new Object[]{type, ids.stream().map(String::valueOf).toList()});
            }
        });
        if (conditions.isEmpty()) {
            return List.of();
        }
        TypedQuery<AuditEntry> query = em.createQuery("SELECT e FROM AuditEntry e WHERE " + String.join(" OR ", conditions)
                + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class).setMaxResults(MAX_ROWS);
        for (int n = 0; n < parameters.size(); n++) {
            query.setParameter("type" + n, parameters.get(n)[0]).setParameter("ids" + n, parameters.get(n)[1]);
        }
        return query.getResultList().stream().map(e -> new AuditRecord(e.getOccurredAt(), e.getActor(), e.getAction(),
                e.getEntityType(), e.getEntityId(), e.getSummary(), e.getClientAddress())).toList();
    }
}
