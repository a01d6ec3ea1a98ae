package cn.gov.wujin.yanghu.patrol.application;

/**
 * How patrol work counts, as SQL, so the certificate, the boards and the supervisors'
 * statistics count it the same way.
 */
public final class PatrolCounting {

    /**
     * The time of a member's shift ({@code shift s}, {@code shift_signup x}) that counts, in whole
     * tenths of an hour: from check-in to check-out, inside the shift's window, rounded down (as
     * the points count it); null until checked out. Summed as integers and divided by ten at the
     * end, so the hours are exact; {@code date_part} (a double) is several times cheaper here
     * than {@code extract} (a numeric) over a year of check-ins.
     */
    public static final String TENTHS = "floor(greatest(0, date_part('epoch', least(x.checked_out_at, s.ends_at) "
            + "- greatest(x.checked_in_at, s.starts_at))) / 360)::int";

    /**
     * A tip ({@code tip t}) that led to action: an officer resolved it, or opened a case from it.
     * The database function (migration V13) is the definition; the tip statistics count with it too.
     */
    public static final String TIP_ACTED = "tip_acted(t.status)";

    private PatrolCounting() {
    }
}
