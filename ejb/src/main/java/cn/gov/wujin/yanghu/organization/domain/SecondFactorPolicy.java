package cn.gov.wujin.yanghu.organization.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Whether the holders of a role must sign in with a second factor. */
@Entity
@Table(name = "second_factor_policy")
public class SecondFactorPolicy implements AuditedEntity {

    @Id
    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(nullable = false)
    private boolean required;

    @Version
    private long version;

    protected SecondFactorPolicy() {
    }

    public void require(boolean required) {
        this.required = required;
    }

    public Role getRole() {
        return role;
    }

    public boolean isRequired() {
        return required;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Object auditId() {
        return role.name();
    }

    @Override
    public Long auditStationId() {
        return null;
    }

    @Override
    public String auditSummary() {
        return role + (required ? " second factor required" : " second factor optional");
    }
}
