package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.Role;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A staff directory of a few people, for unit tests of the rules that ask it. */
public final class FixedStaff extends StaffDirectory {

    private final Map<Long, List<Long>> heads = new HashMap<>();
    private final Map<Role, List<Long>> withRole = new HashMap<>();
    private final Map<String, Long> usernames = new HashMap<>();
    private final Set<Long> inactive = new HashSet<>();

    public FixedStaff head(long stationId, Long... accounts) {
        heads.put(stationId, List.of(accounts));
        return this;
    }

    public FixedStaff role(Role role, Long... accounts) {
        withRole.put(role, List.of(accounts));
        return this;
    }

    public FixedStaff username(String username, long account) {
        usernames.put(username, account);
        return this;
    }

    public FixedStaff inactive(long account) {
        inactive.add(account);
        return this;
    }

    @Override
    public List<Long> headsOf(long stationId) {
        return heads.getOrDefault(stationId, List.of());
    }

    @Override
    public List<Long> withRole(Role role) {
        return withRole.getOrDefault(role, List.of());
    }

    @Override
    public List<Long> byUsername(String username) {
        Long id = usernames.get(username);
        return id == null || inactive.contains(id) ? List.of() : List.of(id);
    }

    @Override
    public List<Long> activeAmong(Collection<Long> accountIds) {
        return accountIds.stream().filter(id -> !inactive.contains(id)).sorted().toList();
    }
}
