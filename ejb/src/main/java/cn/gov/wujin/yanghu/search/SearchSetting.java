package cn.gov.wujin.yanghu.search;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The search context's settings (one row): the months within which a second case makes a repeat victim. */
@Entity
@Table(name = "search_setting")
public class SearchSetting implements AuditedEntity {

    public static final int ID = 1;
    public static final int DEFAULT_REPEAT_MONTHS = 12;
    public static final int MIN_REPEAT_MONTHS = 1;
    public static final int MAX_REPEAT_MONTHS = 60;

    @Id
    private Integer id;

    @Column(name = "repeat_months", nullable = false)
    private int repeatMonths;

    @Version
    private long version;

    protected SearchSetting() {
    }

    /** Changes the repeat period; 1–60 months, named by its field otherwise. */
    public void change(Integer months) {
        if (months == null || months < MIN_REPEAT_MONTHS || months > MAX_REPEAT_MONTHS) {
            throw new InvalidInputException("repeatMonths", "search.setting.repeatMonths", MIN_REPEAT_MONTHS, MAX_REPEAT_MONTHS);
        }
        repeatMonths = months;
    }

    public int getRepeatMonths() {
        return repeatMonths;
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
        return "repeat victim within " + repeatMonths + " months";
    }
}
