package cn.gov.wujin.yanghu.web.pages.admin;

import cn.gov.wujin.yanghu.operations.application.TrustedProxies;
import cn.gov.wujin.yanghu.operations.application.TrustedProxiesView;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** admin/operations-settings.xhtml: the balancers whose X-Forwarded-For names the client (ADMIN). */
@Named
@ViewScoped
public class OperationsSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrustedProxies settings;

    private TrustedProxiesView setting;
    private String value;

    @PostConstruct
    void load() {
        setting = settings.setting();
        value = setting.value();
    }

    public void save() {
        try {
            settings.change(value == null ? "" : value, setting.version());
            load();
            FacesErrors.info("common.saved");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "proxies");
        }
    }

    public TrustedProxiesView getSetting() {
        return setting;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
