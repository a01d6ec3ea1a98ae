package cn.gov.wujin.yanghu.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

/** A person's SMS choice as sent: SMS on or off, quiet hours "22:00" to "07:00" (both, or neither). */
@Schema(description = "One's SMS choice as it is to be: SMS on or off, and quiet hours in bureau time (Beijing), both or neither.")
public class NotificationPreferenceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(required = true, description = "Whether notifications also come by SMS, to the account's phone.", example = "true")
    private Boolean smsEnabled;

    @Schema(pattern = "^(([01]?[0-9]|2[0-3]):[0-5][0-9])?$", description = "Start of the quiet hours, H:mm or HH:mm (surrounding "
            + "spaces ignored); empty or left out, with quietTo: no quiet hours. Messages that are not urgent wait until the quiet "
            + "hours end; urgent ones (a warning lead to act on) go at once.", example = "22:00")
    private String quietFrom;

    @Schema(pattern = "^(([01]?[0-9]|2[0-3]):[0-5][0-9])?$", description = "End of the quiet hours (excluded), as quietFrom; given "
            + "with quietFrom, and different from it. Earlier than quietFrom: the quiet hours run across midnight.", example = "07:00")
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
