package cn.gov.wujin.yanghu.fraud.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;

/** A number of the procedure as ADMIN sees and changes it. */
@Schema(name = "ProcedureLimit", description = "A number of the procedure (a time limit or a count) with its unit, the bounds an "
        + "administrator may set it within, and its legal source.")
public record ProcedureLimitView(
        @Schema(required = true, description = "The rule's code.", example = "FREEZE_MONTHS") String code,
        @Schema(required = true, minimum = "1", description = "The number, in unit.", example = "6") int amount,
        @Schema(required = true, enumeration = {"HOURS", "DAYS", "MONTHS", "TIMES"}, description = "How the number counts: hours, "
                + "days, calendar months (Beijing time), or a count.", example = "MONTHS") String unit,
        @Schema(required = true, description = "The lowest number allowed.", example = "1") int minAmount,
        @Schema(required = true, description = "The highest number allowed.", example = "12") int maxAmount,
        @Schema(required = true, description = "The rule's name in Chinese.", example = "冻结期限") String nameZh,
        @Schema(required = true, description = "The rule's name in English.", example = "Term of a freeze") String nameEn,
        @Schema(required = true, description = "Where the number comes from (law, notice or the bureau's own rule).",
                example = "《公安机关办理刑事案件程序规定》（冻结存款、汇款等财产的期限为六个月）") String source,
        @Schema(description = "Who changed it last; left out while it has its first value.", example = "admin") String updatedBy,
        @Schema(description = "When it was changed last.") Instant updatedAt,
        @Schema(required = true, description = "The version read: send it back with a change.", example = "0") long version)
        implements Serializable {
}
