package cn.gov.wujin.yanghu.inbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

/**
 * One count of a home page: what kind of work ({@link InboxKind#key()}), how much waits (counted
 * up to {@link Inbox#CAP}), whether any of it is overdue, and the page that lists it, filtered
 * (a path of the application, e.g. {@code /fraud/cases.xhtml?queue=awaiting-decision}).
 */
@Schema(description = "One count of the caller's work: what kind, how much waits, whether any of it is overdue, and the page that "
        + "lists it.")
public record InboxItem(
        @Schema(required = true, description = "The kind of work (officers and auxiliaries: new-tips, my-cases-due, open-leads, "
                + "stop-payments-ending, shifts-today; station heads and the bureau: awaiting-decision, overdue-cases, open-requests, "
                + "escalated-requests, understaffed-shifts, and for the bureau unassigned-tips; volunteers: my-shifts, tip-updates, "
                + "my-points; liaison officers: projects-without-visit, requests-due, follow-ups; administrators: locked-accounts, "
                + "failed-jobs).", enumeration = {"new-tips", "my-cases-due", "open-leads", "stop-payments-ending", "shifts-today",
                "awaiting-decision", "overdue-cases", "open-requests", "escalated-requests", "understaffed-shifts", "unassigned-tips",
                "my-shifts", "tip-updates", "my-points", "projects-without-visit", "requests-due", "follow-ups", "locked-accounts",
                "failed-jobs"}, example = "new-tips") String kind,
        @Schema(required = true, minimum = "0", description = "How many rows the list at `link` holds, counted up to 1000 (my-points: "
                + "the caller's points, in whole points).", example = "12") long count,
        @Schema(required = true, description = "Some of them are past their deadline.") boolean overdue,
        @Schema(required = true, description = "The page of the application that lists them, filtered (a path and query).",
                example = "/patrol/officer/tips.xhtml?status=NEW") String link) implements Serializable {
}
