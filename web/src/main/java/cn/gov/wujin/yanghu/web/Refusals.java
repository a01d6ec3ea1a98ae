package cn.gov.wujin.yanghu.web;

import cn.gov.wujin.yanghu.shared.BusinessException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;

import javax.transaction.xa.XAException;
import java.sql.SQLException;

/**
 * Finds, inside the wrappers the EJB container adds, the reason a call was refused: a
 * business rule, invalid input, or a concurrent change (null when it was a real failure); and
 * whether it failed because the database could not be reached.
 */
public final class Refusals {

    /** How long a client waits before it retries while the database is down: the header every 503 carries. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private Refusals() {
    }

    public static Throwable reason(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException || t instanceof ConstraintViolationException
                    || t instanceof OptimisticLockException) {
                return t;
            }
        }
        return null;
    }

    /**
     * The database cannot be reached (stopped, restarting, network): SQL states of class 08
     * (connection) and 57P (shutdown, cannot connect now), the pool finding no connection, or the
     * connection failing during the commit; or the pool could give none at all (a connection that
     * failed while being made: the promote drill found "No password credential found", without a
     * state, while the group's pool was pointed at the promoted server). Also an instance that is
     * stopping: its EJB container refuses calls, its persistence unit is closed. Either way nothing
     * was stored, or (a commit cut off mid-way) it may have been: an API client retries with the
     * same Idempotency-Key (the balancer sends it to the other instance), a user looks first.
     */
    public static boolean databaseUnavailable(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t instanceof SQLException && madeNoConnection(t)) {
                return true;
            }
            String type = t.getClass().getName();
            if (type.endsWith("PoolingException") || type.endsWith("ResourceAllocationException")
                    || type.endsWith("LocalTransactionException") || t instanceof XAException) {
                return true;
            }
            if (stopping(t)) {
                return true;
            }
        }
        return false;
    }

    /** Thrown while a connection was being made for EclipseLink (JNDIConnector.connect): no statement ran. */
    private static boolean madeNoConnection(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().endsWith(".JNDIConnector") && "connect".equals(e.getMethodName())) {
                return true;
            }
        }
        return false;
    }

    /** The container's own words for an instance going down (undeploy, restart, stop); no refusal of ours says them. */
    private static boolean stopping(Throwable t) {
        String message = t.getMessage();
        if (message == null) {
            return false;
        }
        return t instanceof jakarta.ejb.EJBException && message.startsWith("Attempt to invoke when container is in")
                || t instanceof IllegalStateException && (message.contains("closed EntityManager")
                || message.contains("EntityManagerFactory has been closed"));
    }
}
