package cn.gov.wujin.yanghu.notification;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** One notification as its reader sees it; the words are rendered for the reader's language. */
public record NotificationRow(long id, NotificationKind kind, List<String> args, String link, boolean urgent,
                              Instant createdAt, Instant readAt) implements Serializable {

    public String title(Locale locale) {
        return NotificationTexts.title(kind, args, locale);
    }

    public String text(Locale locale) {
        return NotificationTexts.text(kind, args, locale);
    }

    public boolean isRead() {
        return readAt != null;
    }
}
