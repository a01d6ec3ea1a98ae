package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.Grid;

import java.io.Serializable;

/** A grid; {@code nameEn} is null for a grid that has no English name yet. */
public record GridView(Long id, Long communityId, String code, String name, String nameEn) implements Serializable {

    static GridView of(Grid g) {
        return new GridView(g.getId(), g.getCommunity().getId(), g.getCode(), g.getName(), g.getNameEn());
    }

    /** The name in the reader's language: the Chinese one while the English one is missing. */
    public String label(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}
