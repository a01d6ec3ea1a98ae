package cn.gov.wujin.yanghu.statistics.application;

import java.io.Serializable;

/** Tips sent in the period by category (as {@link PatrolFigures} counts them), most frequent first. */
public record TipCategoryFigures(String category, long tips, long tipsActed, String actionRate) implements Serializable {
}
