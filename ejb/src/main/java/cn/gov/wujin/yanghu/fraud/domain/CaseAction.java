package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.organization.domain.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * What can be done to a case, from which states, by whom. Filing, not filing, closing and
 * withdrawing need a supervisor; not filing and withdrawing need a reason.
 */
public enum CaseAction {
    ACCEPT(CaseStatus.ACCEPTED, false, EnumSet.of(CaseStatus.REPORTED), Role.OFFICER, Role.SUPERVISOR),
    FILE(CaseStatus.FILED, false, EnumSet.of(CaseStatus.ACCEPTED), Role.SUPERVISOR),
    NOT_FILE(CaseStatus.NOT_FILED, true, EnumSet.of(CaseStatus.ACCEPTED), Role.SUPERVISOR),
    INVESTIGATE(CaseStatus.INVESTIGATING, false, EnumSet.of(CaseStatus.FILED), Role.OFFICER, Role.SUPERVISOR),
    SOLVE(CaseStatus.SOLVED, false, EnumSet.of(CaseStatus.INVESTIGATING), Role.OFFICER, Role.SUPERVISOR),
    TRANSFER(CaseStatus.PROSECUTION_TRANSFERRED, false, EnumSet.of(CaseStatus.SOLVED), Role.OFFICER, Role.SUPERVISOR),
    CLOSE(CaseStatus.CLOSED, false, EnumSet.of(CaseStatus.PROSECUTION_TRANSFERRED), Role.SUPERVISOR),
    WITHDRAW(CaseStatus.WITHDRAWN, true, EnumSet.of(CaseStatus.FILED, CaseStatus.INVESTIGATING), Role.SUPERVISOR);

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

    /** Only a supervisor may take this step (filing, not filing, closing, withdrawing). */
    public boolean needsSupervisor() {
        return allowedRoles.equals(EnumSet.of(Role.SUPERVISOR));
    }

    /**
     * The states in which a case waits for a supervisor's decision: every step out of them needs
     * one (ACCEPTED: file or not; PROSECUTION_TRANSFERRED: close). FILED is not among them, as its
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
