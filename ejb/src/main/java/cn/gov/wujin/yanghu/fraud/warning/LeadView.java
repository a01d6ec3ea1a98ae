package cn.gov.wujin.yanghu.fraud.warning;

import cn.gov.wujin.yanghu.shared.StationOwned;

import java.io.Serializable;
import java.time.Instant;

/** A lead on the board; the phone is masked. The community (both names) and the address when the lead has them. */
public record LeadView(Long id, Long stationId, String stationCode, String phone, String personName, Long communityId,
                       String communityZh, String communityEn, String address, String source, String urgency, Instant receivedAt,
                       Instant deadline, String status, boolean overdue, String contactMethod, String outcomeNote, Instant outcomeAt,
                       String outcomeBy, Long fraudCaseId, String caseNumber, long version) implements StationOwned, Serializable {
}
