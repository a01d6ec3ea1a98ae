package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.Station;

import java.io.Serializable;

public record StationView(Long id, String code, String nameZh, String nameEn, String address, String phone,
                          boolean active, long version) implements Serializable {

    static StationView of(Station s) {
        return new StationView(s.getId(), s.getCode(), s.getNameZh(), s.getNameEn(), s.getAddress(), s.getPhone(),
                s.isActive(), s.getVersion());
    }

    public String name(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
