package cn.gov.wujin.yanghu.organization.application;

import java.io.Serializable;
import java.util.Set;

/** Who a valid token or session speaks for: username and roles. */
public record AccountIdentity(String username, Set<String> roles) implements Serializable {
}
