package cn.gov.wujin.yanghu.patrol.application;

/**
 * How patrol work counts, as SQL, so the certificate, the boards and the supervisors'
 * statistics count it the same way.
 */
public final class PatrolCounting {

    /**
     * The hours of a member's shift ({@code shift s}, {@code shift_signup x}): from check-in to
     * check-out, inside the shift's window, in tenths of an hour rounded down (as the points
     * count them); null until checked out.
     */
    public static final String HOURS = "floor(greatest(0, extract(epoch FROM least(x.checked_out_at, s.ends_at) "
            + "- greatest(x.checked_in_at, s.starts_at))) / 360) / 10";

    /**
     * A tip ({@code tip t}) that led to action: an officer resolved it, or opened a case from it.
     * The database function (migration V13) is the definition; the tip statistics count with it too.
     */
    public static final String TIP_ACTED = "tip_acted(t.status)";

    private PatrolCounting() {
    }
}
