package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.fraud.domain.ProcedureLimit;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/** The procedure's numbers (a reference table of no station): read by staff, changed by ADMIN, each change audited. */
@Stateless
public class ProcedureLimitAdmin {

    @PersistenceContext
    private EntityManager em;

    private final StationScope scope;

    @Inject
    public ProcedureLimitAdmin(StationScope scope) {
        this.scope = scope;
    }

    /** For the container. */
    protected ProcedureLimitAdmin() {
        this(null);
    }

    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.LIAISON, Roles.ADMIN})
    public List<ProcedureLimitView> all() {
        return em.createNamedQuery("ProcedureLimit.all", ProcedureLimit.class).getResultList().stream()
                .map(ProcedureLimitAdmin::view).toList();
    }

    /** Sets a new number within the row's bounds; {@code version} must be the one read. */
    @RolesAllowed(Roles.ADMIN)
    public ProcedureLimitView revise(String code, Integer amount, long version) {
        ProcedureLimit limit = code == null ? null : em.find(ProcedureLimit.class, code);
        if (limit == null) {
            throw new RecordNotFoundException("ProcedureLimit", code);
        }
        if (limit.getVersion() != version) {
            throw new ConflictException("ProcedureLimit", code);
        }
        if (amount == null) {
            throw new InvalidInputException("amount", "procedureLimit.outOfBounds", limit.getMinAmount(), limit.getMaxAmount());
        }
        limit.revise(amount, scope.caller().username(), Instant.now());
        em.flush();
        return view(limit);
    }

    private static ProcedureLimitView view(ProcedureLimit l) {
        return new ProcedureLimitView(l.getCode(), l.getAmount(), l.getUnit().name(), l.getMinAmount(), l.getMaxAmount(), l.getNameZh(),
                l.getNameEn(), l.getSource(), l.getUpdatedBy(), l.getUpdatedAt(), l.getVersion());
    }
}
