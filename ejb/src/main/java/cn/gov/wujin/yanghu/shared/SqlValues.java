package cn.gov.wujin.yanghu.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native queries' columns, whichever Java type the driver and the provider hand over. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A {@code timestamptz} column as an instant; null stays null. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
