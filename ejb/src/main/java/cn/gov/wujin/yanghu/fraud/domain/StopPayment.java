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

import jakarta.persistence.CascadeType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A stop-payment request (紧急止付) against one receiving account, its outcome and the
 * freezing (冻结) that must follow within the window of the stop (STOP_PAYMENT_HOURS, read from
 * the reference table by the caller), and the freeze's life: renewals (续冻), unfreezing (解冻), lapse.
 */
@Entity
@Table(name = "stop_payment")
public class StopPayment implements AuditedEntity {

    /** As long as a case transition's reason. */
    public static final int REASON_LENGTH = 1000;

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

    @Column(name = "freeze_extended", nullable = false)
    private boolean freezeExtended;

    @Column(name = "unfrozen_at")
    private Instant unfrozenAt;

    @Column(name = "unfrozen_by")
    private String unfrozenBy;

    @Column(name = "unfreeze_reason")
    private String unfreezeReason;

    @OneToMany(mappedBy = "stopPayment", cascade = CascadeType.PERSIST)
    @OrderBy("renewedAt")
    private List<FreezeRenewal> renewals = new ArrayList<>();

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

    /**
     * Freezing of (part of) the stopped money, within the window; it holds for {@code term} (the
     * extended term when a supervisor approved it) unless renewed.
     */
    public void recordFrozen(Amount amount, Instant at, Duration window, FreezeTerm term, boolean extended) {
        if (amountStopped == null) {
            throw new RuleViolationException("fraud.freeze.notStopped");
        }
        if (Amount.present("amountFrozen", amount).exceeds(amountStopped)) {
            throw new InvalidInputException("amountFrozen", "fraud.freeze.moreThanStopped", amountStopped.toPlainString());
        }
        checkNotBefore("frozenAt", at, stoppedAt);
        if (at.isAfter(windowEndsAt(window))) {
            throw new RuleViolationException("fraud.freeze.windowOver");
        }
        this.amountFrozen = amount.value();
        this.frozenAt = stored(at);
        this.freezeStatus = FreezeStatus.ACTIVE;
        this.freezeExtended = extended;
        this.freezeExpiresAt = term.endsAfter(frozenAt);
    }

    /**
     * A renewal (续冻) before the expiry, approved by a supervisor: the same term again, counted from
     * the previous expiry (not from today: renewing early gains nothing and loses nothing).
     */
    public FreezeRenewal renew(FreezeTerm term, Instant at, String approvedBy) {
        requireInForce(at);
        Instant previous = freezeExpiresAt;
        freezeExpiresAt = term.endsAfter(previous);
        freezeStatus = FreezeStatus.RENEWED;
        FreezeRenewal renewal = new FreezeRenewal(this, stored(at), previous, freezeExpiresAt, approvedBy);
        renewals.add(renewal);
        return renewal;
    }

    /** An unfreeze (解冻), with its reason: the money is released. */
    public void unfreeze(Instant at, String by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "fraud.freeze.reasonRequired");
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw new InvalidInputException("reason", "common.tooLong", REASON_LENGTH);
        }
        requireInForce(at);
        freezeStatus = FreezeStatus.UNFROZEN;
        unfrozenAt = stored(at);
        unfrozenBy = by;
        unfreezeReason = reason.strip();
    }

    /** A freeze not renewed by its expiry ends there; answers whether this one did now. */
    public boolean lapseAt(Instant now) {
        if (freezeStatus == null || !freezeStatus.inForce() || now.isBefore(freezeExpiresAt)) {
            return false;
        }
        freezeStatus = FreezeStatus.LAPSED;
        return true;
    }

    /** Renewing or unfreezing needs a freeze in force: none yet, unfrozen, or lapsed (also one past its expiry the job has not seen yet) → 409. */
    private void requireInForce(Instant at) {
        if (freezeStatus == null) {
            throw new RuleViolationException("fraud.freeze.notFrozen");
        }
        if (freezeStatus == FreezeStatus.LAPSED || freezeStatus.inForce() && !at.isBefore(freezeExpiresAt)) {
            throw new RuleViolationException("fraud.freeze.lapsed");
        }
        if (freezeStatus == FreezeStatus.UNFROZEN) {
            throw new RuleViolationException("fraud.freeze.unfrozen");
        }
    }

    /** The end of the window: from the stop, or from the request while the bank has not answered. */
    public Instant windowEndsAt(Duration window) {
        return (stoppedAt != null ? stoppedAt : requestedAt).plus(window);
    }

    /** Stopped money not frozen while the window ran: it is released back into the chain. */
    public boolean isExpiredAt(Instant now, Duration window) {
        return frozenAt == null && now.isAfter(windowEndsAt(window));
    }

    public boolean isOpen() {
        return frozenAt == null;
    }

    /** At the database's precision: the answer of the change shows what a later read will. */
    private static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
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

    /** Whether a supervisor approved the extended term at the freeze (renewals run the same term). */
    public boolean isFreezeExtended() {
        return freezeExtended;
    }

    public Instant getUnfrozenAt() {
        return unfrozenAt;
    }

    public String getUnfrozenBy() {
        return unfrozenBy;
    }

    public String getUnfreezeReason() {
        return unfreezeReason;
    }

    /** Oldest first. */
    public List<FreezeRenewal> getRenewals() {
        return Collections.unmodifiableList(renewals);
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
                + " stopped " + amountStopped + " frozen " + amountFrozen
                + (freezeStatus == null ? "" : " freeze " + freezeStatus + " until " + freezeExpiresAt);
    }
}
