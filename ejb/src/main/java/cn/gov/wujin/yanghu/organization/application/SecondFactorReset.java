package cn.gov.wujin.yanghu.organization.application;

/** An administrator removed a person's second factor: the person is told. */
public record SecondFactorReset(long accountId, String username, String byUsername) {
}
