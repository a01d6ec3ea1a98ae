package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.patrol.domain.OfflineSetting;
import cn.gov.wujin.yanghu.shared.ConflictException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Duration;

/**
 * The phone app's offline settings, read in each request's transaction (so a change holds at
 * once on every instance); ADMIN changes them, audited by the entity listener.
 */
@Stateless
@PermitAll
public class OfflineSettings {

    /** The settings as read. */
    @Schema(name = "OfflineSettings", description = "How the server takes check-ins and check-outs a phone kept while offline.")
    public record View(
            @Schema(required = true, minimum = "1", maximum = "72", description = "How many hours after the phone's `deviceTime` an "
                    + "offline check-in or check-out is still accepted (default 12).", example = "12") int toleranceHours,
            @Schema(required = true, description = "The version read: send it back with a change.", example = "0") long version)
            implements Serializable {

        public Duration tolerance() {
            return Duration.ofHours(toleranceHours);
        }
    }

    @PersistenceContext
    private EntityManager em;

    public View current() {
        OfflineSetting s = em.find(OfflineSetting.class, OfflineSetting.ID);
        return s == null ? new View(OfflineSetting.DEFAULT_TOLERANCE_HOURS, 0) : new View(s.getToleranceHours(), s.getVersion());
    }

    /** Changes them; 409 when someone changed them since {@code expectedVersion}. */
    @RolesAllowed(Roles.ADMIN)
    public View change(Integer toleranceHours, long expectedVersion) {
        OfflineSetting s = em.find(OfflineSetting.class, OfflineSetting.ID);
        if (s.getVersion() != expectedVersion) {
            throw new ConflictException("OfflineSetting", OfflineSetting.ID);
        }
        s.change(toleranceHours);
        em.flush();
        return current();
    }
}
