package cn.gov.wujin.yanghu.fraud.warning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A lead as received: who is at risk (phone, optional name, optionally where: a community of the
 * station and an address), from whom, how urgent, assigned to which station.
 */
@Schema(description = "A warning lead as received: who is at risk (a phone, optionally a name, a community and an address), from "
        + "whom, how urgent, for which station.")
public class NewLead implements Serializable {

    private static final long serialVersionUID = 1L;

    /** As long as an address may be (the warning_lead table). */
    public static final int ADDRESS_LENGTH = 200;

    /** Optional for station staff (their own station); required for the bureau. */
    @Size(max = 8)
    @Schema(description = "The code of the station that must reach the person. Station staff may leave it out for their own station; "
            + "a bureau account must name one.", example = "HT")
    private String stationCode;

    @NotBlank
    @Size(max = 30)
    @Schema(description = "The phone of the person at risk: 5–20 digits once spaces, dashes, brackets, dots and a +86 or 0086 prefix "
            + "are removed. Answered masked.", example = "139 1234 2468")
    private String phone;

    @Size(max = 60)
    @Schema(description = "The person's name, if known.", example = "王丽")
    private String personName;

    /** Optional: the id of a community of the lead's station, where the person lives. */
    @Schema(description = "The id of a community (社区/村) of the lead's station where the person lives (GET "
            + "/api/v1/communities): with it, an urgent lead asks the patrol members on duty there to help.", example = "12")
    private Long community;

    /** Optional: the person's address, for a visit. */
    @Size(max = ADDRESS_LENGTH)
    @Schema(description = "The person's address, for a visit.", example = "湖塘镇星河花园 18 幢 2 单元 601 室")
    private String address;

    @NotNull
    // not required: left out, it is the default (only an explicit null is refused)
    @Schema(required = false, description = "Who sent the lead: ANTI_FRAUD_CENTER (反诈中心, the default), HOTLINE_96110, BANK, "
            + "OTHER. Not null.", defaultValue = "ANTI_FRAUD_CENTER")
    private LeadSource source = LeadSource.ANTI_FRAUD_CENTER;

    @NotNull
    @Schema(required = false, description = "How fast the station must reach the person: URGENT (the default) within 30 minutes, "
            + "NORMAL within 24 hours. Not null.", defaultValue = "URGENT")
    private LeadUrgency urgency = LeadUrgency.URGENT;

    /** Default: now. */
    @Schema(description = "When the lead was received; now when left out. Not in the future (5 minutes of clock difference are "
            + "allowed); the deadline counts from it.", example = "2026-03-10T14:12:00+08:00")
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
