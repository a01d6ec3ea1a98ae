package cn.gov.wujin.yanghu.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Keeps what the rules send instead of writing it, for unit tests of who is told what. */
public final class SentNotifications extends Notifications {

    /** One notification as sent: kind, recipients, link, once-key and arguments. */
    public record Sent(NotificationKind kind, List<Long> to, String link, String onceKey, List<String> args) {
    }

    public final List<Sent> sent = new ArrayList<>();

    @Override
    public int send(NotificationKind kind, Collection<Long> accountIds, String link, String onceKey, String... args) {
        if (accountIds.isEmpty()) {
            return 0;
        }
        sent.add(new Sent(kind, List.copyOf(accountIds), link, onceKey, List.of(args)));
        return accountIds.size();
    }

    public List<NotificationKind> kinds() {
        return sent.stream().map(Sent::kind).toList();
    }
}
