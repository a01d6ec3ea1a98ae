package cn.gov.wujin.yanghu.fraud.warning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A lead as received: who is at risk (phone, optional name, optionally where: a community of the
 * station and an address), from whom, how urgent, assigned to which station.
 */
public class NewLead implements Serializable {

    private static final long serialVersionUID = 1L;

    /** As long as an address may be (the warning_lead table). */
    public static final int ADDRESS_LENGTH = 200;

    /** Optional for station staff (their own station); required for the bureau. */
    @Size(max = 8)
    private String stationCode;

    @NotBlank
    @Size(max = 30)
    private String phone;

    @Size(max = 60)
    private String personName;

    /** Optional: the id of a community of the lead's station, where the person lives. */
    private Long community;

    /** Optional: the person's address, for a visit. */
    @Size(max = ADDRESS_LENGTH)
    private String address;

    @NotNull
    private LeadSource source = LeadSource.ANTI_FRAUD_CENTER;

    @NotNull
    private LeadUrgency urgency = LeadUrgency.URGENT;

    /** Default: now. */
    private OffsetDateTime receivedAt;

    public String getStationCode() {
        return stationCode;
    }

    public void setStationCode(String stationCode) {
        this.stationCode = stationCode;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public Long getCommunity() {
        return community;
    }

    public void setCommunity(Long community) {
        this.community = community;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public LeadSource getSource() {
        return source;
    }

    public void setSource(LeadSource source) {
        this.source = source;
    }

    public LeadUrgency getUrgency() {
        return urgency;
    }

    public void setUrgency(LeadUrgency urgency) {
        this.urgency = urgency;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(OffsetDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }
}
