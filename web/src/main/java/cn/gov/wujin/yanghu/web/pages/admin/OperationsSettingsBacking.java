package cn.gov.wujin.yanghu.web.pages.admin;

import cn.gov.wujin.yanghu.operations.application.StatisticsSourceSetting;
import cn.gov.wujin.yanghu.operations.application.StatisticsSourceView;
import cn.gov.wujin.yanghu.operations.application.TrustedProxies;
import cn.gov.wujin.yanghu.operations.application.TrustedProxiesView;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * admin/operations-settings.xhtml (ADMIN): the balancers whose X-Forwarded-For names the client,
 * and where the statistics read.
 */
@Named
@ViewScoped
public class OperationsSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrustedProxies settings;

    @Inject
    private StatisticsSourceSetting statisticsSource;

    private TrustedProxiesView setting;
    private String value;
    private StatisticsSourceView statistics;
    private String source;

    @PostConstruct
    void load() {
        setting = settings.setting();
        value = setting.value();
        loadSource();
    }

    private void loadSource() {
        statistics = statisticsSource.setting();
        source = statistics.source();
    }

    public void saveSource() {
        try {
            statisticsSource.change(source, statistics.version());
            loadSource();
            FacesErrors.info("common.saved");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "reads");
        }
    }

    public StatisticsSourceView getStatistics() {
        return statistics;
    }

    /** The standby's replay age as "1.5 s". */
    public String getReplayAge() {
        Double age = statistics.replayAgeSeconds();
        return age == null ? "" : String.format(java.util.Locale.ROOT, "%.1f s", age);
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
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
