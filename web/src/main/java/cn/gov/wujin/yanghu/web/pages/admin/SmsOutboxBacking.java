package cn.gov.wujin.yanghu.web.pages.admin;

import cn.gov.wujin.yanghu.notification.NotificationViews.SmsKindView;
import cn.gov.wujin.yanghu.notification.NotificationViews.SmsMessageRow;
import cn.gov.wujin.yanghu.notification.SmsOutboxAdmin;
import cn.gov.wujin.yanghu.notification.SmsStatus;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.faces.PageModel;
import cn.gov.wujin.yanghu.web.i18n.Messages;
import cn.gov.wujin.yanghu.web.pages.LocaleBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** admin/sms-outbox.xhtml: which kinds of notification go by SMS, and the outbox (pending, sent, failed) with "send again" (ADMIN). */
@Named
@ViewScoped
public class SmsOutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SmsOutboxAdmin outbox;

    @Inject
    private LocaleBacking locale;

    private List<SmsKindView> kinds;
    private final Map<String, Boolean> bySms = new HashMap<>();
    /** By the status's name: the page looks them up by text. */
    private Map<String, Long> counts = new HashMap<>();
    private SmsStatus status;

    private final PageModel<SmsMessageRow> model = new PageModel<>((first, size) -> outbox.messages(status, first, size),
            row -> String.valueOf(row.id()));

    @PostConstruct
    void load() {
        kinds = outbox.kinds();
        bySms.clear();
        kinds.forEach(k -> bySms.put(k.kind(), k.sms()));
        readCounts();
    }

    private void readCounts() {
        counts = new HashMap<>();
        outbox.counts().forEach((s, n) -> counts.put(s.name(), n));
    }

    /** Saves the kinds whose box changed; a refusal (another administrator was quicker) changes nothing after it. */
    public void saveKinds() {
        try {
            for (SmsKindView k : kinds) {
                boolean wanted = Boolean.TRUE.equals(bySms.get(k.kind()));
                if (wanted != k.sms()) {
                    outbox.changeKind(k.kind(), wanted, k.version());
                }
            }
            FacesErrors.info("common.saved");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "kinds");
        }
        load();
    }

    public void retry(SmsMessageRow row) {
        try {
            outbox.retry(row.id());
            FacesErrors.info("sms.retried");
        } catch (RuntimeException e) {
            FacesErrors.show(e, null);
        }
        readCounts();
    }

    /** The kind's name in the page's language; a kind the bundle does not know yet by its code. */
    public String kindName(String kind) {
        String key = "sms.kind." + kind;
        String name = Messages.get(locale.getLocale(), key);
        return name.equals(key) ? kind : name;
    }

    public SmsStatus[] getStatuses() {
        return SmsStatus.values();
    }

    public List<SmsKindView> getKinds() {
        return kinds;
    }

    public Map<String, Boolean> getBySms() {
        return bySms;
    }

    public Map<String, Long> getCounts() {
        return counts;
    }

    public SmsStatus getStatus() {
        return status;
    }

    public void setStatus(SmsStatus status) {
        this.status = status;
    }

    public PageModel<SmsMessageRow> getModel() {
        return model;
    }
}
