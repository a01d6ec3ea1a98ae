package cn.gov.wujin.yanghu.inbox;

import cn.gov.wujin.yanghu.fraud.application.CaseFilter;
import cn.gov.wujin.yanghu.fraud.application.CaseQueries;
import cn.gov.wujin.yanghu.fraud.application.CaseQueue;
import cn.gov.wujin.yanghu.fraud.warning.LeadOutcome;
import cn.gov.wujin.yanghu.fraud.warning.WarningLeadService;
import cn.gov.wujin.yanghu.liaison.application.ProjectFilter;
import cn.gov.wujin.yanghu.liaison.application.ProjectService;
import cn.gov.wujin.yanghu.liaison.application.RequestFilter;
import cn.gov.wujin.yanghu.liaison.application.RequestQueue;
import cn.gov.wujin.yanghu.liaison.application.RequestService;
import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.application.AccountFilter;
import cn.gov.wujin.yanghu.organization.application.AccountService;
import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import cn.gov.wujin.yanghu.organization.application.StationView;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.patrol.application.PointsService;
import cn.gov.wujin.yanghu.patrol.application.ShiftQueue;
import cn.gov.wujin.yanghu.patrol.application.ShiftService;
import cn.gov.wujin.yanghu.patrol.application.ShiftView;
import cn.gov.wujin.yanghu.patrol.application.TipQueries;
import cn.gov.wujin.yanghu.patrol.domain.TipStatus;
import cn.gov.wujin.yanghu.shared.Backlog;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every home page is a work inbox: for the caller, per role ({@link InboxPlan}), how much waits
 * in each list of their work, whether any of it is overdue, and the list itself, filtered. A count
 * is never computed here: each one asks the list's own service with the list's own filter (a
 * {@link CaseQueue}, a {@link RequestQueue}, …), under the caller's roles and station scope, so
 * a count never includes what the list would not show.
 */
@Stateless
@PermitAll
public class Inbox {

    /** A count stops here (the page shows "999+"): the lists' indexes answer that at once, however long the list. */
    public static final int CAP = 1000;

    @Inject
    private StationScope scope;

    @Inject
    private CaseQueries cases;

    @Inject
    private WarningLeadService leads;

    @Inject
    private TipQueries tips;

    @Inject
    private ShiftService shifts;

    @Inject
    private PointsService points;

    @Inject
    private RequestService requests;

    @Inject
    private ProjectService projects;

    @Inject
    private AccountService accounts;

    @Inject
    private JobRuns jobs;

    @Inject
    private OrganizationService organization;

    /** The caller's counts, in the order of {@link InboxPlan#kinds}; nothing for a caller not signed in. */
    public List<InboxItem> mine() {
        Caller caller = scope.caller();
        if (!caller.isAuthenticated()) {
            return List.of();
        }
        List<InboxItem> items = new ArrayList<>();
        for (InboxKind kind : InboxPlan.kinds(caller.roles(), caller.stationId() != null)) {
            items.add(item(kind, caller));
        }
        return items;
    }

    private InboxItem item(InboxKind kind, Caller caller) {
        String link = kind.link();
        Backlog backlog = switch (kind) {
            case NEW_TIPS -> tips.backlog(TipStatus.NEW, CAP);
            case MY_CASES_DUE -> cases.backlog(CaseFilter.queue(CaseQueue.DUE, caller.username(), null), CAP);
            case OPEN_LEADS -> leads.backlog(LeadOutcome.OPEN, CAP);
            case STOP_PAYMENTS_ENDING -> {
                boolean own = InboxPlan.ownCases(caller.roles());
                link = own ? link + "&mine=true" : link;
                yield cases.backlog(CaseFilter.queue(CaseQueue.STOP_PAYMENT_ENDING, own ? caller.username() : null, null), CAP);
            }
            case SHIFTS_TODAY -> shifts.backlog(ShiftQueue.TODAY, CAP);
            case AWAITING_DECISION -> cases.backlog(CaseFilter.queue(CaseQueue.AWAITING_DECISION, null, null), CAP);
            case OVERDUE_CASES -> cases.backlog(CaseFilter.queue(CaseQueue.OVERDUE, null, null), CAP);
            case OPEN_REQUESTS -> requests.backlog(requestQueue(RequestQueue.OPEN), CAP);
            case ESCALATED_REQUESTS -> requests.backlog(requestQueue(RequestQueue.ESCALATED), CAP);
            case UNDERSTAFFED_SHIFTS -> shifts.backlog(ShiftQueue.UNDERSTAFFED, CAP);
            case UNASSIGNED_TIPS -> tips.unassignedBacklog(CAP);
            case MY_SHIFTS -> shifts.backlog(ShiftQueue.UPCOMING, CAP);
            case TIP_UPDATES -> tips.updatesOnMine(CAP);
            case MY_POINTS -> new Backlog(points.myTotal().setScale(0, RoundingMode.DOWN).longValueExact(), false);
            case PROJECTS_WITHOUT_VISIT -> projects.backlog(projectFilter(true, false), CAP);
            case REQUESTS_DUE -> requests.backlog(requestQueue(RequestQueue.DUE), CAP);
            case FOLLOW_UPS -> projects.backlog(projectFilter(false, true), CAP);
            case LOCKED_ACCOUNTS -> new Backlog(Math.min(accounts.count(AccountFilter.locked()), CAP), false);
            case FAILED_JOBS -> jobs.backlog(CAP);
        };
        return new InboxItem(kind.key(), backlog.count(), backlog.overdue(), link);
    }

    /**
     * The bureau's table: each station's figures ({@link InboxPlan#STATION_FIGURES}), with the
     * lists' own conditions (grouped by station, or per station where a grouped count would read
     * the whole bureau's cases); each cell links to the station's list. Stations with nothing
     * waiting are left out.
     */
    @RolesAllowed(Roles.SUPERVISOR)
    public List<StationFigures> byStation() {
        Map<InboxKind, Map<Long, Backlog>> figures = new EnumMap<>(InboxKind.class);
        for (InboxKind kind : InboxPlan.STATION_FIGURES) {
            figures.put(kind, switch (kind) {
                case AWAITING_DECISION -> cases.backlogByStation(CaseFilter.queue(CaseQueue.AWAITING_DECISION, null, null), CAP);
                case OVERDUE_CASES -> cases.backlogByStation(CaseFilter.queue(CaseQueue.OVERDUE, null, null), CAP);
                case OPEN_LEADS -> leads.backlogByStation(LeadOutcome.OPEN);
                case OPEN_REQUESTS -> requests.backlogByStation(requestQueue(RequestQueue.OPEN));
                case ESCALATED_REQUESTS -> requests.backlogByStation(requestQueue(RequestQueue.ESCALATED));
                case UNDERSTAFFED_SHIFTS -> shifts.backlogByStation(ShiftQueue.UNDERSTAFFED);
                default -> throw new IllegalStateException(kind + " is no station figure");
            });
        }
        List<StationFigures> rows = new ArrayList<>();
        for (StationView station : organization.stations()) {
            if (!scope.canSee(station.id())) {
                continue;
            }
            List<InboxItem> items = new ArrayList<>();
            boolean any = false;
            for (InboxKind kind : InboxPlan.STATION_FIGURES) {
                Backlog b = figures.get(kind).getOrDefault(station.id(), Backlog.NONE);
                any |= b.count() > 0;
                items.add(new InboxItem(kind.key(), b.count(), b.overdue(), kind.linkFor(station.code())));
            }
            if (any) {
                rows.add(new StationFigures(station.code(), station.nameZh(), station.nameEn(), items));
            }
        }
        return rows;
    }

    /** A volunteer's phone: the next shift they are signed up to (with the check-in window) and their points. */
    @RolesAllowed(Roles.VOLUNTEER)
    public VolunteerHome volunteer() {
        List<ShiftView> ahead = shifts.queue(ShiftQueue.UPCOMING, null);
        BigDecimal total = points.myTotal();
        return new VolunteerHome(ahead.isEmpty() ? null : NextShift.of(ahead.get(0), Instant.now()), total);
    }

    private static RequestFilter requestQueue(RequestQueue queue) {
        RequestFilter filter = new RequestFilter();
        filter.setQueue(queue);
        return filter;
    }

    private static ProjectFilter projectFilter(boolean noRecentVisit, boolean followUps) {
        ProjectFilter filter = new ProjectFilter();
        filter.setNoRecentVisit(noRecentVisit);
        filter.setFollowUpsOpen(followUps);
        return filter;
    }
}
