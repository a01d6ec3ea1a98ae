package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One number of the procedure (a time limit or a count) with its unit and legal source: a row
 * of the reference table ADMIN keeps, so a changed rule is a changed row, not a release.
 */
@Entity
@Table(name = "procedure_limit")
@NamedQuery(name = "ProcedureLimit.all", query = "SELECT l FROM ProcedureLimit l ORDER BY l.sortOrder")
public class ProcedureLimit implements AuditedEntity {

    /** How the amount is counted. Months are calendar months in the bureau's zone (a freeze of 6 months from 31 August ends on 28 February). */
    public enum Unit { HOURS, DAYS, MONTHS, TIMES }

    @Id
    private String code;

    @Column(nullable = false)
    private int amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Unit unit;

    @Column(name = "min_amount", nullable = false, updatable = false)
    private int minAmount;

    @Column(name = "max_amount", nullable = false, updatable = false)
    private int maxAmount;

    @Column(name = "name_zh", nullable = false, updatable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false, updatable = false)
    private String nameEn;

    @Column(nullable = false, updatable = false)
    private String source;

    @Column(name = "sort_order", nullable = false, updatable = false)
    private int sortOrder;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected ProcedureLimit() {
    }

    /** ADMIN sets a new number, within the row's bounds: a slip of the keyboard cannot switch a rule off. */
    public void revise(int newAmount, String actor, Instant now) {
        if (newAmount < minAmount || newAmount > maxAmount) {
            throw new InvalidInputException("amount", "procedureLimit.outOfBounds", minAmount, maxAmount);
        }
        this.amount = newAmount;
        this.updatedBy = actor;
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** The instant this limit ends when counted from {@code from}; a count ({@code TIMES}) has none. */
    public Instant after(Instant from) {
        return unit == Unit.MONTHS ? from.atZone(BureauTime.ZONE).plusMonths(amount).toInstant() : from.plus(duration());
    }

    /** A limit in hours or days as a duration; months have no fixed length, and a count is no time. */
    public Duration duration() {
        return switch (unit) {
            case HOURS -> Duration.ofHours(amount);
            case DAYS -> Duration.ofDays(amount);
            case MONTHS, TIMES -> throw new IllegalStateException(code + " is counted in " + unit + ", not as a duration");
        };
    }

    public LimitCode code() {
        return LimitCode.valueOf(code);
    }

    public String getCode() {
        return code;
    }

    public int getAmount() {
        return amount;
    }

    public Unit getUnit() {
        return unit;
    }

    public int getMinAmount() {
        return minAmount;
    }

    public int getMaxAmount() {
        return maxAmount;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getSource() {
        return source;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Object auditId() {
        return code;
    }

    @Override
    public Long auditStationId() {
        return null;
    }

    @Override
    public String auditSummary() {
        return code + " " + amount + " " + unit;
    }
}
