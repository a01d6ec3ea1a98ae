package cn.gov.wujin.yanghu.inbox;

import java.io.Serializable;

/**
 * One count of a home page: what kind of work ({@link InboxKind#key()}), how much waits (counted
 * up to {@link Inbox#CAP}), whether any of it is overdue, and the page that lists it, filtered
 * (a path of the application, e.g. {@code /fraud/cases.xhtml?queue=awaiting-decision}).
 */
public record InboxItem(String kind, long count, boolean overdue, String link) implements Serializable {
}
