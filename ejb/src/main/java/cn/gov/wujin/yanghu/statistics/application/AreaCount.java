package cn.gov.wujin.yanghu.statistics.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

/** How many of a kind happened in one area in the period; the row without an area counts those outside every area. */
@Schema(name = "AreaCount", description = "A count for one area of the map, or (without areaId, outside true) of the positioned "
        + "records outside every area of the level.")
public record AreaCount(
        @Schema(description = "The grid's or community's id (GET /api/v1/geo/boundaries); absent on the row of those outside.",
                example = "31") Long areaId,
        @Schema(description = "The area's code; absent on the row of those outside.", example = "HT-01-G1") String code,
        @Schema(description = "The area's name in the caller's language; absent on the row of those outside.",
                example = "湖塘社区第一网格") String name,
        @Schema(required = true, minimum = "0", example = "17") long count,
        @Schema(required = true, description = "True on the one row of positioned tips outside every area of the level (tips only).")
        boolean outside) implements Serializable {
}
