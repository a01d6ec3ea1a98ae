package cn.gov.wujin.yanghu.web.pages.admin;

import cn.gov.wujin.yanghu.operations.application.RetentionDone;
import cn.gov.wujin.yanghu.operations.application.RetentionSchedule;
import cn.gov.wujin.yanghu.operations.application.RetentionView;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** admin/retention.xhtml: how long each kind of personal record is kept, what is due, and a run now (ADMIN). */
@Named
@ViewScoped
public class RetentionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RetentionSchedule settings;

    private List<RetentionView> schedule;
    // a map value has no declared type: the input may hand back any Number (or text)
    private final Map<String, Object> days = new HashMap<>();
    private List<RetentionDone> lastRun;

    @PostConstruct
    void load() {
        schedule = settings.schedule();
        days.clear();
        schedule.forEach(r -> days.put(r.kind(), r.days()));
    }

    /** Saves what changed; a value refused names its kind and changes nothing after it. */
    public void save() {
        try {
            for (RetentionView r : schedule) {
                Integer wanted = whole(days.get(r.kind()));
                if (wanted == null || wanted != r.days()) {
                    settings.change(r.kind(), wanted, r.version());
                }
            }
            load();
            FacesErrors.info("common.saved");
        } catch (RuntimeException e) {
            load();
            FacesErrors.show(e, "retention");
        }
    }

    public void runNow() {
        lastRun = settings.runNow();
        load();
        FacesErrors.info("retention.ran", lastRun.stream().mapToInt(RetentionDone::handled).sum());
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

    public List<RetentionView> getSchedule() {
        return schedule;
    }

    public Map<String, Object> getDays() {
        return days;
    }

    public List<RetentionDone> getLastRun() {
        return lastRun;
    }
}
