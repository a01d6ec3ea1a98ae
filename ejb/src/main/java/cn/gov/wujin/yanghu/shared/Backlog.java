package cn.gov.wujin.yanghu.shared;

import java.io.Serializable;

/**
 * How much waits in a list (a queue of work), and whether any of it is past its deadline. The
 * count may be bounded: a query asked for at most N rows answers N when there are N or more.
 */
public record Backlog(long count, boolean overdue) implements Serializable {

    public static final Backlog NONE = new Backlog(0, false);
}
