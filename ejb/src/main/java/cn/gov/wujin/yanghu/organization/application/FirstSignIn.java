package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * An account whose password was handed out (an import's one-time password) must choose its own
 * before anything else: the pages send it to the password change (web.security.PasswordChangeGate)
 * and the API issues it no token until then.
 */
@Stateless
@PermitAll
public class FirstSignIn {

    @PersistenceContext
    private EntityManager em;

    /** Whether the account of this username must change its password first (false for an unknown one). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean passwordChangeRequired(String username) {
        return !em.createNativeQuery("SELECT 1 FROM account WHERE username = ?1 AND password_change_required")
                .setParameter(1, username).getResultList().isEmpty();
    }

    /** Refuses a token to an account that has not changed its handed-out password yet (409, saying where to change it). */
    public static void refuseTokenBeforeTheChange(Account account) {
        if (account.isPasswordChangeRequired()) {
            throw new RuleViolationException("setup.password.changeFirst");
        }
    }
}
