package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.Grid;

public record GridView(Long id, Long communityId, String code, String name) {

    static GridView of(Grid g) {
        return new GridView(g.getId(), g.getCommunity().getId(), g.getCode(), g.getName());
    }
}
