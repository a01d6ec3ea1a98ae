package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.Station;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

@Schema(description = "A police station (派出所) of the bureau.",
        requiredProperties = {"id", "code", "nameZh", "nameEn", "active", "version"})
public record StationView(
        @Schema(example = "1") Long id,
        @Schema(description = "The station's code: 2 to 8 capital letters.", example = "HT") String code,
        @Schema(example = "湖塘派出所") String nameZh,
        @Schema(example = "Hutang Police Station") String nameEn,
        @Schema(example = "武进区湖塘镇花园街100号") String address,
        @Schema(example = "0519-86501110") String phone,
        @Schema(description = "False for a station out of service: it stays for its records.") boolean active,
        @Schema(description = "The version to send back with a change.", example = "0") long version) implements Serializable {

    static StationView of(Station s) {
        return new StationView(s.getId(), s.getCode(), s.getNameZh(), s.getNameEn(), s.getAddress(), s.getPhone(),
                s.isActive(), s.getVersion());
    }

    public String name(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
