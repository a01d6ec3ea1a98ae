package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.fraud.domain.CaseAction;
import cn.gov.wujin.yanghu.fraud.domain.FraudCase;
import cn.gov.wujin.yanghu.fraud.domain.FreezeTerm;
import cn.gov.wujin.yanghu.fraud.domain.LimitCode;
import cn.gov.wujin.yanghu.fraud.domain.StopPayment;
import cn.gov.wujin.yanghu.fraud.domain.StopPaymentQuota;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.Amount;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RoleNotPermittedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Work on a registered case: the procedure's steps, who has it and when its next step is
 * due, stop-payments, freezing and returns. Each answers the case as it is afterwards.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
public class CaseCommands {

    @PersistenceContext
    private EntityManager em;

    private final StationScope scope;
    private final CaseViewAssembler views;
    private final ProcedureLimits limits;

    @Inject
    private Event<CaseStepTaken> steps;

    @Inject
    private Event<CaseHandedOver> handovers;

    @Inject
    private Event<StopPaymentRecorded> stopPayments;

    @Inject
    public CaseCommands(StationScope scope, CaseViewAssembler views, ProcedureLimits limits) {
        this.scope = scope;
        this.views = views;
        this.limits = limits;
    }

    /** For the container. */
    protected CaseCommands() {
        this(null, null, null);
    }

    /** Moves a case one step; {@code expectedVersion} (when given) must still be current. */
    public FraudCaseView perform(long id, @NotNull CaseAction action, String reason, Long expectedVersion) {
        FraudCase fraudCase = scope.find(FraudCase.class, id);
        requireVersion(fraudCase, expectedVersion);
        Caller caller = scope.caller();
        // a review's decision is the bureau's: a supervisor without a station
        fraudCase.perform(action, caller.username(), caller.roles(), caller.stationId() == null, reason, Instant.now(), limits);
        Account officer = fraudCase.getAssignedOfficer();
        steps.fire(new CaseStepTaken(fraudCase.getId(), fraudCase.getCaseNumber().value(), fraudCase.stationId(), action,
                fraudCase.getStatus(), caller.username(), officer == null ? null : officer.getUsername()));
        return flushed(fraudCase);
    }

    /**
     * Hands the case to another officer of its station and/or moves the next step's due
     * date. Reassigning is a supervisor's decision; the assigned officer may move the date.
     */
    public FraudCaseView reassign(long id, String officerUsername, OffsetDateTime dueAt, Long expectedVersion) {
        FraudCase fraudCase = scope.find(FraudCase.class, id);
        requireVersion(fraudCase, expectedVersion);
        boolean newOfficer = officerUsername != null && !officerUsername.isBlank();
        if (!newOfficer && dueAt == null) {
            throw new InvalidInputException("officer", "fraud.assign.nothing");
        }
        Caller caller = scope.caller();
        Account handedTo = null;
        if (newOfficer) {
            Account officer = em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", officerUsername.strip())
                    .getResultStream().findFirst().orElse(null);
            Account before = fraudCase.getAssignedOfficer();
            fraudCase.reassign(officer, caller.roles());
            if (before == null || !before.getId().equals(officer.getId())) {
                handedTo = officer;
            }
        }
        if (dueAt != null) {
            fraudCase.reschedule(dueAt.toInstant(), caller.username(), caller.roles(), Instant.now());
        }
        if (handedTo != null) {
            handovers.fire(new CaseHandedOver(fraudCase.getId(), fraudCase.getCaseNumber().value(), handedTo.getUsername(),
                    caller.displayName() == null ? caller.username() : caller.displayName(), fraudCase.getDueAt()));
        }
        return flushed(fraudCase);
    }

    /** Asks a bank to stop payment on a receiving account (紧急止付). */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public FraudCaseView requestStopPayment(long caseId, @NotNull @Valid StopPaymentRequest request) {
        scope.find(FraudCase.class, caseId); // another station's case is not found, whatever the account's history
        Instant at = request.getRequestedAt() == null ? Instant.now() : request.getRequestedAt().toInstant();
        Amount amount = Amount.parse("amountRequested", request.getAmountRequested());
        if (request.getAccount() != null && !request.getAccount().isBlank()) {
            // after the input's own checks: a request wrong in itself is told so, whatever the account's history;
            // before the case's lock, whose version step would otherwise be flushed ahead of the count
            quotaOf(request.getAccount().replaceAll("\\s", "")).allowAnother();
        }
        FraudCase c = locked(caseId);
        StopPayment stop = c.requestStopPayment(request.getBank(), request.getAccount(), amount, at, scope.caller().username());
        FraudCaseView view = flushed(c);
        // a request entered late may have little of its window left: that is told now, not a minute later
        stopPayments.fire(new StopPaymentRecorded(c.getId(), stop.getId()));
        return view;
    }

    /** Records the bank's answer to a stop-payment, or the freezing that follows it. */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public FraudCaseView recordStopPaymentOutcome(long caseId, long stopPaymentId, @NotNull StopPaymentOutcome outcome) {
        FraudCase c = locked(caseId);
        StopPayment stop = c.stopPayment(stopPaymentId);
        Instant at = outcome.getAt() == null ? Instant.now() : outcome.getAt().toInstant();
        // text that is no number is the request's "amount"; a number outside the rules is named by what it would be
        String field = !Amount.isDecimalText(outcome.getAmount()) ? "amount" : outcome.isFreeze() ? "amountFrozen" : "amountStopped";
        Amount amount = Amount.parse(field, outcome.getAmount());
        if (outcome.isFreeze()) {
            boolean extended = Boolean.TRUE.equals(outcome.getExtended());
            if (extended && !scope.caller().has(Role.SUPERVISOR)) {
                throw new RoleNotPermittedException("fraud.freeze.extendedBySupervisor");
            }
            stop.recordFrozen(amount, at, limits.duration(LimitCode.STOP_PAYMENT_HOURS), term(extended), extended);
        } else {
            stop.recordStopped(amount, at);
        }
        FraudCaseView view = flushed(c);
        stopPayments.fire(new StopPaymentRecorded(c.getId(), stop.getId()));
        return view;
    }

    /**
     * Renews a freeze (续冻) before its expiry: the freeze's term again from the previous expiry,
     * approved by the supervisor who records it, kept as a renewal of its own.
     */
    @RolesAllowed(Roles.SUPERVISOR)
    public FraudCaseView renewFreeze(long caseId, long stopPaymentId) {
        FraudCase c = locked(caseId);
        StopPayment stop = c.stopPayment(stopPaymentId);
        stop.renew(term(stop.isFreezeExtended()), Instant.now(), scope.caller().username());
        return flushed(c);
    }

    /** Unfreezes (解冻) a freeze in force, with the supervisor's reason. */
    @RolesAllowed(Roles.SUPERVISOR)
    public FraudCaseView unfreeze(long caseId, long stopPaymentId, String reason) {
        FraudCase c = locked(caseId);
        c.stopPayment(stopPaymentId).unfreeze(Instant.now(), scope.caller().username(), reason);
        return flushed(c);
    }

    private FreezeTerm term(boolean extended) {
        return new FreezeTerm(limits.amount(extended ? LimitCode.FREEZE_EXTENDED_MONTHS : LimitCode.FREEZE_MONTHS));
    }

    /**
     * How often the account was stopped so far, across all cases and stations. Requests on one
     * account take turns on a transaction-scoped advisory lock on the account (every instance
     * shares it, and the lock ends with the transaction), so two at once cannot both be the last
     * one allowed.
     */
    private StopPaymentQuota quotaOf(String account) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(stop_payment_account_lock_key(?1))").setParameter(1, account)
                .setFlushMode(FlushModeType.COMMIT).getSingleResult();
        List<?> earlier = em.createNativeQuery("SELECT c.case_number, st.code FROM stop_payment s JOIN fraud_case c ON c.id = s.fraud_case_id "
                        + "JOIN station st ON st.id = c.station_id WHERE s.account = ?1 ORDER BY s.requested_at DESC, s.id DESC")
                .setParameter(1, account).setFlushMode(FlushModeType.COMMIT).getResultList();
        Object[] last = earlier.isEmpty() ? new Object[2] : (Object[]) earlier.get(0);
        return new StopPaymentQuota(earlier.size(), limits.amount(LimitCode.STOP_PAYMENTS_PER_ACCOUNT), (String) last[0], (String) last[1]);
    }

    /** Records money returned to a victim (numbered from 1). */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public FraudCaseView recordReturn(long caseId, int victimNumber, String amount, OffsetDateTime returnedAt) {
        FraudCase c = locked(caseId);
        c.recordReturn(victimNumber, Amount.parse("amount", amount), returnedAt == null ? Instant.now() : returnedAt.toInstant(),
                scope.caller().username());
        return flushed(c);
    }

    /** Records the serving (送达) of a paper of the procedure; a decision's serving starts the person's time to contest it. */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public FraudCaseView recordService(long caseId, @NotNull NoticeServiceRequest request) {
        FraudCase c = locked(caseId);
        c.recordService(request.getDocument(), request.getMethod(), request.getServedAt() == null ? null : request.getServedAt().toInstant(),
                request.getServedTo(), scope.caller().username(), Instant.now());
        return flushed(c);
    }

    private static void requireVersion(FraudCase fraudCase, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != fraudCase.getVersion()) {
            throw new ConflictException("FraudCase", fraudCase.getId());
        }
    }

    /**
     * The case, locked until the transaction ends, for changes inside the aggregate
     * (stop-payments, returns): concurrent writers take turns, so a rule that spans the
     * case, such as "returns never exceed the frozen total", sees the other's work. The
     * case's version steps too, also when only a stop-payment changed: whoever holds the case
     * as it was gets a conflict, and the trail gets the case's row with its new money state.
     */
    private FraudCase locked(long caseId) {
        return scope.require(em.find(FraudCase.class, caseId, LockModeType.PESSIMISTIC_FORCE_INCREMENT), caseId);
    }

    private FraudCaseView flushed(FraudCase c) {
        em.flush();
        return views.view(c, true, Instant.now());
    }
}
