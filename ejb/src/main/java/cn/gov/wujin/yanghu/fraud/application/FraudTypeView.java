package cn.gov.wujin.yanghu.fraud.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

@Schema(description = "A fraud type of the reference table: its code is what cases and filters use.")
public record FraudTypeView(
        @Schema(required = true, pattern = "^[A-Z][A-Z_]{1,31}$", description = "The code; it never changes.", example = "ORDER_BRUSHING")
        String code,
        @Schema(required = true, maxLength = 60, description = "The name in Chinese.", example = "刷单返利") String nameZh,
        @Schema(required = true, maxLength = 100, description = "The name in English.", example = "Order-brushing rebate") String nameEn,
        @Schema(required = true, description = "Where it stands in lists, lowest first.", example = "10") int sortOrder,
        @Schema(required = true, description = "Whether new cases may take it (an inactive type stays on its cases).") boolean active,
        @Schema(required = true, description = "The version: send it back with a change.", example = "0") long version)
        implements Serializable {
}
