package cn.gov.wujin.yanghu.notification;

import static cn.gov.wujin.yanghu.shared.SqlValues.instant;
import cn.gov.wujin.yanghu.audit.AuditAction;
import cn.gov.wujin.yanghu.audit.AuditLog;
import cn.gov.wujin.yanghu.notification.NotificationViews.SmsKindView;
import cn.gov.wujin.yanghu.notification.NotificationViews.SmsMessageRow;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.Masking;
import cn.gov.wujin.yanghu.shared.Page;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The administrator's view of SMS: which kinds go by SMS, the outbox (pending, sent, failed,
 * phones masked), and a failed message sent again.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class SmsOutboxAdmin {

    private static final String COLUMNS = "id, created_at, kind, urgent, phone, text, status, attempts, not_before, sent_at, last_error";
    private static final String ROWS = "SELECT " + COLUMNS + " FROM sms_outbox ORDER BY id DESC LIMIT ?1 OFFSET ?2";
    private static final String ROWS_OF_STATUS = "SELECT " + COLUMNS + " FROM sms_outbox WHERE status = ?3 ORDER BY id DESC LIMIT ?1 OFFSET ?2";
    private static final String ONE_ROW = "SELECT " + COLUMNS + " FROM sms_outbox WHERE id = ?1";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    public List<SmsKindView> kinds() {
        return em.createQuery("SELECT k FROM NotificationKindSetting k ORDER BY k.kind", NotificationKindSetting.class).getResultStream()
                .map(SmsOutboxAdmin::view).toList();
    }

    public SmsKindView changeKind(String kind, boolean sms, long expectedVersion) {
        NotificationKindSetting setting = kind == null ? null : em.find(NotificationKindSetting.class, kind);
        if (setting == null) {
            throw new RecordNotFoundException("NotificationKindSetting", kind);
        }
        if (setting.getVersion() != expectedVersion) {
            throw new ConflictException("NotificationKindSetting", kind);
        }
        setting.choose(sms);
        em.flush();
        return view(setting);
    }

    /** The outbox newest first, of one status or all. */
    public Page<SmsMessageRow> messages(SmsStatus status, int first, int size) {
        Query rows = status == null ? em.createNativeQuery(ROWS) : em.createNativeQuery(ROWS_OF_STATUS).setParameter(3, status.name());
        rows.setParameter(1, Page.clampSize(size)).setParameter(2, Math.max(0, first));
        Query count = status == null ? em.createNativeQuery("SELECT count(*) FROM sms_outbox")
                : em.createNativeQuery("SELECT count(*) FROM sms_outbox WHERE status = ?1").setParameter(1, status.name());
        List<SmsMessageRow> page = ((List<?>) rows.getResultList()).stream().map(r -> row((Object[]) r)).toList();
        return new Page<>(page, ((Number) count.getSingleResult()).longValue());
    }

    /** How many messages stand at each status. */
    public Map<SmsStatus, Long> counts() {
        Map<SmsStatus, Long> counts = new EnumMap<>(SmsStatus.class);
        for (SmsStatus s : SmsStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object r : em.createNativeQuery("SELECT status, count(*) FROM sms_outbox GROUP BY status").getResultList()) {
            Object[] row = (Object[]) r;
            counts.put(SmsStatus.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** A FAILED message due again at once, with its attempts counted afresh; audited. */
    public SmsMessageRow retry(long id) {
        List<?> retried = em.createNativeQuery("UPDATE sms_outbox SET status = 'PENDING', attempts = 0, not_before = now(), "
                + "claimed_by = NULL, claimed_until = NULL WHERE id = ?1 AND status = 'FAILED' RETURNING station_id, kind, phone")
                .setParameter(1, id).getResultList();
        if (retried.isEmpty()) {
            if (em.createNativeQuery("SELECT 1 FROM sms_outbox WHERE id = ?1").setParameter(1, id).getResultList().isEmpty()) {
                throw new RecordNotFoundException("SmsOutbox", id);
            }
            throw new RuleViolationException("sms.retry.notFailed");
        }
        Object[] r = (Object[]) retried.get(0);
        auditLog.record(AuditAction.UPDATE, "SmsOutbox", id, r[0] == null ? null : ((Number) r[0]).longValue(),
                "sent again on request: " + r[1] + " to " + Masking.phone((String) r[2]));
        return row((Object[]) em.createNativeQuery(ONE_ROW).setParameter(1, id).getSingleResult());
    }

    private static SmsKindView view(NotificationKindSetting s) {
        return new SmsKindView(s.getKind(), s.isSms(), s.getVersion());
    }

    private static SmsMessageRow row(Object[] r) {
        return new SmsMessageRow(((Number) r[0]).longValue(), instant(r[1]), (String) r[2], Boolean.TRUE.equals(r[3]),
                Masking.phone((String) r[4]), (String) r[5], SmsStatus.valueOf((String) r[6]), ((Number) r[7]).intValue(), instant(r[8]),
                instant(r[9]), (String) r[10]);
    }

}
