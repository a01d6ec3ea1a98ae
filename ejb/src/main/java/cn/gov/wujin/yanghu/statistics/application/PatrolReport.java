package cn.gov.wujin.yanghu.statistics.application;

import cn.gov.wujin.yanghu.patrol.application.PointsService.Standing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.util.List;

/** The patrol figures of a selection: by key and in total, tips by category, and the top volunteers by points. */
@Schema(description = "The patrol figures of a period: by key and in total, the tips by category, and the top volunteers.")
public record PatrolReport(
        @Schema(required = true, description = "One row per key with figures, by key.") List<PatrolFigures> rows,
        @Schema(required = true, description = "The whole selection (key *), counted by the database: a volunteer active in two groups "
                + "is one active volunteer.") PatrolFigures total,
        @Schema(required = true, description = "The tips by category, most frequent first.") List<TipCategoryFigures> tipsByCategory,
        @Schema(required = true, description = "The 10 volunteers with the most points earned in the period.") List<Standing> topVolunteers)
        implements Serializable {
}
