package cn.gov.wujin.yanghu.liaison.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A major project as a supervisor registers it; the station defaults to the enterprise's. */
public class ProjectForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long enterpriseId;
    private String stationCode;
    private String name;
    private String siteAddress;
    private BigDecimal investment;
    private LocalDate signedOn;

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
