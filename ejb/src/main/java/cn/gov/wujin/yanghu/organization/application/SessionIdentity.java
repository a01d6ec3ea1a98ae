package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.access.CurrentCaller;
import cn.gov.wujin.yanghu.organization.domain.Account;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;
import java.util.stream.Collectors;

/** Re-reads a signed-in account on each request: deactivation and role changes apply at once. */
@Stateless
@PermitAll
public class SessionIdentity {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private SecondFactors secondFactors;

    @Inject
    private Sessions sessions;

    /**
     * The signed-in account of a browser whose session row (found by the key its HTTP session
     * keeps) is still open: a session ended on any instance, or of another account, reads empty.
     */
    public Optional<AccountIdentity> of(String username, String sessionKey) {
        Optional<Long> open = sessions.open(sessionKey);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        return of(username).filter(identity -> open.get().equals(currentCaller.get().accountId()));
    }

    public Optional<AccountIdentity> of(String username) {
        Optional<Account> account = em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username)
                .getResultStream().filter(Account::isActive).findFirst();
        account.ifPresent(currentCaller::authenticated); // the request's caller, without reading the account again
        return account.map(a -> new AccountIdentity(a.getUsername(), a.getRoles().stream().map(Enum::name).collect(Collectors.toSet()),
                secondFactors.mustEnrol(a.getId())));
    }
}
