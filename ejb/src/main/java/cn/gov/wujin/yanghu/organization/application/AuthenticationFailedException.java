package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.shared.BusinessException;

/** Username and password were not accepted (or the account is locked). */
public class AuthenticationFailedException extends BusinessException {

    private final LoginResult.Outcome outcome;

    public AuthenticationFailedException(LoginResult.Outcome outcome) {
        super(outcome == LoginResult.Outcome.LOCKED ? "login.locked"
                : outcome == LoginResult.Outcome.SECOND_FACTOR_REQUIRED ? "mfa.required" : "login.invalid", null,
                AuthenticationService.LOCK_DURATION.toMinutes());
        this.outcome = outcome;
    }

    /** The API's error code: a second factor is asked for, or the credentials were refused. */
    public String code() {
        return outcome == LoginResult.Outcome.SECOND_FACTOR_REQUIRED ? "second_factor_required" : "unauthorized";
    }

    public LoginResult.Outcome outcome() {
        return outcome;
    }
}
