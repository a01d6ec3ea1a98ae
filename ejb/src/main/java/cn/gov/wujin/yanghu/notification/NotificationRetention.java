package cn.gov.wujin.yanghu.notification;

import cn.gov.wujin.yanghu.shared.ScheduledRuns;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Notifications are kept for a retention period (the setting {@code yanghu.notification.retention-days},
 * environment {@code YANGHU_NOTIFICATION_RETENTION_DAYS}, 180 days by default), then dropped
 * once a day by one instance of the group. The audit trail keeps that each was sent.
 */
@Stateless
@PermitAll
public class NotificationRetention {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ScheduledRuns runs;

    @Inject
    @ConfigProperty(name = "yanghu.notification.retention-days", defaultValue = "180")
    private Integer retentionDays;

    @Schedule(hour = "3", minute = "23", persistent = false)
    void purge() {
        runs.once("notification-purge", Duration.ofDays(1), () -> purgeOlderThan(Duration.ofDays(Math.max(1, retentionDays))) + " dropped");
    }

    int purgeOlderThan(Duration age) {
        return em.createNativeQuery("DELETE FROM notification WHERE created_at < ?1")
                .setParameter(1, Timestamp.from(Instant.now().minus(age))).executeUpdate();
    }
}
