package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.Role;

import java.io.Serializable;

/** Filters of the account list; null means "any". */
public record AccountFilter(String text, Long stationId, Role role, Boolean active) implements Serializable {

    public static AccountFilter none() {
        return new AccountFilter(null, null, null, null);
    }
}
