package cn.gov.wujin.yanghu.notification;

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
    public record PreferenceView(boolean smsEnabled, String quietFrom, String quietTo, String phone) implements Serializable {
    }

    /** A kind of notification and whether it goes by SMS. */
    public record SmsKindView(String kind, boolean sms, long version) implements Serializable {
    }

    /** One message of the outbox, the phone masked. */
    public record SmsMessageRow(long id, Instant createdAt, String kind, boolean urgent, String phone, String text, SmsStatus status,
                                int attempts, Instant notBefore, Instant sentAt, String lastError) implements Serializable {
    }
}
