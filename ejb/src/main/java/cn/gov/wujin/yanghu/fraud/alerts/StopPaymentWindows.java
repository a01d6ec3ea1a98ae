package cn.gov.wujin.yanghu.fraud.alerts;

import static cn.gov.wujin.yanghu.shared.SqlValues.instant;
import cn.gov.wujin.yanghu.fraud.application.ProcedureLimits;
import cn.gov.wujin.yanghu.fraud.domain.LimitCode;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The stop-payments whose window ends in {@code (now − lookBack, now + ahead]} and that can still
 * be frozen: nothing frozen yet, the bank did not answer "nothing stopped", and the case's
 * procedure has not ended. Read through the partial index of V21 on the window's start.
 */
@Stateless
@PermitAll
public class StopPaymentWindows {

    private static final String SQL = "SELECT s.id, c.id, c.case_number, s.bank, s.account, coalesce(s.stopped_at, s.requested_at), "
            + "coalesce(o.username, s.requested_by) "
            + "FROM stop_payment s JOIN fraud_case c ON c.id = s.fraud_case_id LEFT JOIN account o ON o.id = c.assigned_officer_id "
            + "WHERE s.frozen_at IS NULL AND (s.amount_stopped IS NULL OR s.amount_stopped > 0) "
            + "AND c.status NOT IN ('NOT_FILED', 'CLOSED', 'WITHDRAWN') "
            + "AND coalesce(s.stopped_at, s.requested_at) > ?1 AND coalesce(s.stopped_at, s.requested_at) <= ?2";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProcedureLimits limits;

    public List<StopPaymentWindow> endingAround(Instant now, Duration lookBack, Duration ahead) {
        return windows(query("", now, lookBack, ahead));
    }

    /** The one stop-payment, if its window ends in that span. */
    public List<StopPaymentWindow> endingAround(long stopPaymentId, Instant now, Duration lookBack, Duration ahead) {
        return windows(query(" AND s.id = ?3", now, lookBack, ahead).setParameter(3, stopPaymentId));
    }

    private Query query(String only, Instant now, Duration lookBack, Duration ahead) {
        // the window starts at the bank's stop, or at the request while the bank has not answered; its length is STOP_PAYMENT_HOURS
        Duration window = limits.duration(LimitCode.STOP_PAYMENT_HOURS);
        return em.createNativeQuery(SQL + only + " ORDER BY s.id")
                .setParameter(1, Timestamp.from(now.minus(lookBack).minus(window)))
                .setParameter(2, Timestamp.from(now.plus(ahead).minus(window)));
    }

    private List<StopPaymentWindow> windows(Query query) {
        Duration window = limits.duration(LimitCode.STOP_PAYMENT_HOURS);
        return ((List<?>) query.getResultList()).stream().map(r -> (Object[]) r).map(c -> new StopPaymentWindow(
                ((Number) c[0]).longValue(), ((Number) c[1]).longValue(), (String) c[2], (String) c[3], (String) c[4],
                instant(c[5]).plus(window), (String) c[6])).toList();
    }

}
