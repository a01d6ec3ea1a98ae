package cn.gov.wujin.yanghu.organization.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.shared.StationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Locale;

/** A police station (派出所) of the bureau, known by its short code (HT for 湖塘). */
@Entity
@Table(name = "station")
@NamedQuery(name = "Station.all", query = "SELECT s FROM Station s ORDER BY s.code")
@NamedQuery(name = "Station.byCode", query = "SELECT s FROM Station s WHERE s.code = :code")
public class Station implements AuditedEntity, StationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    private String address;

    private String phone;

    private boolean active = true;

    @Version
    private long version;

    protected Station() {
    }

    public Station(String code, String nameZh, String nameEn) {
        this.code = code;
        rename(nameZh, nameEn);
    }

    public void rename(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public void changeContact(String address, String phone) {
        this.address = address;
        this.phone = phone;
    }

    public void activate() {
        active = true;
    }

    public void deactivate() {
        active = false;
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Long stationId() {
        return id;
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditStationId() {
        return id;
    }

    @Override
    public String auditSummary() {
        return code + " " + nameZh + (active ? "" : " (inactive)");
    }
}
