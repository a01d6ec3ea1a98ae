package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.shared.Amount;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.Masking;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * A stop-payment request (紧急止付) against one receiving account, its outcome and the
 * freezing (冻结) that must follow within 48 hours of the stop.
 */
@Entity
@Table(name = "stop_payment")
public class StopPayment implements AuditedEntity {

    /** How long a stop-payment holds the money; freezing must come before it ends. */
    public static final Duration WINDOW = Duration.ofHours(48);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fraud_case_id", nullable = false, updatable = false)
    private FraudCase fraudCase;

    @Column(nullable = false, updatable = false)
    private String bank;

    @Column(nullable = false, updatable = false)
    private String account;

    @Column(name = "amount_requested", nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal amountRequested;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "amount_stopped", precision = 14, scale = 2)
    private BigDecimal amountStopped;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Column(name = "amount_frozen", precision = 14, scale = 2)
    private BigDecimal amountFrozen;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "freeze_status")
    private FreezeStatus freezeStatus;

    @Column(name = "freeze_expires_at")
    private Instant freezeExpiresAt;

    @Version
    private long version;

    protected StopPayment() {
    }

    StopPayment(FraudCase fraudCase, String bank, String account, Amount amountRequested, Instant requestedAt, String requestedBy) {
        this.amountRequested = Amount.positive("amountRequested", amountRequested).value();
        this.fraudCase = fraudCase;
        this.bank = bank;
        this.account = account;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
    }

    /** The bank's answer: how much it stopped (0 when the money was gone). */
    public void recordStopped(Amount amount, Instant at) {
        if (amountFrozen != null) {
            throw new RuleViolationException("fraud.stop.alreadyFrozen");
        }
        if (Amount.present("amountStopped", amount).exceeds(amountRequested)) {
            throw new InvalidInputException("amountStopped", "fraud.stop.moreThanRequested", amountRequested.toPlainString());
        }
        checkNotBefore("stoppedAt", at, requestedAt);
        this.amountStopped = amount.value();
        this.stoppedAt = at;
    }

    /** Freezing of (part of) the stopped money, within the window; it holds until {@code expiresAt} unless renewed. */
    public void recordFrozen(Amount amount, Instant at, Instant expiresAt) {
        if (amountStopped == null) {
            throw new RuleViolationException("fraud.freeze.notStopped");
        }
        if (Amount.present("amountFrozen", amount).exceeds(amountStopped)) {
            throw new InvalidInputException("amountFrozen", "fraud.freeze.moreThanStopped", amountStopped.toPlainString());
        }
        checkNotBefore("frozenAt", at, stoppedAt);
        if (at.isAfter(windowEndsAt())) {
            throw new RuleViolationException("fraud.freeze.windowOver");
        }
        this.amountFrozen = amount.value();
        this.frozenAt = at;
        this.freezeStatus = FreezeStatus.ACTIVE;
        this.freezeExpiresAt = expiresAt;
    }

    /** The end of the 48 hours: from the stop, or from the request while the bank has not answered. */
    public Instant windowEndsAt() {
        return (stoppedAt != null ? stoppedAt : requestedAt).plus(WINDOW);
    }

    /** Stopped money not frozen while the window ran: it is released back into the chain. */
    public boolean isExpiredAt(Instant now) {
        return frozenAt == null && now.isAfter(windowEndsAt());
    }

    public boolean isOpen() {
        return frozenAt == null;
    }

    private static void checkNotBefore(String field, Instant at, Instant earlier) {
        if (at == null || at.isBefore(earlier)) {
            throw new InvalidInputException(field, "fraud.stop.timeOrder");
        }
    }

    public Long getId() {
        return id;
    }

    public String getBank() {
        return bank;
    }

    public String getAccount() {
        return account;
    }

    public BigDecimal getAmountRequested() {
        return amountRequested;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public BigDecimal getAmountStopped() {
        return amountStopped;
    }

    public Instant getStoppedAt() {
        return stoppedAt;
    }

    public BigDecimal getAmountFrozen() {
        return amountFrozen;
    }

    public Instant getFrozenAt() {
        return frozenAt;
    }

    /** Null until frozen. */
    public FreezeStatus getFreezeStatus() {
        return freezeStatus;
    }

    /** Null until frozen. */
    public Instant getFreezeExpiresAt() {
        return freezeExpiresAt;
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditStationId() {
        return fraudCase.stationId();
    }

    @Override
    public String auditSummary() {
        return fraudCase.getCaseNumber() + " " + bank + " " + Masking.bankAccount(account) + " requested " + amountRequested
                + " stopped " + amountStopped + " frozen " + amountFrozen;
    }
}
