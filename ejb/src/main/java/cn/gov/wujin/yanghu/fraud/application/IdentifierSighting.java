package cn.gov.wujin.yanghu.fraud.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

/** An identifier as normalised, whether it is valid for its kind, and in how many other cases it appears. */
// no @Schema on the type: the API answers it inside IdentifierResource.Answer, and an unused component fails the lint
public record IdentifierSighting(
        @Schema(required = true, description = "The kind asked for.", enumeration = {"PHONE", "BANK_ACCOUNT", "PAYMENT_ACCOUNT", "WECHAT",
                "QQ", "URL", "APP", "IP"}, example = "PHONE") String type,
        @Schema(description = "The value as normalised for linking; left out when it is not valid for its kind.", example = "17123456789")
        String normalized,
        @Schema(required = true, description = "Whether the value is a valid identifier of its kind (intake refuses an invalid one).")
        boolean valid,
        @Schema(required = true, minimum = "0", description = "How many cases (other than exceptCase) carry it, not counting an "
                + "identifier marked not significant; 0 when not valid.", example = "2") long otherCases) implements Serializable {
}
