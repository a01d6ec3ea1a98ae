package cn.gov.wujin.yanghu.liaison.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

/** An enterprise as a supervisor registers or corrects it; checked by the service. The station defaults to the caller's. */
@Schema(description = "An enterprise as a supervisor registers it.", requiredProperties = {"name", "creditCode", "sector"})
public class EnterpriseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(description = "The code of the station whose area the enterprise is in (case ignored), one the caller sees; "
            + "default: the caller's own station. Read on registering only.", example = "HT")
    private String stationCode;

    @Schema(maxLength = 200, pattern = "\\S", description = "The enterprise's name (not blank; surrounding spaces are dropped).",
            example = "常州武进智造科技有限公司")
    private String name;

    @Schema(minLength = 18, maxLength = 18, pattern = "^[0-9A-HJ-NP-RTUWXYa-hj-np-rtuwxy]{2}[0-9]{6}[0-9A-HJ-NP-RTUWXYa-hj-np-rtuwxy]{10}$",
            description = "The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters without I, O, S, V or Z, "
                    + "the 3rd to 8th digits, the last the check character of the others (case ignored); not registered before. "
                    + "Read on registering only.", example = "91320412MA1WXY7K3G")
    private String creditCode;

    @Schema(maxLength = 300, example = "武进区湖塘镇人民中路88号")
    private String address;

    @Schema(enumeration = {"MANUFACTURING", "CONSTRUCTION", "LOGISTICS", "TECHNOLOGY", "RETAIL", "FINANCE", "SERVICES", "OTHER"},
            description = "The line of business (case ignored).")
    private String sector;

    @Schema(maxLength = 60, description = "Whom the police deal with.", example = "钱会计")
    private String contactName;

    @Schema(maxLength = 300, description = "The contact's phone: 7 to 20 digits once spaces, dashes, brackets, dots and a +86 "
            + "or 0086 prefix are dropped. On a correction, the masked number as read (138****4567) keeps the stored one.",
            example = "13861234567")
    private String contactPhone;

    public String getStationCode() {
        return stationCode;
    }

    public void setStationCode(String stationCode) {
        this.stationCode = stationCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }
}
