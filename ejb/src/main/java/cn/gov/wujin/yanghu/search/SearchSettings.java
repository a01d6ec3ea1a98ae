package cn.gov.wujin.yanghu.search;

import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.ConflictException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;

/**
 * The search context's settings, read in each request's transaction (so a change holds at once on every instance);
 * ADMIN changes them, audited by the entity listener.
 */
@Stateless
@PermitAll
public class SearchSettings {

    /** The settings as read. */
    public record View(int repeatMonths, long version) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    public View current() {
        SearchSetting s = em.find(SearchSetting.class, SearchSetting.ID);
        return s == null ? new View(SearchSetting.DEFAULT_REPEAT_MONTHS, 0) : new View(s.getRepeatMonths(), s.getVersion());
    }

    /** Changes them; 409 when someone changed them since {@code expectedVersion}. */
    @RolesAllowed(Roles.ADMIN)
    public View change(Integer repeatMonths, long expectedVersion) {
        SearchSetting s = em.find(SearchSetting.class, SearchSetting.ID);
        if (s.getVersion() != expectedVersion) {
            throw new ConflictException("SearchSetting", SearchSetting.ID);
        }
        s.change(repeatMonths);
        em.flush();
        return current();
    }
}
