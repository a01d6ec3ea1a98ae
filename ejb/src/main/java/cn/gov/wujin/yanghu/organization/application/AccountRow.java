package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.Role;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** An account in a list: personal data masked. */
public record AccountRow(Long id, String username, String displayName, String stationCode, Set<Role> roles,
                         String phoneMasked, boolean active, boolean locked, Instant lastLoginAt) implements Serializable {
}
