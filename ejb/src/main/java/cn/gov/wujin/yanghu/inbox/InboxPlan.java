package cn.gov.wujin.yanghu.inbox;

import cn.gov.wujin.yanghu.organization.domain.Role;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static cn.gov.wujin.yanghu.inbox.InboxKind.AWAITING_DECISION;
import static cn.gov.wujin.yanghu.inbox.InboxKind.ESCALATED_REQUESTS;
import static cn.gov.wujin.yanghu.inbox.InboxKind.FAILED_JOBS;
import static cn.gov.wujin.yanghu.inbox.InboxKind.FOLLOW_UPS;
import static cn.gov.wujin.yanghu.inbox.InboxKind.LOCKED_ACCOUNTS;
import static cn.gov.wujin.yanghu.inbox.InboxKind.MY_CASES_DUE;
import static cn.gov.wujin.yanghu.inbox.InboxKind.MY_POINTS;
import static cn.gov.wujin.yanghu.inbox.InboxKind.MY_SHIFTS;
import static cn.gov.wujin.yanghu.inbox.InboxKind.NEW_TIPS;
import static cn.gov.wujin.yanghu.inbox.InboxKind.OPEN_LEADS;
import static cn.gov.wujin.yanghu.inbox.InboxKind.OPEN_REQUESTS;
import static cn.gov.wujin.yanghu.inbox.InboxKind.OVERDUE_CASES;
import static cn.gov.wujin.yanghu.inbox.InboxKind.PROJECTS_WITHOUT_VISIT;
import static cn.gov.wujin.yanghu.inbox.InboxKind.REQUESTS_DUE;
import static cn.gov.wujin.yanghu.inbox.InboxKind.SHIFTS_TODAY;
import static cn.gov.wujin.yanghu.inbox.InboxKind.STOP_PAYMENTS_ENDING;
import static cn.gov.wujin.yanghu.inbox.InboxKind.TIP_UPDATES;
import static cn.gov.wujin.yanghu.inbox.InboxKind.UNASSIGNED_TIPS;
import static cn.gov.wujin.yanghu.inbox.InboxKind.UNDERSTAFFED_SHIFTS;

/** Which counts each person's home page shows: those of each of their roles, once each, in the roles' order. */
public final class InboxPlan {

    /** The columns of the bureau's table of stations: a station head's figures. */
    public static final List<InboxKind> STATION_FIGURES = List.of(AWAITING_DECISION, OVERDUE_CASES, OPEN_LEADS, OPEN_REQUESTS,
            ESCALATED_REQUESTS, UNDERSTAFFED_SHIFTS);

    private InboxPlan() {
    }

    /** The kinds for a person with these roles, at a station or at the bureau ({@code atStation} false). */
    public static List<InboxKind> kinds(Set<Role> roles, boolean atStation) {
        Set<InboxKind> kinds = new LinkedHashSet<>();
        if (roles.contains(Role.SUPERVISOR)) {
            if (!atStation) {
                kinds.add(ESCALATED_REQUESTS); // the escalations first; then the tips only the bureau can place
                kinds.add(UNASSIGNED_TIPS); // then the bureau's totals of the stations' figures
            }
            kinds.addAll(STATION_FIGURES);
        }
        if (roles.contains(Role.OFFICER)) {
            kinds.addAll(List.of(NEW_TIPS, MY_CASES_DUE, OPEN_LEADS, STOP_PAYMENTS_ENDING, SHIFTS_TODAY));
        }
        if (roles.contains(Role.AUXILIARY)) {
            // no cases of their own (cases are handed to officers): the station's stop-payments instead
            kinds.addAll(List.of(NEW_TIPS, OPEN_LEADS, STOP_PAYMENTS_ENDING, SHIFTS_TODAY));
        }
        if (roles.contains(Role.LIAISON)) {
            kinds.addAll(List.of(PROJECTS_WITHOUT_VISIT, REQUESTS_DUE, FOLLOW_UPS));
        }
        if (roles.contains(Role.VOLUNTEER)) {
            kinds.addAll(List.of(MY_SHIFTS, TIP_UPDATES, MY_POINTS));
        }
        if (roles.contains(Role.ADMIN)) {
            kinds.addAll(List.of(LOCKED_ACCOUNTS, FAILED_JOBS));
        }
        return new ArrayList<>(kinds);
    }

    /** Whose stop-payments an inbox counts: an officer's own cases; otherwise (an auxiliary) the station's. */
    public static boolean ownCases(Set<Role> roles) {
        return roles.contains(Role.OFFICER);
    }

    /** A supervisor without a station: the bureau, whose home page compares the stations. */
    public static boolean isBureau(Set<Role> roles, boolean atStation) {
        return roles.contains(Role.SUPERVISOR) && !atStation;
    }
}
