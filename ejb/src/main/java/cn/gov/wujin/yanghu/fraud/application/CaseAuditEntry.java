package cn.gov.wujin.yanghu.fraud.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One row of a case's audit trail as people read it: who (the account's name, or null for the
 * system and unknown callers), what, on which record, field by field, and from where.
 * {@code fields} of a change hold only what changed since the record's previous row, each with
 * its value before; {@code localAddress}: the request came from the server's own machine.
 */
public record CaseAuditEntry(Instant occurredAt, String actor, String actorName, String action, String entityType,
                             List<Field> fields, String clientAddress, boolean localAddress) implements Serializable {

    /** What a value is, so the page can render it in the reader's language. */
    public enum Kind {
        /** shown as stored: a case number, a bank, a masked account */
        TEXT,
        /** a {@code CaseStatus} name */
        STATUS,
        /** a fraud type's code */
        FRAUD_TYPE,
        /** a decimal amount in CNY */
        AMOUNT,
        /** an ISO-8601 instant */
        TIME,
        /** a whole number */
        COUNT,
        /** a person's name (already resolved from the username) */
        PERSON,
        /** a {@code FreezeStatus} name */
        FREEZE_STATUS
    }

    /** {@code name}: the field's message key suffix; {@code before}: null unless the value changed; null values: "none". */
    public record Field(String name, Kind kind, String before, String value, boolean changed) implements Serializable {
    }
}
