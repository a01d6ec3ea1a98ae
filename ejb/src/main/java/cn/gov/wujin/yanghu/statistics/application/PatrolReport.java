package cn.gov.wujin.yanghu.statistics.application;

import cn.gov.wujin.yanghu.patrol.application.PointsService.Standing;

import java.io.Serializable;
import java.util.List;

/** The patrol figures of a selection: by key and in total, tips by category, and the top volunteers by points. */
public record PatrolReport(List<PatrolFigures> rows, PatrolFigures total, List<TipCategoryFigures> tipsByCategory,
                           List<Standing> topVolunteers) implements Serializable {
}
