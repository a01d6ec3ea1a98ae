package cn.gov.wujin.yanghu.notification;

import java.io.Serializable;

/** A person's SMS choice as sent: SMS on or off, quiet hours "22:00" to "07:00" (both, or neither). */
public class NotificationPreferenceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Boolean smsEnabled;
    private String quietFrom;
    private String quietTo;

    public Boolean getSmsEnabled() {
        return smsEnabled;
    }

    public void setSmsEnabled(Boolean smsEnabled) {
        this.smsEnabled = smsEnabled;
    }

    public String getQuietFrom() {
        return quietFrom;
    }

    public void setQuietFrom(String quietFrom) {
        this.quietFrom = quietFrom;
    }

    public String getQuietTo() {
        return quietTo;
    }

    public void setQuietTo(String quietTo) {
        this.quietTo = quietTo;
    }
}
