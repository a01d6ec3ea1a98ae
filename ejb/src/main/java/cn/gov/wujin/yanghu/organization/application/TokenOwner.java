package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.access.Caller;

import java.io.Serializable;

/** Who a valid bearer token speaks for: the account as the check read it, and its identity for the container. */
public record TokenOwner(Caller caller, AccountIdentity identity) implements Serializable {
}
