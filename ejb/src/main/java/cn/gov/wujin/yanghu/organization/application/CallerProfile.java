package cn.gov.wujin.yanghu.organization.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.util.Set;

/** The signed-in person, as the top bar and {@code GET /api/v1/me} show them. */
@Schema(description = "The signed-in account. The station properties are left out for an account of the bureau without a station.")
public record CallerProfile(
        @Schema(required = true, description = "The username.", example = "officer1") String username,
        @Schema(description = "The name shown to others.", example = "李明") String displayName,
        @Schema(description = "The id of the account's station.", example = "1") Long stationId,
        @Schema(description = "The code of the account's station.", example = "HT") String stationCode,
        @Schema(description = "The station's Chinese name.", example = "湖塘派出所") String stationNameZh,
        @Schema(description = "The station's English name.", example = "Hutang Police Station") String stationNameEn,
        @Schema(required = true, description = "The account's roles, in alphabetical order: ADMIN, AUXILIARY, LIAISON, OFFICER, SUPERVISOR, "
                + "VOLUNTEER.", uniqueItems = true,
                example = "[\"OFFICER\"]") Set<String> roles,
        @Schema(required = true, description = "True for bureau-level accounts, which reach every station's records; false for a "
                + "station's staff, who reach their own.") boolean seesAllStations) implements Serializable {
}
