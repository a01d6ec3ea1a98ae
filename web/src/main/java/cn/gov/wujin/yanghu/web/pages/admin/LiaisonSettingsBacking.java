package cn.gov.wujin.yanghu.web.pages.admin;

import cn.gov.wujin.yanghu.liaison.application.LiaisonSettingsService;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.DeadlineView;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.SettingView;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** admin/liaison-settings.xhtml: the days each kind of enterprise request may take, and when an unvisited project is flagged (ADMIN). */
@Named
@ViewScoped
public class LiaisonSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LiaisonSettingsService settings;

    private List<DeadlineView> deadlines;
    private SettingView noVisit;
    // a map value has no declared type: the input may hand back any Number (or text)
    private final Map<String, Object> days = new HashMap<>();
    private Integer noVisitDays;

    @PostConstruct
    void load() {
        deadlines = settings.deadlines();
        noVisit = settings.noVisitSetting();
        days.clear();
        deadlines.forEach(d -> days.put(d.category(), d.days()));
        noVisitDays = noVisit.value();
    }

    /** Saves what changed; a value refused names its category and changes nothing else after it. */
    public void save() {
        try {
            for (DeadlineView d : deadlines) {
                Integer wanted = whole(days.get(d.category()));
                if (wanted == null || wanted != d.days()) {
                    settings.changeDeadline(d.category(), wanted == null ? 0 : wanted, d.version());
                }
            }
            if (noVisitDays == null || noVisitDays != noVisit.value()) {
                settings.changeNoVisitDays(noVisitDays, noVisit.version());
            }
            load();
            FacesErrors.info("common.saved");
        } catch (RuntimeException e) {
            load();
            FacesErrors.show(e, "settings");
        }
    }

    public List<DeadlineView> getDeadlines() {
        return deadlines;
    }

    private static Integer whole(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return value == null || value.toString().isBlank() ? null : Integer.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public Map<String, Object> getDays() {
        return days;
    }

    public Integer getNoVisitDays() {
        return noVisitDays;
    }

    public void setNoVisitDays(Integer noVisitDays) {
        this.noVisitDays = noVisitDays;
    }
}
