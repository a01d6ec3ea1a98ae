package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.shared.Masking;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A receiving account that was frozen (冻结账户), one record however many cases and stations froze
 * it: the money of several victims sits in it, and is given back from it (see {@link ReturnPlan}).
 * Its sums are read from the freezes and the executed plans, never kept here.
 */
@Entity
@Table(name = "frozen_account")
@NamedQuery(name = "FrozenAccount.byAccount", query = "SELECT a FROM FrozenAccount a WHERE a.account = :account")
public class FrozenAccount implements AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** As stop_payment keeps it: without spaces. */
    @Column(nullable = false, updatable = false)
    private String account;

    @Column(nullable = false, updatable = false)
    private String bank;

    @Column(name = "first_frozen_at", nullable = false, updatable = false)
    private Instant firstFrozenAt;

    @Version
    private long version;

    protected FrozenAccount() {
    }

    /** The account of a stop-payment that was just frozen. */
    public FrozenAccount(StopPayment frozen) {
        this.account = frozen.getAccount();
        this.bank = frozen.getBank();
        this.firstFrozenAt = frozen.getFrozenAt();
    }

    public Long getId() {
        return id;
    }

    public String getAccount() {
        return account;
    }

    public String getBank() {
        return bank;
    }

    public Instant getFirstFrozenAt() {
        return firstFrozenAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Object auditId() {
        return id;
    }

    /** Of no one station: the cases of several may have frozen it. */
    @Override
    public Long auditStationId() {
        return null;
    }

    @Override
    public String auditSummary() {
        return bank + " " + Masking.bankAccount(account) + " first frozen " + firstFrozenAt;
    }
}
