package cn.gov.wujin.yanghu.organization.access;

import cn.gov.wujin.yanghu.organization.domain.Role;

import java.io.Serializable;
import java.util.Set;

/** Who is calling: account, station (null for bureau-level) and roles. */
public record Caller(Long accountId, String username, String displayName, Long stationId, Set<Role> roles) implements Serializable {

    public static final Caller ANONYMOUS = new Caller(null, null, null, null, Set.of());

    public boolean isAuthenticated() {
        return accountId != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Police staff of a station or the bureau (officers, auxiliaries, supervisors), as opposed to volunteers. */
    public boolean isStationStaff() {
        return has(Role.OFFICER) || has(Role.AUXILIARY) || has(Role.SUPERVISOR);
    }

    /** Administrators and bureau-level supervisors see every station's records. */
    public boolean seesAllStations() {
        return has(Role.ADMIN) || (has(Role.SUPERVISOR) && stationId == null);
    }
}
