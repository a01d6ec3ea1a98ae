package cn.gov.wujin.yanghu.liaison.application;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A major project as a supervisor registers it; the station defaults to the enterprise's. */
@Schema(description = "A major project (重大项目) as a supervisor registers it.", requiredProperties = {"enterpriseId", "name"})
public class ProjectForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(description = "The enterprise whose project it is: one the caller sees (else 404). Read on registering only.",
            example = "2048")
    private Long enterpriseId;

    @Schema(description = "The code of the station whose area the site is in (case ignored), one the caller sees; default: the "
            + "enterprise's. Read on registering only.", example = "HT")
    private String stationCode;

    @Schema(maxLength = 200, pattern = "\\S", description = "The project's name, not blank and not the name of another project "
            + "of the same enterprise (surrounding spaces are dropped).", example = "智能装备产业园")
    private String name;

    @Schema(maxLength = 300, description = "Where the site is.", example = "武进国家高新区龙飞路18号")
    private String siteAddress;

    @Schema(implementation = Object.class, description = "The investment in yuan, not negative, at most two decimals and 14 "
            + "digits before the point: a JSON number, or the same as text (ASCII digits, no exponent).",
            oneOf = {InvestmentNumber.class, InvestmentText.class}, example = "120000000.00")
    private BigDecimal investment;

    @Schema(description = "The day the project was signed (签约).", example = "2026-03-01")
    private LocalDate signedOn;

    /** The API document's form of an investment written as a number. */
    @Schema(name = "InvestmentNumber", type = SchemaType.NUMBER, minimum = "0", maximum = "99999999999999.99")
    private static final class InvestmentNumber {
    }

    /** The API document's form of a decimal written as text, as the JSON check of the forms reads it. */
    @Schema(name = "InvestmentText", type = SchemaType.STRING, pattern = "^\\s*[0-9]{1,14}(\\.[0-9]{1,2})?\\s*$")
    private static final class InvestmentText {
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

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

    public String getSiteAddress() {
        return siteAddress;
    }

    public void setSiteAddress(String siteAddress) {
        this.siteAddress = siteAddress;
    }

    public BigDecimal getInvestment() {
        return investment;
    }

    public void setInvestment(BigDecimal investment) {
        this.investment = investment;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }
}
