package cn.gov.wujin.yanghu.notification;

import static cn.gov.wujin.yanghu.shared.SqlValues.instant;
import cn.gov.wujin.yanghu.organization.access.CurrentCaller;
import cn.gov.wujin.yanghu.shared.Page;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/** The signed-in person's own notifications: nobody reads or marks another's. */
@Stateless
@PermitAll
public class NotificationCenter {

    private static final String COLUMNS = "SELECT id, kind, args, link, urgent, created_at, read_at FROM notification ";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller callers;

    /** Newest first; {@code unreadOnly} leaves out what was read. */
    public NotificationPage page(boolean unreadOnly, int first, int size) {
        long account = account();
        String where = "WHERE account_id = ?1" + (unreadOnly ? " AND read_at IS NULL" : "");
        int window = Page.clampSize(size);
        List<NotificationRow> rows = rows(em.createNativeQuery(COLUMNS + where + " ORDER BY id DESC OFFSET ?2 LIMIT ?3")
                .setParameter(1, account).setParameter(2, Math.max(0, first)).setParameter(3, window));
        long total = count("SELECT count(*) FROM notification " + where, account);
        return new NotificationPage(rows, total, unreadOnly ? total : unread(account));
    }

    public long unreadCount() {
        Long account = callers.get().accountId();
        return account == null ? 0 : unread(account);
    }

    /** What came after {@code afterId} (a client catching up after a reconnect), oldest first, at most 50. */
    public List<NotificationRow> after(long afterId) {
        return rows(em.createNativeQuery(COLUMNS + "WHERE account_id = ?1 AND id > ?2 ORDER BY id LIMIT 50")
                .setParameter(1, account()).setParameter(2, afterId));
    }

    /**
     * For the live feed, which runs outside any request: what came for {@code accountId} after
     * {@code afterId}, oldest first, at most 50. The feed checked the account when its client
     * connected; nothing else calls this.
     */
    public List<NotificationRow> deliverable(long accountId, long afterId) {
        return rows(em.createNativeQuery(COLUMNS + "WHERE account_id = ?1 AND id > ?2 ORDER BY id LIMIT 50")
                .setParameter(1, accountId).setParameter(2, afterId));
    }

    /** The feed's counterpart of {@link #unreadCount()}. */
    public long unreadOf(long accountId) {
        return unread(accountId);
    }

    /** The bell of every page in one query: the caller's unread count and newest id, where its live feed starts. */
    public Bell bell() {
        Long account = callers.get().accountId();
        if (account == null) {
            return new Bell(0, 0);
        }
        Object[] row = (Object[]) em.createNativeQuery("SELECT count(*) FILTER (WHERE read_at IS NULL), coalesce(max(id), 0) "
                + "FROM notification WHERE account_id = ?1").setParameter(1, account).getSingleResult();
        return new Bell(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** What the bell shows. */
    public record Bell(long unread, long latestId) implements java.io.Serializable {
    }

    /** One of the caller's notifications; another's is as unknown as a missing one. */
    public NotificationRow one(long id) {
        return rows(em.createNativeQuery(COLUMNS + "WHERE account_id = ?1 AND id = ?2").setParameter(1, account()).setParameter(2, id))
                .stream().findFirst().orElseThrow(() -> new RecordNotFoundException("Notification", id));
    }

    public NotificationRow markRead(long id) {
        NotificationRow row = one(id);
        em.createNativeQuery("UPDATE notification SET read_at = clock_timestamp() WHERE id = ?1 AND read_at IS NULL")
                .setParameter(1, id).executeUpdate();
        return one(row.id());
    }

    /** Answers how many were marked. */
    public int markAllRead() {
        return em.createNativeQuery("UPDATE notification SET read_at = clock_timestamp() WHERE account_id = ?1 AND read_at IS NULL")
                .setParameter(1, account()).executeUpdate();
    }

    private long account() {
        Long account = callers.get().accountId();
        if (account == null) {
            throw new RecordNotFoundException("Notification", "caller");
        }
        return account;
    }

    private long unread(long account) {
        return count("SELECT count(*) FROM notification WHERE account_id = ?1 AND read_at IS NULL", account);
    }

    private long count(String sql, long account) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, account).getSingleResult()).longValue();
    }

    private static List<NotificationRow> rows(Query query) {
        return ((List<?>) query.getResultList()).stream().map(r -> (Object[]) r).map(c -> new NotificationRow(
                ((Number) c[0]).longValue(), NotificationKind.valueOf((String) c[1]), args((String) c[2]), (String) c[3],
                (Boolean) c[4], instant(c[5]), instant(c[6]))).toList();
    }

    static List<String> args(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }

}
