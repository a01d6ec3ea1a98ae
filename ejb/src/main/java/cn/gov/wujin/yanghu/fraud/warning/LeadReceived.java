package cn.gov.wujin.yanghu.fraud.warning;

import cn.gov.wujin.yanghu.shared.Masking;

import java.time.Instant;

/**
 * A lead came in (taken down on the board or through the API, or imported), announced in the
 * transaction that stores it: the rules that tell people about it (fraud.alerts for the station's
 * staff, patrol for the members on duty in its community) write their notifications in that
 * transaction too, so a lead that is not stored tells nobody. The phone comes masked; the name
 * whole, for each rule to mask as its readers may see it.
 */
public record LeadReceived(long leadId, long stationId, String stationName, LeadUrgency urgency, String personName,
                           String maskedPhone, Instant receivedAt, Instant deadline, Long communityId, String communityName,
                           String address) {

    public boolean isUrgent() {
        return urgency == LeadUrgency.URGENT;
    }

    static LeadReceived of(WarningLead lead) {
        return new LeadReceived(lead.getId(), lead.stationId(), lead.getStation().getNameZh(), lead.getUrgency(), lead.getPersonName(),
                Masking.phone(lead.getPhone()), lead.getReceivedAt(), lead.getDeadline(),
                lead.getCommunityId(), lead.getCommunity() == null ? null : lead.getCommunity().getNameZh(), lead.getAddress());
    }
}
