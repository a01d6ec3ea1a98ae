package cn.gov.wujin.yanghu.notification;

import cn.gov.wujin.yanghu.audit.AuditAction;
import cn.gov.wujin.yanghu.audit.AuditLog;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes notifications in the transaction of the change that causes them: a change that rolls
 * back tells nobody, and a committed one is announced to every instance after its commit (the
 * table's trigger, V17). The rules of each context decide who is told; this only writes.
 */
@Stateless
@PermitAll
public class Notifications {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private SmsOutbox sms;

    /**
     * Tells each account once. {@code onceKey}, when given, names what is told (a lead's
     * escalation, a shift's reminder): an account already told under that key is skipped, so a
     * rule may run again, or on every instance at once. Answers how many were told.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int send(NotificationKind kind, Collection<Long> accountIds, String link, String onceKey, String... args) {
        String recipients = accountIds.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
        if (recipients.isEmpty()) {
            return 0;
        }
        List<?> written = em.createNativeQuery("INSERT INTO notification (account_id, kind, args, link, urgent, once_key) "
                        + "SELECT a, ?2, ?3, ?4, ?5, ?6 FROM unnest(string_to_array(?1, ',')::bigint[]) a "
                        + "ON CONFLICT (account_id, once_key) WHERE once_key IS NOT NULL DO NOTHING RETURNING id, account_id")
                .setParameter(1, recipients).setParameter(2, kind.name()).setParameter(3, json(args)).setParameter(4, link)
                .setParameter(5, kind.isUrgent()).setParameter(6, onceKey).getResultList();
        // the SMS in the bureau's language: a phone shows no page whose language the reader chose
        String message = NotificationTexts.message(kind, List.of(args), Locale.SIMPLIFIED_CHINESE);
        for (Object row : written) {
            Object[] columns = (Object[]) row;
            long account = ((Number) columns[1]).longValue();
            String summary = kind.name() + " to account " + account + (link == null ? "" : " about " + link);
            // the caller's, or "system" in scheduled work
            audit.record(AuditAction.NOTIFIED, "Notification", columns[0], null, summary);
            sms.offer(account, kind.name(), kind.isUrgent(), message);
        }
        return written.size();
    }

    private static String json(String... args) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (String arg : args) {
            array.add(arg == null ? "" : arg);
        }
        return array.build().toString();
    }
}
