package cn.gov.wujin.yanghu.web.pages;

import cn.gov.wujin.yanghu.notification.NotificationCenter;
import cn.gov.wujin.yanghu.notification.NotificationPage;
import cn.gov.wujin.yanghu.notification.NotificationRow;
import cn.gov.wujin.yanghu.shared.Page;
import cn.gov.wujin.yanghu.web.faces.PageModel;
import cn.gov.wujin.yanghu.web.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** notifications.xhtml: one's notifications, newest first; opening one marks it read. */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NotificationCenter notifications;

    private boolean unreadOnly;

    private final PageModel<NotificationRow> model = new PageModel<>(this::load, row -> String.valueOf(row.id()));

    private Page<NotificationRow> load(int first, int size) {
        NotificationPage page = notifications.page(unreadOnly, first, size);
        return new Page<>(page.rows(), page.total());
    }

    public PageModel<NotificationRow> getModel() {
        return model;
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }

    public String title(NotificationRow row) {
        return row.title(locale());
    }

    public String text(NotificationRow row) {
        return row.text(locale());
    }

    public void markRead(long id) {
        notifications.markRead(id);
    }

    /** Marks it read and goes to the record it points to. */
    public void open(long id) throws IOException {
        NotificationRow row = notifications.markRead(id);
        FacesContext faces = FacesContext.getCurrentInstance();
        String target = row.link() == null ? "/notifications.xhtml" : row.link();
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + target);
    }

    public void markAllRead() {
        int marked = notifications.markAllRead();
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.get(locale(), "notification.markedAll", marked), null));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
