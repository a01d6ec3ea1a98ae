package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.shared.StationOwned;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * One account. {@code phone} and {@code idCardNumber} are masked unless the details were
 * read through the audited full view.
 */
public record AccountDetails(Long id, String username, String displayName, Long stationId, String stationCode,
                             Set<Role> roles, String phone, String idCardNumber, boolean active, boolean locked,
                             Instant lockedUntil, Instant lastLoginAt, boolean masked, long version)
        implements StationOwned, Serializable {
}
