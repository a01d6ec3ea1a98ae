package cn.gov.wujin.yanghu.geo.application;

import cn.gov.wujin.yanghu.geo.domain.MapSetting;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.ConflictException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;

/** The map's settings, read in each request's transaction (so a change holds at once on every instance); ADMIN changes them. */
@Stateless
@PermitAll
public class MapSettings {

    /** The settings as read. */
    public record View(String tileUrl, boolean tileGcj02, int checkInToleranceMetres, long version) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    public View current() {
        MapSetting s = em.find(MapSetting.class, MapSetting.ID);
        return s == null ? new View(null, false, MapSetting.DEFAULT_TOLERANCE, 0)
                : new View(s.getTileUrl(), s.isTileGcj02(), s.getCheckInToleranceMetres(), s.getVersion());
    }

    /** Changes them (audited by the entity listener); 409 when someone changed them since {@code expectedVersion}. */
    @RolesAllowed(Roles.ADMIN)
    public View change(String tileUrl, boolean gcj02, Integer toleranceMetres, long expectedVersion) {
        MapSetting s = em.find(MapSetting.class, MapSetting.ID);
        if (s.getVersion() != expectedVersion) {
            throw new ConflictException("MapSetting", MapSetting.ID);
        }
        s.change(tileUrl, gcj02, toleranceMetres);
        em.flush();
        return current();
    }
}
