package cn.gov.wujin.yanghu.liaison.application;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * A liaison's anti-fraud notice went out to the contacts of enterprises of one station. Fired
 * inside the sending transaction: patrol, which owns publicity, records it as the station's
 * publicity and answers the record's id through {@link #recordedAs(long)}, which the sender
 * shows. An observer that refuses rolls the sending back.
 *
 * @param enterpriseNames the enterprises the notice was addressed to, in the order chosen
 * @param fraudType the fraud type's code the notice warns of
 * @param delivered how many contacts' messages were queued in the SMS outbox (sent after the commit)
 */
public final class AntiFraudNoticeSent {

    private final long stationId;
    private final List<String> enterpriseNames;
    private final String fraudType;
    private final String audience;
    private final String message;
    private final int delivered;
    private final long sentByAccountId;
    private final String sentBy;
    private final Instant sentAt;
    private Long recordId;

    public AntiFraudNoticeSent(long stationId, List<String> enterpriseNames, String fraudType, String audience, String message,
                               int delivered, long sentByAccountId, String sentBy, Instant sentAt) {
        this.stationId = stationId;
        this.enterpriseNames = List.copyOf(enterpriseNames);
        this.fraudType = fraudType;
        this.audience = audience;
        this.message = message;
        this.delivered = delivered;
        this.sentByAccountId = sentByAccountId;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
    }

    /** The observer that keeps the record of the notice says under which id. */
    public void recordedAs(long id) {
        if (recordId != null) {
            throw new IllegalStateException("notice recorded twice: " + recordId + ", " + id);
        }
        recordId = id;
    }

    /** The id of the record kept of the notice; empty while nobody has recorded it. */
    public OptionalLong recordId() {
        return recordId == null ? OptionalLong.empty() : OptionalLong.of(recordId);
    }

    public long stationId() {
        return stationId;
    }

    public List<String> enterpriseNames() {
        return enterpriseNames;
    }

    public String fraudType() {
        return fraudType;
    }

    public String audience() {
        return audience;
    }

    public String message() {
        return message;
    }

    public int delivered() {
        return delivered;
    }

    public long sentByAccountId() {
        return sentByAccountId;
    }

    public String sentBy() {
        return sentBy;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
