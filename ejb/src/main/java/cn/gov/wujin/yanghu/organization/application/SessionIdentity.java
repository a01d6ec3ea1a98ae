package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.Account;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
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

    public Optional<AccountIdentity> of(String username) {
        return em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username)
                .getResultStream().filter(Account::isActive).findFirst()
                .map(a -> new AccountIdentity(a.getUsername(),
                        a.getRoles().stream().map(Enum::name).collect(Collectors.toSet())));
    }
}
