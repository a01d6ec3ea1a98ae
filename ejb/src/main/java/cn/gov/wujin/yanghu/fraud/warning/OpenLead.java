package cn.gov.wujin.yanghu.fraud.warning;

import java.time.Instant;

/** An urgent lead still without an outcome, as the timed rule reads it; the phone masked. */
public record OpenLead(long leadId, long stationId, String stationName, String personName, String maskedPhone, Instant receivedAt,
                       Instant deadline) {

    public boolean isOverdueAt(Instant now) {
        return !now.isBefore(deadline);
    }
}
