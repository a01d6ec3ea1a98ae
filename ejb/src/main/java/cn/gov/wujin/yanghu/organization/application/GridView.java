package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.Grid;

import java.io.Serializable;

public record GridView(Long id, Long communityId, String code, String name) implements Serializable {

    static GridView of(Grid g) {
        return new GridView(g.getId(), g.getCommunity().getId(), g.getCode(), g.getName());
    }
}
