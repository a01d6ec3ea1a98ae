package cn.gov.wujin.yanghu.web.pages.admin;

import cn.gov.wujin.yanghu.search.SearchSettings;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** admin/search-settings.xhtml: the months within which a second case makes a repeat victim (ADMIN). */
@Named
@ViewScoped
public class SearchSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SearchSettings settings;

    private SearchSettings.View read;
    private Integer repeatMonths;

    @PostConstruct
    void load() {
        read = settings.current();
        repeatMonths = read.repeatMonths();
    }

    public void save() {
        try {
            settings.change(repeatMonths, read.version());
            load();
            FacesErrors.info("common.saved");
        } catch (RuntimeException e) {
            load();
            FacesErrors.show(e, "settings");
        }
    }

    public Integer getRepeatMonths() {
        return repeatMonths;
    }

    public void setRepeatMonths(Integer repeatMonths) {
        this.repeatMonths = repeatMonths;
    }
}
