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
    @Schema(description = "A text message of the outbox, the phone masked. Properties without a value are left out.")
    public record SmsMessageRow(
            @Schema(required = true, description = "The message's id (also the SMS platform's idempotency key).", example = "9120")
            long id,
            @Schema(required = true, description = "When it was written to the outbox.") Instant createdAt,
            @Schema(required = true, description = "What it tells: the kind of notification it belongs to (LEAD_URGENT, "
                    + "STOP_PAYMENT_ENDING, …).", example = "LEAD_URGENT") String kind,
            @Schema(required = true, description = "Urgent messages go first and ignore the recipient's quiet hours.") boolean urgent,
            @Schema(required = true, description = "The recipient's phone, masked.", example = "138****5678") String phone,
            @Schema(required = true, description = "The text as sent, in Chinese.",
                    example = "【阳湖警务】紧急预警线索：湖塘派出所：须在 14:42 前劝阻 王**（139****2468）") String text,
            @Schema(required = true, description = "PENDING: waiting to be sent (again); SENT: the platform accepted it; FAILED: given up "
                    + "after its last attempt (7), until sent again.") SmsStatus status,
            @Schema(required = true, minimum = "0", description = "Attempts made so far.", example = "1") int attempts,
            @Schema(required = true, description = "Not sent before this time: the end of the recipient's quiet hours, or the next "
                    + "attempt.") Instant notBefore,
            @Schema(description = "When the platform accepted it (SENT).") Instant sentAt,
            @Schema(description = "Why the last attempt failed.", example = "HTTP 503") String lastError) implements Serializable {
    }
}
