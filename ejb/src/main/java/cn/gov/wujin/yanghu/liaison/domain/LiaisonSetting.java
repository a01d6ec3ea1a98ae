package cn.gov.wujin.yanghu.liaison.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A number the liaison rules depend on (NO_VISIT_DAYS: a project unvisited this long is flagged). */
@Entity
@Table(name = "liaison_setting")
public class LiaisonSetting implements AuditedEntity {

    public static final String NO_VISIT_DAYS = "NO_VISIT_DAYS";

    @Id
    private String name;

    @Column(nullable = false)
    private int value;

    @Version
    private long version;

    protected LiaisonSetting() {
    }

    public void change(int newValue) {
        if (newValue < 1 || newValue > 3650) {
            throw new InvalidInputException("value", "liaison.setting.value");
        }
        this.value = newValue;
    }

    public String getName() {
        return name;
    }

    public int getValue() {
        return value;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Object auditId() {
        return name;
    }

    @Override
    public Long auditStationId() {
        return null;
    }

    @Override
    public String auditSummary() {
        return name + " = " + value;
    }
}
