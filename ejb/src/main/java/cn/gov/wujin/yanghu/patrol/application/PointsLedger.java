package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.notification.NotificationTexts;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Writes points (积分) to the ledger: one row per piece of verified work, with its reason.
 * The database keeps each piece of work from being rewarded twice.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.VOLUNTEER, Roles.AUXILIARY})
public class PointsLedger {

    /** Where an award comes from. */
    public enum Source { SHIFT_SIGNUP, TIP, PUBLICITY_EVENT }

    @PersistenceContext
    private EntityManager em;

    /**
     * Awards {@code quantity} units of a rule (hours, events, tips) to an account. Answers
     * the points written: zero when the rule is retired, or when this work was already rewarded.
     */
    public BigDecimal award(long accountId, Long groupId, long stationId, String ruleCode, BigDecimal quantity, String reasonKey,
                            List<String> reasonArgs, Source source, long sourceId, String awardedBy) {
        // the reason is rendered in each reader's language when read; the Chinese text is kept beside
        String reason = NotificationTexts.format(reasonKey, reasonArgs, Locale.SIMPLIFIED_CHINESE);
        List<?> rule = em.createNativeQuery("SELECT points FROM points_rule WHERE code = ?1 AND active")
                .setParameter(1, ruleCode).getResultList();
        if (rule.isEmpty() || quantity.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal points = new BigDecimal(rule.get(0).toString()).multiply(quantity).setScale(1, RoundingMode.HALF_UP);
        int written = em.createNativeQuery("INSERT INTO points_award (account_id, group_id, station_id, rule_code, points, reason, "
                        + "source_type, source_id, awarded_at, awarded_by, reason_key, reason_args) "
                        + "VALUES (?1, CAST(?2 AS bigint), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
                        + "ON CONFLICT ON CONSTRAINT points_award_once DO NOTHING")
                .setParameter(1, accountId).setParameter(2, groupId).setParameter(3, stationId).setParameter(4, ruleCode)
                .setParameter(5, points).setParameter(6, reason.length() > 300 ? reason.substring(0, 300) : reason)
                .setParameter(7, source.name()).setParameter(8, sourceId).setParameter(9, Timestamp.from(Instant.now()))
                .setParameter(10, awardedBy).setParameter(11, reasonKey).setParameter(12, NotificationTexts.json(reasonArgs))
                .executeUpdate();
        return written == 1 ? points : BigDecimal.ZERO;
    }
}
