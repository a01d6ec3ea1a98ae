package cn.gov.wujin.yanghu.notification;

import java.io.Serializable;
import java.util.List;

/** A page of one's notifications, with the totals the bell and the list show. */
public record NotificationPage(List<NotificationRow> rows, long total, long unread) implements Serializable {
}
