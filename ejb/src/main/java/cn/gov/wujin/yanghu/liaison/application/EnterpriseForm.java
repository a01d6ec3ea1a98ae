package cn.gov.wujin.yanghu.liaison.application;

import java.io.Serializable;

/** An enterprise as a supervisor registers or corrects it; checked by the service. The station defaults to the caller's. */
public class EnterpriseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String stationCode;

    private String name;

    private String creditCode;

    private String address;

    private String sector;

    private String contactName;

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
