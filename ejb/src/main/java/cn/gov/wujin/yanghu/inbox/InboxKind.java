package cn.gov.wujin.yanghu.inbox;

/**
 * The kinds of work a home page counts, each with the list behind it: the page and the filter
 * whose rows the count counts (the same conditions, defined once by the list's service).
 */
public enum InboxKind {

    // officers and auxiliaries
    NEW_TIPS("new-tips", "/patrol/officer/tips.xhtml?status=NEW"),
    MY_CASES_DUE("my-cases-due", "/fraud/cases.xhtml?queue=due&mine=true"),
    OPEN_LEADS("open-leads", "/fraud/leads.xhtml?status=OPEN"),
    /** An officer's own cases ({@code &mine=true} added), an auxiliary's station's. */
    STOP_PAYMENTS_ENDING("stop-payments-ending", "/fraud/cases.xhtml?queue=stop-payment-ending"),
    SHIFTS_TODAY("shifts-today", "/patrol/officer/shifts.xhtml?queue=today"),
    // station heads, and the bureau per station
    AWAITING_DECISION("awaiting-decision", "/fraud/cases.xhtml?queue=awaiting-decision"),
    OVERDUE_CASES("overdue-cases", "/fraud/cases.xhtml?queue=overdue"),
    OPEN_REQUESTS("open-requests", "/liaison/requests.xhtml?queue=open"),
    ESCALATED_REQUESTS("escalated-requests", "/liaison/requests.xhtml?queue=escalated"),
    UNDERSTAFFED_SHIFTS("understaffed-shifts", "/patrol/officer/shifts.xhtml?queue=understaffed"),
    // the bureau: anonymous tips no station could be told for, to assign
    UNASSIGNED_TIPS("unassigned-tips", "/patrol/officer/tips.xhtml?status=NEW&unassigned=true"),
    // volunteers
    MY_SHIFTS("my-shifts", "/patrol/shifts.xhtml?queue=upcoming"),
    TIP_UPDATES("tip-updates", "/patrol/my-tips.xhtml?updates=true"),
    /** The points, in whole points (the page shows them exactly). */
    MY_POINTS("my-points", "/patrol/shifts.xhtml"),
    // liaison officers
    PROJECTS_WITHOUT_VISIT("projects-without-visit", "/liaison/projects.xhtml?noRecentVisit=true"),
    REQUESTS_DUE("requests-due", "/liaison/requests.xhtml?queue=due"),
    FOLLOW_UPS("follow-ups", "/liaison/projects.xhtml?followUps=true"),
    // administrators
    LOCKED_ACCOUNTS("locked-accounts", "/admin/accounts.xhtml?locked=true"),
    FAILED_JOBS("failed-jobs", "/admin/runs.xhtml");

    private final String key;
    private final String link;

    InboxKind(String key, String link) {
        this.key = key;
        this.link = link;
    }

    /** The kind's name in the API and in the page's ids ({@code inbox-awaiting-decision}). */
    public String key() {
        return key;
    }

    /** The list behind the count. */
    public String link() {
        return link;
    }

    /** The list of one station (the bureau's table). */
    public String linkFor(String stationCode) {
        return link + (link.contains("?") ? "&" : "?") + "station=" + stationCode;
    }
}
