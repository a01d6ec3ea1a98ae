package cn.gov.wujin.yanghu.notification;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalTime;
import java.util.Optional;

/** A person's own choice about SMS: on or off, and quiet hours. Without a row: on, no quiet hours. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference implements AuditedEntity {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "sms_enabled", nullable = false)
    private boolean smsEnabled = true;

    @Column(name = "quiet_from")
    private LocalTime quietFrom;

    @Column(name = "quiet_to")
    private LocalTime quietTo;

    @Version
    private long version;

    protected NotificationPreference() {
    }

    public NotificationPreference(Long accountId) {
        this.accountId = accountId;
    }

    /** SMS on or off, and the quiet hours (none when empty). */
    public void choose(boolean sms, Optional<QuietHours> quiet) {
        this.smsEnabled = sms;
        this.quietFrom = quiet.map(QuietHours::from).orElse(null);
        this.quietTo = quiet.map(QuietHours::to).orElse(null);
    }

    public boolean isSmsEnabled() {
        return smsEnabled;
    }

    public Optional<QuietHours> quietHours() {
        return quietFrom == null || quietTo == null ? Optional.empty() : Optional.of(new QuietHours(quietFrom, quietTo));
    }

    @Override
    public Object auditId() {
        return accountId;
    }

    @Override
    public Long auditStationId() {
        return null;
    }

    @Override
    public String auditSummary() {
        return "SMS " + (smsEnabled ? "on" : "off")
                + quietHours().map(q -> ", quiet " + QuietHours.format(q.from()) + "-" + QuietHours.format(q.to())).orElse("");
    }
}
