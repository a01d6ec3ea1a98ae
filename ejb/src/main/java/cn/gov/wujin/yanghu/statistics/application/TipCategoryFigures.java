package cn.gov.wujin.yanghu.statistics.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

/** Tips sent in the period by category (as {@link PatrolFigures} counts them), most frequent first. */
@Schema(description = "The tips of one category sent in the period.")
public record TipCategoryFigures(
        @Schema(required = true, description = "The tip category.", enumeration = {"SUSPICIOUS_PERSON", "SUSPICIOUS_VEHICLE",
                "SAFETY_HAZARD", "DISPUTE", "FRAUD_LEAD", "OTHER"}, example = "FRAUD_LEAD") String category,
        @Schema(required = true, minimum = "0", description = "Tips sent.", example = "7") long tips,
        @Schema(required = true, minimum = "0", description = "Of these, resolved or turned into a case.", example = "5") long tipsActed,
        @Schema(pattern = Rates.SHARE_PATTERN, description = "tipsActed ÷ tips. " + Rates.SHARE_TEXT, example = "0.7143")
        String actionRate) implements Serializable {
}
