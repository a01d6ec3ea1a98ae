package cn.gov.wujin.yanghu.fraud.alerts;

import static cn.gov.wujin.yanghu.shared.SqlValues.instant;
import cn.gov.wujin.yanghu.fraud.application.ProcedureLimits;
import cn.gov.wujin.yanghu.fraud.domain.FreezeStatus;
import cn.gov.wujin.yanghu.fraud.domain.LimitCode;
import cn.gov.wujin.yanghu.fraud.domain.StopPayment;
import cn.gov.wujin.yanghu.notification.NotificationKind;
import cn.gov.wujin.yanghu.notification.NotificationTexts;
import cn.gov.wujin.yanghu.notification.Notifications;
import cn.gov.wujin.yanghu.organization.application.StaffDirectory;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.Masking;
import cn.gov.wujin.yanghu.shared.ScheduledRuns;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A freeze's expiry (冻结到期): a freeze in force whose expiry has come without a renewal becomes
 * LAPSED (its change audited as the system's work, as all scheduled work is); and before the
 * expiry, at FREEZE_ALERT_FIRST/SECOND/LAST_DAYS, the case's officer and the station's heads are
 * told. Every minute, once across the deployment group ({@link ScheduledRuns}); each threshold is
 * told once per freeze and expiry (the row in {@code freeze_alert} decides, whichever instance
 * writes it first), a renewal's new expiry anew. A freeze first seen inside several thresholds
 * (entered late) hears the nearest only.
 */
@Stateless
public class FreezeExpiry {

    private static final String DUE = "SELECT s.id, c.id, c.case_number, c.station_id, s.bank, s.account, s.freeze_expires_at, "
            + "coalesce(o.username, s.requested_by), d.days "
            + "FROM (SELECT CAST(?1 AS timestamptz) AS now, CAST(?2 AS integer) AS widest, CAST(?3 AS integer) AS middle, "
            + "CAST(?4 AS integer) AS nearest) p "
            + "JOIN stop_payment s ON s.freeze_status IN ('ACTIVE', 'RENEWED') AND s.freeze_expires_at > p.now "
            + "AND s.freeze_expires_at <= p.now + make_interval(days => p.widest) "
            + "JOIN fraud_case c ON c.id = s.fraud_case_id LEFT JOIN account o ON o.id = c.assigned_officer_id "
            + "CROSS JOIN LATERAL (SELECT CASE WHEN s.freeze_expires_at <= p.now + make_interval(days => p.nearest) THEN p.nearest "
            + "WHEN s.freeze_expires_at <= p.now + make_interval(days => p.middle) THEN p.middle ELSE p.widest END AS days) d "
            + "WHERE NOT EXISTS (SELECT 1 FROM freeze_alert a WHERE a.stop_payment_id = s.id AND a.expires_at = s.freeze_expires_at "
            + "AND a.days = d.days) ORDER BY s.freeze_expires_at, s.id";

    /** What a run did. */
    @Schema(name = "FreezeExpiryRun", description = "What a run of the freeze expiry rule did.")
    public record Outcome(
            @Schema(required = true, minimum = "0", description = "Freezes that lapsed (expired without renewal) in this run.",
                    example = "1") int lapsed,
            @Schema(required = true, minimum = "0", description = "Notifications written for freezes nearing their expiry.",
                    example = "4") int told) implements Serializable {

        @Override
        public String toString() {
            return lapsed + " lapsed, " + told + " told";
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProcedureLimits limits;

    @Inject
    private StaffDirectory staff;

    @Inject
    private Notifications notifications;

    @Inject
    private ScheduledRuns runs;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @PermitAll
    void everyMinute() {
        runs.once("freeze-expiry", Duration.ofMinutes(1), () -> run(Instant.now()).toString());
    }

    /** Now rather than at the timer's next run; its changes are audited in the administrator's name. */
    @RolesAllowed(Roles.ADMIN)
    public Outcome runNow() {
        return run(Instant.now());
    }

    private Outcome run(Instant now) {
        return new Outcome(lapse(now), alert(now));
    }

    /** Freezes in force past their expiry become LAPSED: through the aggregate, so the audit trail has each. */
    int lapse(Instant now) {
        List<StopPayment> expired = em.createQuery("SELECT s FROM StopPayment s WHERE s.freezeStatus IN :inForce "
                        + "AND s.freezeExpiresAt <= :now ORDER BY s.id", StopPayment.class)
                .setParameter("inForce", List.of(FreezeStatus.ACTIVE, FreezeStatus.RENEWED)).setParameter("now", now).getResultList();
        int lapsed = 0;
        for (StopPayment stop : expired) {
            if (stop.lapseAt(now)) {
                lapsed++;
            }
        }
        em.flush();
        return lapsed;
    }

    /** The alerts due now, each written once. */
    int alert(Instant now) {
        List<Integer> thresholds = thresholds();
        List<?> due = em.createNativeQuery(DUE).setParameter(1, Timestamp.from(now)).setParameter(2, thresholds.get(0))
                .setParameter(3, thresholds.get(1)).setParameter(4, thresholds.get(2)).getResultList();
        int told = 0;
        for (Object row : due) {
            Object[] c = (Object[]) row;
            long stopPaymentId = ((Number) c[0]).longValue();
            Instant expiresAt = instant(c[6]);
            int days = ((Number) c[8]).intValue();
            int claimed = em.createNativeQuery("INSERT INTO freeze_alert (stop_payment_id, expires_at, days) VALUES (?1, ?2, ?3) "
                            + "ON CONFLICT DO NOTHING").setParameter(1, stopPaymentId).setParameter(2, Timestamp.from(expiresAt))
                    .setParameter(3, days).executeUpdate();
            if (claimed == 0) {
                continue; // another run told it meanwhile
            }
            List<Long> recipients = new ArrayList<>(staff.byUsername((String) c[7]));
            recipients.addAll(staff.headsOf(((Number) c[3]).longValue()));
            told += notifications.send(NotificationKind.FREEZE_EXPIRING, recipients, CaseAlerts.link(((Number) c[1]).longValue()),
                    "freeze-expiring:" + stopPaymentId + ":" + expiresAt.getEpochSecond() + ":" + days,
                    (String) c[2], (String) c[4], Masking.bankAccount((String) c[5]), NotificationTexts.time(expiresAt));
        }
        return told;
    }

    /** The three thresholds, widest first (as ADMIN set them, in whatever order). */
    private List<Integer> thresholds() {
        TreeSet<Integer> days = new TreeSet<>(List.of(limits.amount(LimitCode.FREEZE_ALERT_FIRST_DAYS),
                limits.amount(LimitCode.FREEZE_ALERT_SECOND_DAYS), limits.amount(LimitCode.FREEZE_ALERT_LAST_DAYS)));
        List<Integer> widestFirst = new ArrayList<>(days.descendingSet());
        while (widestFirst.size() < 3) {
            widestFirst.add(widestFirst.get(widestFirst.size() - 1));
        }
        return widestFirst;
    }
}
