package cn.gov.wujin.yanghu.web.pages.admin;

import cn.gov.wujin.yanghu.patrol.application.OfflineSettings;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** admin/offline-settings.xhtml: how late the phone app may send a check-in or check-out kept offline (ADMIN). */
@Named
@ViewScoped
public class OfflineSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OfflineSettings settings;

    private OfflineSettings.View read;
    private Integer toleranceHours;

    @PostConstruct
    void load() {
        read = settings.current();
        toleranceHours = read.toleranceHours();
    }

    public void save() {
        try {
            settings.change(toleranceHours, read.version());
            load();
            FacesErrors.info("common.saved");
        } catch (RuntimeException e) {
            load();
            FacesErrors.show(e, "settings");
        }
    }

    public Integer getToleranceHours() {
        return toleranceHours;
    }

    public void setToleranceHours(Integer toleranceHours) {
        this.toleranceHours = toleranceHours;
    }
}
