package cn.gov.wujin.yanghu.web.security;

import cn.gov.wujin.yanghu.organization.application.AuthenticationService;
import cn.gov.wujin.yanghu.organization.application.LoginResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The database identity store: accounts with PBKDF2 password hashes, roles as groups, and
 * the lockout rule (all in {@link AuthenticationService}).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** Request attribute telling the login page why a login failed. */
    public static final String OUTCOME = "yanghu.login.outcome";

    @Inject
    private AuthenticationService authentication;

    @Inject
    private HttpServletRequest request;

    /** Request attribute naming the account whose password was right and whose second factor is asked for next. */
    public static final String PENDING_USER = "yanghu.login.pendingUser";

    @Override
    public CredentialValidationResult validate(Credential credential) {
        LoginResult result;
        if (credential instanceof UsernamePasswordCredential login) {
            result = authentication.verify(login.getCaller(), login.getPasswordAsString());
        } else if (credential instanceof SecondFactorCredential second) {
            result = authentication.verifySecondFactor(second.username(), second.code());
        } else if (credential instanceof SecurityKeyCredential key) {
            result = authentication.verifySecurityKey(key.username(), key.response(), key.origin(), key.rpId());
        } else {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        request.setAttribute(OUTCOME, result.outcome());
        if (result.outcome() == LoginResult.Outcome.SECOND_FACTOR_REQUIRED) {
            request.setAttribute(PENDING_USER, result.username());
        }
        return result.succeeded()
                ? new CredentialValidationResult(result.username(), result.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
