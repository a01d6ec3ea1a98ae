package cn.gov.wujin.yanghu.operations.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A setting of how the deployment runs (TRUSTED_PROXIES: the balancers whose X-Forwarded-For is
 * believed; STATISTICS_READS: the database the statistics read).
 */
@Entity
@Table(name = "operations_setting")
public class OperationsSetting implements AuditedEntity {

    public static final String TRUSTED_PROXIES = "TRUSTED_PROXIES";
    public static final String STATISTICS_READS = "STATISTICS_READS";

    @Id
    private String name;

    @Column(nullable = false)
    private String value;

    @Version
    private long version;

    protected OperationsSetting() {
    }

    /** Sets the trusted proxies as {@link AddressRanges} wrote them (checked, one form). */
    public void trustProxies(AddressRanges ranges) {
        this.value = ranges.toString();
    }

    /** Has the statistics read from {@code source} from now on. */
    public void readStatisticsFrom(StatisticsSource source) {
        this.value = source.name();
    }

    public String getName() {
        return name;
    }

    public String getValue() {
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
