package cn.gov.wujin.yanghu.web.pages.admin;

import cn.gov.wujin.yanghu.geo.application.MapSettings;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** admin/map-settings.xhtml: the map's optional basemap (tile URL, GCJ-02) and the check-in tolerance (ADMIN). */
@Named
@ViewScoped
public class MapSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MapSettings settings;

    private MapSettings.View read;
    private String tileUrl;
    private boolean tileGcj02;
    private Integer tolerance;

    @PostConstruct
    void load() {
        read = settings.current();
        tileUrl = read.tileUrl();
        tileGcj02 = read.tileGcj02();
        tolerance = read.checkInToleranceMetres();
    }

    public void save() {
        try {
            settings.change(tileUrl, tileGcj02, tolerance, read.version());
            load();
            FacesErrors.info("common.saved");
        } catch (RuntimeException e) {
            load();
            FacesErrors.show(e, "settings");
        }
    }

    public String getTileUrl() {
        return tileUrl;
    }

    public void setTileUrl(String tileUrl) {
        this.tileUrl = tileUrl;
    }

    public boolean isTileGcj02() {
        return tileGcj02;
    }

    public void setTileGcj02(boolean tileGcj02) {
        this.tileGcj02 = tileGcj02;
    }

    public Integer getTolerance() {
        return tolerance;
    }

    public void setTolerance(Integer tolerance) {
        this.tolerance = tolerance;
    }
}
