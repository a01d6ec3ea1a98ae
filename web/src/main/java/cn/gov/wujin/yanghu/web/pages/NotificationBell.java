package cn.gov.wujin.yanghu.web.pages;

import cn.gov.wujin.yanghu.notification.NotificationCenter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The bell of every page: the unread count, and where the page's live feed starts. Read once per request. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    private NotificationCenter center;

    private NotificationCenter.Bell bell;

    private NotificationCenter.Bell bell() {
        if (bell == null) {
            bell = center.bell();
        }
        return bell;
    }

    public long getUnread() {
        return bell().unread();
    }

    public long getLatestId() {
        return bell().latestId();
    }
}
