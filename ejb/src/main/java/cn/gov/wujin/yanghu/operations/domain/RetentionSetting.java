package cn.gov.wujin.yanghu.operations.domain;

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
import java.time.Instant;

/** How long one kind of record is kept, in days (0: handled as soon as its term starts, as an API token at expiry). */
@Entity
@Table(name = "retention_setting")
public class RetentionSetting implements AuditedEntity {

    /** A hundred years: longer is no retention. */
    public static final int MAX_DAYS = 36500;

    @Id
    @Enumerated(EnumType.STRING)
    private RetentionKind kind;

    @Column(nullable = false)
    private int days;

    @Version
    private long version;

    protected RetentionSetting() {
    }

    public void keepFor(Integer newDays) {
        if (newDays == null || newDays < 0 || newDays > MAX_DAYS) {
            throw new InvalidInputException("days", "retention.days.range", 0, MAX_DAYS);
        }
        this.days = newDays;
    }

    /** Rows whose term started before this are due. */
    public Instant cutOff(Instant now) {
        return now.minus(Duration.ofDays(days));
    }

    public RetentionKind getKind() {
        return kind;
    }

    public int getDays() {
        return days;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Object auditId() {
        return kind.name();
    }

    @Override
    public Long auditStationId() {
        return null;
    }

    @Override
    public String auditSummary() {
        return kind + " = " + days + " days";
    }
}
