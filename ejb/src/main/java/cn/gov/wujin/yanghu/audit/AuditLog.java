package cn.gov.wujin.yanghu.audit;

import cn.gov.wujin.yanghu.organization.application.IdentityWrites;
import cn.gov.wujin.yanghu.shared.RequestOrigin;
import cn.gov.wujin.yanghu.shared.ScheduledRuns;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.sql.DataSource;
import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Appends to the audit trail in the caller's transaction. Plain JDBC on the application's
 * data source: it is called while JPA flushes, when the entity manager must not be used;
 * inside a transaction the container hands out the connection JPA already holds.
 */
@Stateless
public class AuditLog {

    public static final String ANONYMOUS = "anonymous";
    /** The actor of scheduled work (ScheduledRuns), which no caller asked for. */
    public static final String SYSTEM = "system";

    private static final String INSERT = "INSERT INTO audit_entry "
            + "(actor, action, entity_type, entity_id, station_id, summary, client_address) VALUES (?, ?, ?, ?, ?, ?, ?)";

    /** Records whose changes alter what an API token speaks for; each such change is audited, so it is noted here. */
    private static final Set<String> IDENTITY = Set.of("Account", "SecondFactorPolicy");
    /** Actions on those records that change nothing a token check reads. */
    private static final Set<AuditAction> READS = EnumSet.of(AuditAction.LOGIN, AuditAction.LOGIN_FAILED, AuditAction.TOKEN_ISSUED,
            AuditAction.VIEW_PERSONAL_DATA, AuditAction.NOTIFIED, AuditAction.SMS_SENT, AuditAction.SMS_FAILED);

    @Resource(lookup = "jdbc/yanghu")
    private DataSource dataSource;

    @Resource
    private SessionContext context;

    @Inject
    private RequestOrigin origin;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Inject
    private IdentityWrites identityWrites;

    /** Records an action of the current caller, or of the system when scheduled work does it. */
    public void record(AuditAction action, String entityType, Object entityId, Long stationId, String summary) {
        recordAs(Boolean.TRUE.equals(transaction.getResource(ScheduledRuns.SYSTEM_WORK)) ? SYSTEM : callerName(), action, entityType,
                entityId, stationId, summary);
    }

    /**
     * Records a change to a record, once per state it reaches in the transaction. The JPA
     * provider calls its update callback on every flush after a forced version increment (a
     * record locked so that it conflicts, as a project while its liaison changes), with
     * nothing written; an update that leaves the record as the last row of this transaction
     * described it adds nothing to the trail.
     */
    public void recordChange(AuditAction action, String entityType, Object entityId, Long stationId, String summary) {
        String record = entityType + "#" + entityId;
        Map<String, String> described = describedInThisTransaction();
        if (action == AuditAction.UPDATE && described.containsKey(record) && Objects.equals(described.get(record), summary)) {
            return;
        }
        record(action, entityType, entityId, stationId, summary);
        described.put(record, summary);
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> describedInThisTransaction() {
        Map<String, String> described = (Map<String, String>) transaction.getResource(AuditLog.class);
        if (described == null) {
            described = new HashMap<>();
            transaction.putResource(AuditLog.class, described);
        }
        return described;
    }

    /** Records an action in the name of someone who is not (yet) the caller, such as a login attempt. */
    public void recordAs(String actor, AuditAction action, String entityType, Object entityId, Long stationId, String summary) {
        if (IDENTITY.contains(entityType) && !READS.contains(action)) {
            identityWrites.inThisTransaction();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, truncate(actor == null ? ANONYMOUS : actor, 40));
            insert.setString(2, action.name());
            insert.setString(3, entityType);
            insert.setString(4, entityId == null ? null : truncate(entityId.toString(), 40));
            if (stationId == null) {
                insert.setNull(5, Types.BIGINT);
            } else {
                insert.setLong(5, stationId);
            }
            insert.setString(6, truncate(summary, 500));
            insert.setString(7, clientAddress());
            insert.executeUpdate();
        } catch (SQLException e) {
            // No audit row, no change: the transaction must not commit without its trail.
            throw new EJBException("audit trail write failed", e);
        }
    }

    private String callerName() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || "ANONYMOUS".equals(name) ? ANONYMOUS : name;
    }

    private String clientAddress() {
        try {
            return origin.clientAddress();
        } catch (RuntimeException noRequest) {
            return null; // timers and start-up work run outside any request
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
