package cn.gov.wujin.yanghu.fraud.application;

import static cn.gov.wujin.yanghu.shared.SqlValues.instant;
import cn.gov.wujin.yanghu.fraud.domain.LimitCode;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.Masking;
import cn.gov.wujin.yanghu.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The board of freezes about to expire (冻结到期提醒): freezes in force whose expiry falls within
 * FREEZE_BOARD_DAYS (or has passed, until the minute job marks them lapsed), the nearest expiry
 * first; the caller's station, or the whole bureau for those who see all stations. Read through
 * the partial index on the expiry of freezes in force (V25).
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
public class FreezeBoard {

    private static final String FROM = "FROM stop_payment s JOIN fraud_case c ON c.id = s.fraud_case_id "
            + "JOIN station st ON st.id = c.station_id "
            + "WHERE s.freeze_status IN ('ACTIVE', 'RENEWED') AND s.freeze_expires_at <= ?1 AND (CAST(?2 AS bigint) = 0 OR c.station_id = CAST(?2 AS bigint)) ";

    @PersistenceContext
    private EntityManager em;

    private final StationScope scope;
    private final ProcedureLimits limits;

    @Inject
    public FreezeBoard(StationScope scope, ProcedureLimits limits) {
        this.scope = scope;
        this.limits = limits;
    }

    /** For the container. */
    protected FreezeBoard() {
        this(null, null);
    }

    public Page<FreezeBoardRow> page(int first, int pageSize) {
        Instant now = Instant.now();
        Timestamp until = Timestamp.from(limits.after(LimitCode.FREEZE_BOARD_DAYS, now));
        long station = station();
        List<?> rows = em.createNativeQuery("SELECT c.id, s.id, c.case_number, st.code, s.bank, s.account, s.amount_frozen, "
                        + "s.freeze_expires_at, s.freeze_status, (SELECT count(*) FROM freeze_renewal r WHERE r.stop_payment_id = s.id), "
                        + "(SELECT min(a.days) FROM freeze_alert a WHERE a.stop_payment_id = s.id AND a.expires_at = s.freeze_expires_at) "
                        + FROM + "ORDER BY s.freeze_expires_at, s.id OFFSET ?3 LIMIT ?4")
                .setParameter(1, until).setParameter(2, station).setParameter(3, Math.max(0, first))
                .setParameter(4, Page.clampSize(pageSize)).getResultList();
        List<FreezeBoardRow> page = rows.stream().map(r -> (Object[]) r).map(c -> {
            Instant expiresAt = instant(c[7]);
            return new FreezeBoardRow(((Number) c[0]).longValue(), ((Number) c[1]).longValue(), (String) c[2], (String) c[3],
                    (String) c[4], Masking.bankAccount((String) c[5]), (BigDecimal) c[6], expiresAt, daysLeft(now, expiresAt),
                    (String) c[8], ((Number) c[9]).intValue(), c[10] == null ? null : ((Number) c[10]).intValue());
        }).toList();
        return new Page<>(page, count(until, station));
    }

    /** How far ahead the board looks (FREEZE_BOARD_DAYS). */
    public int days() {
        return limits.amount(LimitCode.FREEZE_BOARD_DAYS);
    }

    private long count(Timestamp until, long station) {
        return ((Number) em.createNativeQuery("SELECT count(*) " + FROM).setParameter(1, until).setParameter(2, station)
                .getSingleResult()).longValue();
    }

    /** 0 for the whole bureau; -1 (no station matches) for an account with neither a station nor the bureau's view. */
    private long station() {
        Long filter = scope.stationFilter();
        return filter == null ? 0L : filter;
    }

    /** Whole days left, rounded up: a freeze expiring in 2 days and an hour has 3 days left; 0 once it is due. */
    static long daysLeft(Instant now, Instant expiresAt) {
        if (!expiresAt.isAfter(now)) {
            return 0;
        }
        Duration left = Duration.between(now, expiresAt);
        return left.toDays() + (left.equals(Duration.ofDays(left.toDays())) ? 0 : 1);
    }
}
