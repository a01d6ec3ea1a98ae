package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.Grid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

/** A grid; {@code nameEn} is null for a grid that has no English name yet. */
@Schema(description = "A grid (网格) of a community: the smallest area of community policing.",
        requiredProperties = {"id", "communityId", "code", "name"})
public record GridView(
        @Schema(example = "140") Long id,
        @Schema(example = "12") Long communityId,
        @Schema(description = "Unique within the community.", example = "G01") String code,
        @Schema(description = "The name in Chinese.", example = "花园一网格") String name,
        @Schema(description = "The name in English; absent while it has none.", example = "Huayuan grid 1") String nameEn) implements Serializable {

    static GridView of(Grid g) {
        return new GridView(g.getId(), g.getCommunity().getId(), g.getCode(), g.getName(), g.getNameEn());
    }

    /** The name in the reader's language: the Chinese one while the English one is missing. */
    public String label(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}
