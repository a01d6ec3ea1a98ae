package cn.gov.wujin.yanghu.patrol.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The phone app's offline settings (one row): how long after the phone's time a check-in or check-out is still accepted. */
@Entity
@Table(name = "offline_setting")
public class OfflineSetting implements AuditedEntity {

    public static final int ID = 1;
    public static final int DEFAULT_TOLERANCE_HOURS = 12;
    public static final int MIN_TOLERANCE_HOURS = 1;
    public static final int MAX_TOLERANCE_HOURS = 72;

    @Id
    private Integer id;

    @Column(name = "tolerance_hours", nullable = false)
    private int toleranceHours;

    @Version
    private long version;

    protected OfflineSetting() {
    }

    /** Changes the tolerance: whole hours, 1 to 72 (a weekend in a basement is the longest a phone should wait). */
    public void change(Integer hours) {
        if (hours == null || hours < MIN_TOLERANCE_HOURS || hours > MAX_TOLERANCE_HOURS) {
            throw new InvalidInputException("toleranceHours", "offline.setting.tolerance", MIN_TOLERANCE_HOURS, MAX_TOLERANCE_HOURS);
        }
        toleranceHours = hours;
    }

    public int getToleranceHours() {
        return toleranceHours;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditStationId() {
        return null;
    }

    @Override
    public String auditSummary() {
        return "offline tolerance " + toleranceHours + " h";
    }
}
