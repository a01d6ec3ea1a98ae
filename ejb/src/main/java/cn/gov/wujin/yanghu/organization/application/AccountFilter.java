package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.Role;

import java.io.Serializable;

/**
 * Filters of the account list; null means "any". {@code lockedOnly}: the accounts locked now by
 * failed logins (the administrator's inbox counts them and links here).
 */
public record AccountFilter(String text, Long stationId, Role role, Boolean active, boolean lockedOnly) implements Serializable {

    public AccountFilter(String text, Long stationId, Role role, Boolean active) {
        this(text, stationId, role, active, false);
    }

    public static AccountFilter none() {
        return new AccountFilter(null, null, null, null, false);
    }

    public static AccountFilter locked() {
        return new AccountFilter(null, null, null, null, true);
    }
}
