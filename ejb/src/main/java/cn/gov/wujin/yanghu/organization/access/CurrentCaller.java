package cn.gov.wujin.yanghu.organization.access;

import cn.gov.wujin.yanghu.organization.domain.Account;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.Principal;
import java.util.List;

/** Loads the caller's account once per request. */
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
        Account account = found.get(0);
        return new Caller(account.getId(), account.getUsername(), account.getDisplayName(), account.stationId(),
                account.getRoles());
    }
}
