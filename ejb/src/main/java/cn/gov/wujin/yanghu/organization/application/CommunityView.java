package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.Community;
import cn.gov.wujin.yanghu.organization.domain.CommunityKind;
import cn.gov.wujin.yanghu.shared.StationOwned;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

@Schema(description = "A community (社区) or village (村) of a station's area.",
        requiredProperties = {"id", "stationId", "stationCode", "code", "nameZh", "nameEn", "kind", "version"})
public record CommunityView(
        @Schema(example = "12") Long id,
        @Schema(example = "1") Long stationId,
        @Schema(example = "HT") String stationCode,
        @Schema(description = "Unique within the station.", example = "HT-HY") String code,
        @Schema(example = "花园社区") String nameZh,
        @Schema(example = "Huayuan Community") String nameEn,
        CommunityKind kind,
        @Schema(example = "0") long version) implements StationOwned, Serializable {

    static CommunityView of(Community c) {
        return new CommunityView(c.getId(), c.stationId(), c.getStation().getCode(), c.getCode(), c.getNameZh(),
                c.getNameEn(), c.getKind(), c.getVersion());
    }
}
