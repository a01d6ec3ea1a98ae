package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.organization.domain.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * What can be done to a case, from which states, by whom. Filing, not filing, closing and
 * withdrawing need a supervisor; not filing and withdrawing need a reason. After not filing:
 * the person's request for reconsideration (复议, recorded by an officer) and the station's
 * decision on it (UPHOLD or REVERSE), then their request for review (复核) and the bureau's
 * decision (a bureau-level supervisor's); new facts re-open the filing decision (REOPEN). The
 * filing review may be extended twice (EXTEND_REVIEW).
 */
public enum CaseAction {
    ACCEPT(CaseStatus.ACCEPTED, false, EnumSet.of(CaseStatus.REPORTED), Role.OFFICER, Role.SUPERVISOR),
    FILE(CaseStatus.FILED, false, EnumSet.of(CaseStatus.ACCEPTED), Role.SUPERVISOR),
    NOT_FILE(CaseStatus.NOT_FILED, true, EnumSet.of(CaseStatus.ACCEPTED), Role.SUPERVISOR),
    INVESTIGATE(CaseStatus.INVESTIGATING, false, EnumSet.of(CaseStatus.FILED), Role.OFFICER, Role.SUPERVISOR),
    SOLVE(CaseStatus.SOLVED, false, EnumSet.of(CaseStatus.INVESTIGATING), Role.OFFICER, Role.SUPERVISOR),
    TRANSFER(CaseStatus.PROSECUTION_TRANSFERRED, false, EnumSet.of(CaseStatus.SOLVED), Role.OFFICER, Role.SUPERVISOR),
    CLOSE(CaseStatus.CLOSED, false, EnumSet.of(CaseStatus.PROSECUTION_TRANSFERRED), Role.SUPERVISOR),
    WITHDRAW(CaseStatus.WITHDRAWN, true, EnumSet.of(CaseStatus.FILED, CaseStatus.INVESTIGATING), Role.SUPERVISOR),
    /** The head approves more time for the filing decision: 30 days from acceptance, then 60; no third time. */
    EXTEND_REVIEW(CaseStatus.ACCEPTED, true, EnumSet.of(CaseStatus.ACCEPTED), Role.SUPERVISOR),
    /** The person's request for reconsideration of not filing, within its time (recorded by an officer). */
    RECONSIDER(CaseStatus.RECONSIDERING, false, EnumSet.of(CaseStatus.NOT_FILED), Role.OFFICER, Role.SUPERVISOR),
    /** The reconsideration keeps the decision not to file. */
    UPHOLD(CaseStatus.NOT_FILED, true, EnumSet.of(CaseStatus.RECONSIDERING), Role.SUPERVISOR),
    /** The reconsideration reverses it: the case is filed. */
    REVERSE(CaseStatus.FILED, false, EnumSet.of(CaseStatus.RECONSIDERING), Role.SUPERVISOR),
    /** The person's request for review at the bureau once reconsideration upheld not filing, within its time. */
    REQUEST_REVIEW(CaseStatus.REVIEWING, false, EnumSet.of(CaseStatus.NOT_FILED), Role.OFFICER, Role.SUPERVISOR),
    /** The bureau's review keeps the decision not to file (a bureau-level supervisor's). */
    REVIEW_UPHOLD(CaseStatus.NOT_FILED, true, EnumSet.of(CaseStatus.REVIEWING), Role.SUPERVISOR),
    /** The bureau's review reverses it: the case is filed (a bureau-level supervisor's). */
    REVIEW_REVERSE(CaseStatus.FILED, false, EnumSet.of(CaseStatus.REVIEWING), Role.SUPERVISOR),
    /** New facts re-open the filing decision: accepted again, with a new filing review. */
    REOPEN(CaseStatus.ACCEPTED, true, EnumSet.of(CaseStatus.NOT_FILED), Role.SUPERVISOR);

    private final CaseStatus target;
    private final boolean reasonRequired;
    private final Set<CaseStatus> from;
    private final Set<Role> allowedRoles;

    CaseAction(CaseStatus target, boolean reasonRequired, Set<CaseStatus> from, Role first, Role... more) {
        this.target = target;
        this.reasonRequired = reasonRequired;
        this.from = from;
        this.allowedRoles = EnumSet.of(first, more);
    }

    public CaseStatus target() {
        return target;
    }

    public boolean isReasonRequired() {
        return reasonRequired;
    }

    public boolean isAllowedFrom(CaseStatus status) {
        return from.contains(status);
    }

    public boolean isAllowedFor(Set<Role> roles) {
        return roles.stream().anyMatch(allowedRoles::contains);
    }

    /** Only a supervisor without a station (the bureau's) decides a review. */
    public boolean isBureauOnly() {
        return this == REVIEW_UPHOLD || this == REVIEW_REVERSE;
    }

    /** The step that must be the case's last one for this one to be possible (a request answers that decision), or null. */
    public CaseAction answers() {
        return switch (this) {
            case RECONSIDER -> NOT_FILE;
            case REQUEST_REVIEW -> UPHOLD;
            default -> null;
        };
    }

    /** Possible from the status, and (a request) right after the decision it answers. */
    public boolean isPossibleAfter(CaseStatus status, CaseAction lastStep) {
        return isAllowedFrom(status) && (answers() == null || answers() == lastStep);
    }

    /** The person's time for this request, counted from the serving of the decision it answers (or the decision), or null. */
    public LimitCode requestWindow() {
        return switch (this) {
            case RECONSIDER -> LimitCode.RECONSIDERATION_REQUEST_DAYS;
            case REQUEST_REVIEW -> LimitCode.REVIEW_REQUEST_DAYS;
            default -> null;
        };
    }

    /** The paper whose serving starts this request's time, or null. */
    public ServedDocument windowStartsWith() {
        return switch (this) {
            case RECONSIDER -> ServedDocument.NOT_FILING_NOTICE;
            case REQUEST_REVIEW -> ServedDocument.RECONSIDERATION_DECISION;
            default -> null;
        };
    }

    /** Whether the caller may take this step: the roles, and for a review a supervisor of the bureau (no station). */
    public boolean isAllowedFor(Set<Role> roles, boolean bureauLevel) {
        return isAllowedFor(roles) && (!isBureauOnly() || bureauLevel);
    }

    /** Only a supervisor may take this step (filing, not filing, closing, withdrawing). */
    public boolean needsSupervisor() {
        return allowedRoles.equals(EnumSet.of(Role.SUPERVISOR));
    }

    /**
     * The states in which a case waits for a supervisor's decision: every step out of them needs
     * one (ACCEPTED: file, not file or extend; PROSECUTION_TRANSFERRED: close; RECONSIDERING and
     * REVIEWING: uphold or reverse). NOT_FILED is not among them (the person's request comes first). FILED is not among them, as its
     * next step is the officer's (investigating), withdrawing being the exception.
     */
    public static Set<CaseStatus> awaitingSupervisor() {
        Set<CaseStatus> waiting = EnumSet.noneOf(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            boolean any = false;
            boolean all = true;
            for (CaseAction action : values()) {
                if (action.isAllowedFrom(status)) {
                    any = true;
                    all &= action.needsSupervisor();
                }
            }
            if (any && all) {
                waiting.add(status);
            }
        }
        return waiting;
    }
}
