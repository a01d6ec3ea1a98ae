package cn.gov.wujin.yanghu.web.pages;

import java.io.Serializable;

/**
 * Where the phone was when its check-in button was pressed: the hidden fields checkInLatitude,
 * checkInLongitude and checkInAccuracy of a page's form, filled by yanghu.js (null without a fix).
 */
public class CheckInFix implements Serializable {

    private static final long serialVersionUID = 1L;

    private Double latitude;
    private Double longitude;
    private Double accuracy;

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public Double getAccuracy() {
        return accuracy;
    }

    public void setAccuracy(Double accuracy) {
        this.accuracy = accuracy;
    }
}
