package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.shared.StationOwned;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * One account. {@code phone} and {@code idCardNumber} are masked unless the details were
 * read through the audited full view.
 */
@Schema(description = "An account; its phone and ID-card number masked unless read in full.",
        requiredProperties = {"id", "username", "displayName", "roles", "active", "locked", "masked", "version"})
public record AccountDetails(
        @Schema(example = "57") Long id,
        @Schema(example = "ht.officer7") String username,
        @Schema(example = "王建国") String displayName,
        @Schema(description = "The station; absent for a bureau-level account.", example = "1") Long stationId,
        @Schema(description = "The station's code.", example = "HT") String stationCode,
        Set<Role> roles,
        @Schema(description = "The phone, masked (the first three and last four digits) unless `masked` is false.",
                example = "139****1234") String phone,
        @Schema(description = "The ID-card number, masked (the first six and last four characters) unless `masked` is false.",
                example = "320412********1233") String idCardNumber,
        @Schema(description = "False once deactivated: it cannot sign in.") boolean active,
        @Schema(description = "Locked now by failed sign-ins.") boolean locked,
        @Schema(description = "Until when a lockout lasts (it may lie in the past).") Instant lockedUntil,
        @Schema(description = "The last successful sign-in.") Instant lastLoginAt,
        @Schema(description = "Whether `phone` and `idCardNumber` are masked.") boolean masked,
        @Schema(description = "The version to send back with a change.", example = "1") long version)
        implements StationOwned, Serializable {
}
