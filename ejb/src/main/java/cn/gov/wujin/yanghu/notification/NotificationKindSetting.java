package cn.gov.wujin.yanghu.notification;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Whether a kind of notification also goes by SMS (the administrator's choice). */
@Entity
@Table(name = "notification_kind_setting")
public class NotificationKindSetting implements AuditedEntity {

    @Id
    private String kind;

    private boolean sms;

    @Version
    private long version;

    protected NotificationKindSetting() {
    }

    public void choose(boolean bySms) {
        this.sms = bySms;
    }

    public String getKind() {
        return kind;
    }

    public boolean isSms() {
        return sms;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Object auditId() {
        return kind;
    }

    @Override
    public Long auditStationId() {
        return null;
    }

    @Override
    public String auditSummary() {
        return kind + " by SMS: " + (sms ? "yes" : "no");
    }
}
