package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One round of giving a frozen account's money back (返还方案): drafted by an officer with the
 * money traced to each victim, approved by a supervisor, on public notice (公告) for the notice
 * period while objections are taken down, and executed after it. The shares are fixed when drafted
 * ({@link ReturnShares}); executing records each as a return in its case.
 */
@Entity
@Table(name = "return_plan")
public class ReturnPlan implements AuditedEntity {

    /** The longest objection text kept. */
    public static final int OBJECTION_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "frozen_account_id", nullable = false, updatable = false)
    private FrozenAccount frozenAccount;

    @Column(nullable = false, updatable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReturnPlanStatus status;

    @Column(nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal available;

    @Column(nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "drafted_by", nullable = false, updatable = false)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false, updatable = false)
    private Instant draftedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "notice_ends_at")
    private Instant noticeEndsAt;

    @Column(name = "executed_by")
    private String executedBy;

    @Column(name = "executed_at")
    private Instant executedAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<ReturnShare> shares = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("recordedAt, id")
    private List<ReturnObjection> objections = new ArrayList<>();

    @Version
    private long version;

    protected ReturnPlan() {
    }

    /**
     * A draft of round {@code round}: {@code available} is the account's frozen money not yet given
     * back; each claim names the case, the victim who receives and the money traced to them.
     */
    public ReturnPlan(FrozenAccount frozenAccount, int round, BigDecimal available, List<Claim> claims, String draftedBy, Instant now) {
        if (available.signum() <= 0) {
            throw new RuleViolationException("returnPlan.nothingLeft");
        }
        if (claims.isEmpty()) {
            throw new RuleViolationException("returnPlan.noVictims");
        }
        List<ReturnShares.Share> computed = ReturnShares.of(available,
                claims.stream().map(c -> new ReturnShares.Claim(c.transferred(), c.returnedBefore(), c.traced())).toList());
        this.frozenAccount = frozenAccount;
        this.round = round;
        this.status = ReturnPlanStatus.DRAFT;
        this.available = available;
        this.draftedBy = draftedBy;
        this.draftedAt = stored(now);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            ReturnShares.Share share = computed.get(i);
            shares.add(new ReturnShare(this, i + 1, claim.fraudCase(), claim.victim(), claim.transferred(), claim.returnedBefore(), share));
            total = total.add(share.amount());
        }
        this.amount = total;
    }

    /** A case whose transfers reached the account: what they came to, what came back in earlier rounds, what is traced now. */
    public record Claim(FraudCase fraudCase, Victim victim, BigDecimal transferred, BigDecimal returnedBefore, BigDecimal traced) {
    }

    /** A supervisor's approval: the plan goes on public notice until {@code noticeEndsAt}. */
    public void approve(String supervisor, Instant now, Instant noticeEndsAt) {
        if (status != ReturnPlanStatus.DRAFT) {
            throw new RuleViolationException("returnPlan.notDraft", status.name());
        }
        this.status = ReturnPlanStatus.NOTICE;
        this.approvedBy = supervisor;
        this.approvedAt = stored(now);
        this.noticeEndsAt = stored(noticeEndsAt);
    }

    /** An objection (异议) raised while the plan is on notice. */
    public ReturnObjection object(String objector, String text, String recordedBy, Instant now) {
        if (status != ReturnPlanStatus.NOTICE || !now.isBefore(noticeEndsAt)) {
            throw new RuleViolationException("returnPlan.notOnNotice");
        }
        if (objector == null || objector.isBlank()) {
            throw new InvalidInputException("objector", "returnPlan.objectorRequired");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "returnPlan.objectionTextRequired");
        }
        if (objector.strip().length() > 100) {
            throw new InvalidInputException("objector", "common.tooLong", 100);
        }
        if (text.strip().length() > OBJECTION_LENGTH) {
            throw new InvalidInputException("text", "common.tooLong", OBJECTION_LENGTH);
        }
        ReturnObjection objection = new ReturnObjection(this, objector.strip(), text.strip(), recordedBy, stored(now));
        objections.add(objection);
        return objection;
    }

    /**
     * Executes the plan once its notice has ended: answers the shares to record as returns in
     * their cases (those of more than zero).
     */
    public List<ReturnShare> execute(String by, Instant now) {
        if (status != ReturnPlanStatus.NOTICE) {
            throw new RuleViolationException(status == ReturnPlanStatus.DRAFT ? "returnPlan.notApproved" : "returnPlan.executed");
        }
        if (now.isBefore(noticeEndsAt)) {
            throw new RuleViolationException("returnPlan.noticeRunning", noticeEndsAt.toString());
        }
        this.status = ReturnPlanStatus.EXECUTED;
        this.executedBy = by;
        this.executedAt = stored(now);
        return shares.stream().filter(s -> s.getAmount().signum() > 0).toList();
    }

    private static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public Long getId() {
        return id;
    }

    public FrozenAccount getFrozenAccount() {
        return frozenAccount;
    }

    public int getRound() {
        return round;
    }

    public ReturnPlanStatus getStatus() {
        return status;
    }

    public BigDecimal getAvailable() {
        return available;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getNoticeEndsAt() {
        return noticeEndsAt;
    }

    public String getExecutedBy() {
        return executedBy;
    }

    public Instant getExecutedAt() {
        return executedAt;
    }

    public List<ReturnShare> getShares() {
        return Collections.unmodifiableList(shares);
    }

    public List<ReturnObjection> getObjections() {
        return Collections.unmodifiableList(objections);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Object auditId() {
        return id;
    }

    /** Of no one station: its shares go to the cases of several. */
    @Override
    public Long auditStationId() {
        return null;
    }

    @Override
    public String auditSummary() {
        return "account " + frozenAccount.getId() + " round " + round + " " + status + " available " + available + " amount " + amount
                + " shares " + shares.size() + (noticeEndsAt == null ? "" : " notice until " + noticeEndsAt);
    }
}
