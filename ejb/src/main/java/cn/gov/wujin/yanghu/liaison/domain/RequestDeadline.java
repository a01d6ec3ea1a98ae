package cn.gov.wujin.yanghu.liaison.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;

/** How many days a request of one category may take (reference table, changed by ADMIN). */
@Entity
@Table(name = "request_deadline")
public class RequestDeadline implements AuditedEntity {

    @Id
    @Enumerated(EnumType.STRING)
    private RequestCategory category;

    @Column(nullable = false)
    private int days;

    @Version
    private long version;

    protected RequestDeadline() {
    }

    public RequestDeadline(RequestCategory category, int days) {
        this.category = category;
        change(days);
    }

    public void change(int newDays) {
        if (newDays < 1 || newDays > 365) {
            throw new InvalidInputException("days", "liaison.deadline.days");
        }
        this.days = newDays;
    }

    public Duration within() {
        return Duration.ofDays(days);
    }

    public RequestCategory getCategory() {
        return category;
    }

    public int getDays() {
        return days;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Object auditId() {
        return category.name();
    }

    @Override
    public Long auditStationId() {
        return null;
    }

    @Override
    public String auditSummary() {
        return category + " " + days + " days";
    }
}
