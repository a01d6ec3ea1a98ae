package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A kind of fraud (reference table; the codes are what the API uses). */
@Entity
@Table(name = "fraud_type")
@NamedQuery(name = "FraudType.all", query = "SELECT t FROM FraudType t ORDER BY t.sortOrder")
public class FraudType implements AuditedEntity {

    @Id
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    private boolean active;

    @Version
    private long version;

    protected FraudType() {
    }

    /** ADMIN keeps the reference table: names in both languages, order, and whether new cases may use it. */
    public void revise(String nameZh, String nameEn, int sortOrder, boolean active) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
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
        return code + " " + nameZh + (active ? "" : " (inactive)");
    }
}
