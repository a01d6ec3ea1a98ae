package cn.gov.wujin.yanghu.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;

/** What the notification services answer with. */
public final class NotificationViews {

    private NotificationViews() {
    }

    /**
     * A person's SMS choice; {@code phone} is where the messages go, masked (null: the account has
     * no phone, and no SMS can reach them).
     */
    @Schema(name = "NotificationPreferences", description = "One's SMS choice, and the phone the messages go to.")
    public record PreferenceView(
            @Schema(required = true, description = "Whether notifications also come by SMS (on until one says otherwise).")
            boolean smsEnabled,
            @Schema(description = "Start of the quiet hours, HH:mm (bureau time); absent: no quiet hours.", example = "22:00")
            String quietFrom,
            @Schema(description = "End of the quiet hours, HH:mm.", example = "07:00") String quietTo,
            @Schema(description = "The account's phone, masked; absent: no phone, so no SMS can reach them.", example = "138****5678")
            String phone) implements Serializable {
    }

    /** A kind of notification and whether it goes by SMS. */
    public record SmsKindView(String kind, boolean sms, long version) implements Serializable {
    }

    /** One message of the outbox, the phone masked. */
    public record SmsMessageRow(long id, Instant createdAt, String kind, boolean urgent, String phone, String text, SmsStatus status,
                                int attempts, Instant notBefore, Instant sentAt, String lastError) implements Serializable {
    }
}
