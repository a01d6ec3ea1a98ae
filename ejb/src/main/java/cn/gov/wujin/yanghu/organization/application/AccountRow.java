package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.Role;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** An account in a list: personal data masked. */
@Schema(description = "An account in a list.", requiredProperties = {"id", "username", "displayName", "roles", "active", "locked"})
public record AccountRow(
        @Schema(example = "57") Long id,
        @Schema(example = "ht.officer7") String username,
        @Schema(example = "王建国") String displayName,
        @Schema(description = "The station's code; absent for a bureau-level account.", example = "HT") String stationCode,
        Set<Role> roles,
        @Schema(description = "The phone, masked (the first three and last four digits).", example = "139****1234") String phoneMasked,
        @Schema(description = "False once deactivated.") boolean active,
        @Schema(description = "Locked now by failed sign-ins.") boolean locked,
        @Schema(description = "The last successful sign-in.") Instant lastLoginAt) implements Serializable {
}
