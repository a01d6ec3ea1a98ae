package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.fraud.domain.FraudCase;
import cn.gov.wujin.yanghu.fraud.domain.FrozenAccount;
import cn.gov.wujin.yanghu.fraud.domain.LimitCode;
import cn.gov.wujin.yanghu.fraud.domain.ReturnPlan;
import cn.gov.wujin.yanghu.fraud.domain.ReturnPlanStatus;
import cn.gov.wujin.yanghu.fraud.domain.ReturnShare;
import cn.gov.wujin.yanghu.fraud.domain.StopPayment;
import cn.gov.wujin.yanghu.fraud.domain.Victim;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.Amount;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.shared.RoleNotPermittedException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Giving a frozen account's money back (资金返还): a frozen account is registered when a freeze is
 * recorded; an OFFICER of a station involved drafts a plan (one round), a SUPERVISOR approves it,
 * it is on public notice for RETURN_NOTICE_DAYS while objections are taken down, and after the
 * notice it is executed: each share becomes a return in its case, within what the account holds
 * (not the case's own freeze). Writers of one account take turns (its row is locked).
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
public class ReturnPlans {

    @PersistenceContext
    private EntityManager em;

    private final StationScope scope;
    private final FrozenAccountQueries queries;
    private final ProcedureLimits limits;

    @Inject
    public ReturnPlans(StationScope scope, FrozenAccountQueries queries, ProcedureLimits limits) {
        this.scope = scope;
        this.queries = queries;
        this.limits = limits;
    }

    /** For the container. */
    protected ReturnPlans() {
        this(null, null, null);
    }

    /** A freeze was recorded: its account becomes (or stays) one frozen account across cases. In the recording transaction. */
    public void stopPaymentRecorded(@Observes StopPaymentRecorded recorded) {
        StopPayment stop = em.find(StopPayment.class, recorded.stopPaymentId());
        if (stop == null || stop.getFrozenAt() == null) {
            return;
        }
        boolean known = em.createNamedQuery("FrozenAccount.byAccount", FrozenAccount.class).setParameter("account", stop.getAccount())
                .getResultStream().findFirst().isPresent();
        if (!known) {
            em.persist(new FrozenAccount(stop));
        }
    }

    /**
     * Drafts the next round for what the account still holds. Every case whose transfers reached
     * the account takes part; its first victim receives unless the draft names another.
     */
    @RolesAllowed(Roles.OFFICER)
    public ReturnPlanView draft(long accountId, @NotNull ReturnPlanDraft draft) {
        FrozenAccount account = lockedAccount(accountId);
        Caller caller = scope.caller();
        if (!queries.stationsInvolved(account).contains(caller.stationId())) {
            throw new RoleNotPermittedException("returnPlan.notInvolved");
        }
        List<ReturnPlan> plans = queries.plans(account);
        if (plans.stream().anyMatch(p -> p.getStatus() != ReturnPlanStatus.EXECUTED)) {
            throw new RuleViolationException("returnPlan.roundOpen");
        }
        List<FrozenAccountQueries.Claim> found = queries.claims(account);
        Map<Long, ReturnPlanDraft.TracedAmount> traced = traced(draft, found);
        List<ReturnPlan.Claim> claims = new ArrayList<>();
        for (FrozenAccountQueries.Claim c : found) {
            ReturnPlanDraft.TracedAmount t = traced.get(c.caseId());
            FraudCase fraudCase = em.find(FraudCase.class, c.caseId());
            int victimNumber = t == null || t.getVictim() == null ? 1 : t.getVictim();
            if (victimNumber < 1 || victimNumber > fraudCase.getVictims().size()) {
                throw new InvalidInputException("traced[" + draft.getTraced().indexOf(t) + "].victim", "fraud.return.unknownVictim",
                        victimNumber);
            }
            Victim victim = fraudCase.getVictims().get(victimNumber - 1);
            BigDecimal amount = t == null || t.getAmount() == null ? BigDecimal.ZERO
                    : Amount.parse("traced[" + draft.getTraced().indexOf(t) + "].amount", t.getAmount()).value();
            claims.add(new ReturnPlan.Claim(fraudCase, victim, c.transferred(), c.returned(), amount));
        }
        ReturnPlan plan = new ReturnPlan(account, plans.size() + 1, queries.held(accountId), claims, caller.username(),
                Instant.now());
        em.persist(plan);
        em.flush();
        return queries.view(plan);
    }

    /** The traced amounts by case; a case named twice, or one whose money did not reach the account, is refused. */
    private static Map<Long, ReturnPlanDraft.TracedAmount> traced(ReturnPlanDraft draft, List<FrozenAccountQueries.Claim> claims) {
        Map<Long, ReturnPlanDraft.TracedAmount> byCase = new HashMap<>();
        List<ReturnPlanDraft.TracedAmount> given = draft.getTraced() == null ? List.of() : draft.getTraced();
        for (int i = 0; i < given.size(); i++) {
            ReturnPlanDraft.TracedAmount t = given.get(i);
            if (t == null || t.getCaseId() == null) {
                throw new InvalidInputException("traced[" + i + "].caseId", "returnPlan.caseRequired");
            }
            long caseId = t.getCaseId();
            if (claims.stream().noneMatch(c -> c.caseId() == caseId)) {
                throw new InvalidInputException("traced[" + i + "].caseId", "returnPlan.caseNotPaying", caseId);
            }
            if (byCase.put(caseId, t) != null) {
                throw new InvalidInputException("traced[" + i + "].caseId", "returnPlan.caseTwice", caseId);
            }
        }
        return byCase;
    }

    /** A SUPERVISOR's approval: the public notice starts now and lasts RETURN_NOTICE_DAYS. */
    @RolesAllowed(Roles.SUPERVISOR)
    public ReturnPlanView approve(long planId) {
        ReturnPlan plan = lockedPlan(planId);
        Caller caller = scope.caller();
        if (!caller.seesAllStations() && !queries.stationsInvolved(plan.getFrozenAccount()).contains(caller.stationId())) {
            throw new RoleNotPermittedException("returnPlan.notInvolved");
        }
        Instant now = Instant.now();
        plan.approve(caller.username(), now, limits.after(LimitCode.RETURN_NOTICE_DAYS, now));
        em.flush();
        return queries.view(plan);
    }

    /** An objection raised during the notice, taken down by the caller. */
    public ReturnPlanView object(long planId, String objector, String text) {
        ReturnPlan plan = lockedPlan(planId);
        plan.object(objector, text, scope.caller().username(), Instant.now());
        em.flush();
        return queries.view(plan);
    }

    /**
     * Executes the plan after its notice: each share is recorded as a return to its victim in its
     * case, naming the plan ({@link FraudCase#recordPlanReturn}). The limit is the account's, not
     * the case's: the shares together never exceed what the account held when drafted, and the
     * account's row is locked while the plan is drafted and executed, so a share may exceed what
     * its own case froze.
     */
    public ReturnPlanView execute(long planId) {
        ReturnPlan plan = lockedPlan(planId);
        BigDecimal held = queries.held(plan.getFrozenAccount().getId());
        if (plan.getStatus() == ReturnPlanStatus.NOTICE && plan.getAmount().compareTo(held) > 0) {
            // a freeze lapsed or was lifted since the draft: the account no longer holds the plan's money
            throw new RuleViolationException("returnPlan.heldLess", held.toPlainString());
        }
        Instant now = Instant.now();
        String by = scope.caller().username();
        for (ReturnShare share : plan.execute(by, now)) {
            FraudCase c = em.find(FraudCase.class, share.getFraudCase().getId(), LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            c.recordPlanReturn(plan, share.getVictim().getPosition(), Amount.of(share.getAmount()).orElseThrow(), now, by);
        }
        em.flush();
        return queries.view(plan);
    }

    private FrozenAccount lockedAccount(long accountId) {
        queries.visible(accountId);
        return em.find(FrozenAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    }

    private ReturnPlan lockedPlan(long planId) {
        ReturnPlan plan = em.find(ReturnPlan.class, planId);
        if (plan == null) {
            throw new RecordNotFoundException("ReturnPlan", planId);
        }
        lockedAccount(plan.getFrozenAccount().getId());
        em.refresh(plan);
        return plan;
    }
}
