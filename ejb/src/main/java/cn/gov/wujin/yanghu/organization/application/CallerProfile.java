package cn.gov.wujin.yanghu.organization.application;

import java.io.Serializable;
import java.util.Set;

/** The signed-in person, as the top bar and {@code GET /api/v1/me} show them. */
public record CallerProfile(String username, String displayName, Long stationId, String stationCode,
                            String stationNameZh, String stationNameEn, Set<String> roles, boolean seesAllStations) implements Serializable {
}
