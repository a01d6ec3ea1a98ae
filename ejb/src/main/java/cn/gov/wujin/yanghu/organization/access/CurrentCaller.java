package cn.gov.wujin.yanghu.organization.access;

import cn.gov.wujin.yanghu.organization.domain.Account;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.Principal;
import java.util.List;
import java.util.Set;

/**
 * The caller's account, read once per request: the authentication mechanism, which has
 * just read it to check the token or the session, hands it over; otherwise it is loaded.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    private Principal principal;

    @PersistenceContext
    private EntityManager em;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = load();
        }
        return caller;
    }

    /** The account the authentication of this request has just read and found active. */
    public void authenticated(Account account) {
        caller = of(account);
    }

    /** As {@link #authenticated(Account)}, for a check that read the caller's fields without the entity. */
    public void authenticated(Caller checked) {
        caller = checked;
    }

    private static Caller of(Account account) {
        // a copy: the account leaves the persistence context it was read in
        return new Caller(account.getId(), account.getUsername(), account.getDisplayName(), account.stationId(),
                Set.copyOf(account.getRoles()));
    }

    private Caller load() {
        String name = principal == null ? null : principal.getName();
        if (name == null || "ANONYMOUS".equals(name)) {
            return Caller.ANONYMOUS;
        }
        List<Account> found = em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", name).getResultList();
        if (found.isEmpty() || !found.get(0).isActive()) {
            return Caller.ANONYMOUS;
        }
        return of(found.get(0));
    }
}
