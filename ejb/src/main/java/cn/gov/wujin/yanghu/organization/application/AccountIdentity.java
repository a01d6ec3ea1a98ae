package cn.gov.wujin.yanghu.organization.application;

import java.io.Serializable;
import java.util.Set;

/**
 * Who a valid token or session speaks for: username and roles, and whether a role requires a
 * second factor that the account has not enrolled yet (then it may do nothing else first).
 */
public record AccountIdentity(String username, Set<String> roles, boolean mustEnrol) implements Serializable {

    public AccountIdentity(String username, Set<String> roles) {
        this(username, roles, false);
    }
}
