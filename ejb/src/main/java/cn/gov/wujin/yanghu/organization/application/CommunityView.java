package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.Community;
import cn.gov.wujin.yanghu.organization.domain.CommunityKind;
import cn.gov.wujin.yanghu.shared.StationOwned;

import java.io.Serializable;

public record CommunityView(Long id, Long stationId, String stationCode, String code, String nameZh, String nameEn,
                            CommunityKind kind, long version) implements StationOwned, Serializable {

    static CommunityView of(Community c) {
        return new CommunityView(c.getId(), c.stationId(), c.getStation().getCode(), c.getCode(), c.getNameZh(),
                c.getNameEn(), c.getKind(), c.getVersion());
    }
}
