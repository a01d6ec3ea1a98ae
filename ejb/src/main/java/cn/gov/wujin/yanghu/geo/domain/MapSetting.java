package cn.gov.wujin.yanghu.geo.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.regex.Pattern;

/** The map's settings (one row): the optional basemap and whether it uses GCJ-02, and the check-in tolerance. */
@Entity
@Table(name = "map_setting")
public class MapSetting implements AuditedEntity {

    public static final int ID = 1;
    public static final int DEFAULT_TOLERANCE = 300;

    /** A tile URL template: on this server (a path) or http(s), with {z}, {x} and {y}; at most 300 characters. */
    private static final Pattern TILE_URL = Pattern.compile("(/|https?://)[^\\s\"'<>]*\\{z}[^\\s\"'<>]*");

    @Id
    private Integer id;

    @Column(name = "tile_url")
    private String tileUrl;

    @Column(name = "tile_gcj02", nullable = false)
    private boolean tileGcj02;

    @Column(name = "check_in_tolerance_m", nullable = false)
    private int checkInToleranceMetres;

    @Version
    private long version;

    protected MapSetting() {
    }

    /** Changes the settings; every problem named by its field. */
    public void change(String newTileUrl, boolean gcj02, Integer toleranceMetres) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        String url = newTileUrl == null || newTileUrl.isBlank() ? null : newTileUrl.strip();
        if (url != null && (url.length() > 300 || !TILE_URL.matcher(url).matches() || !url.contains("{x}") || !url.contains("{y}"))) {
            problems.add("tileUrl", "map.setting.tileUrl");
        }
        if (toleranceMetres == null || toleranceMetres < 0 || toleranceMetres > 5000) {
            problems.add("checkInToleranceMetres", "map.setting.tolerance");
        }
        problems.throwIfAny();
        tileUrl = url;
        tileGcj02 = gcj02;
        checkInToleranceMetres = toleranceMetres;
    }

    public String getTileUrl() {
        return tileUrl;
    }

    public boolean isTileGcj02() {
        return tileGcj02;
    }

    public int getCheckInToleranceMetres() {
        return checkInToleranceMetres;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditStationId() {
        return null;
    }

    @Override
    public String auditSummary() {
        return "tiles " + (tileUrl == null ? "none" : tileUrl) + (tileGcj02 ? " (GCJ-02)" : "") + ", check-in tolerance "
                + checkInToleranceMetres + " m";
    }
}
