package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.shared.BusinessException;

/** Username and password were not accepted (or the account is locked). */
public class AuthenticationFailedException extends BusinessException {

    private final LoginResult.Outcome outcome;

    public AuthenticationFailedException(LoginResult.Outcome outcome) {
        super(outcome == LoginResult.Outcome.LOCKED ? "login.locked" : "login.invalid", null,
                AuthenticationService.LOCK_DURATION.toMinutes());
        this.outcome = outcome;
    }

    public LoginResult.Outcome outcome() {
        return outcome;
    }
}
