package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.audit.AuditAction;
import cn.gov.wujin.yanghu.audit.AuditLog;
import cn.gov.wujin.yanghu.fraud.domain.IdentifierType;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.RoleNotPermittedException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Suspect identifiers across cases: how often one was seen, and marking one not significant. */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
public class IdentifierService {

    /** The longest reason kept for an identifier declared not significant (its column). */
    static final int REASON_LENGTH = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CaseLinks links;

    @Inject
    private StationScope scope;

    @Inject
    private AuditLog auditLog;

    /** The intake page asks this while the officer types: "seen in N other cases". */
    public IdentifierSighting sighting(IdentifierType type, String value, Long exceptCaseId) {
        return type.normalize(value)
                .map(n -> new IdentifierSighting(type.name(), n, true, links.countCarrying(type, n, exceptCaseId)))
                .orElse(new IdentifierSighting(type.name(), null, false, 0));
    }

    /**
     * Stops an identifier from linking cases (a bank's service number, say). Bureau
     * supervisors only; the reason is kept and audited.
     */
    @RolesAllowed(Roles.SUPERVISOR)
    public void markInsignificant(IdentifierType type, String value, String reason) {
        if (!scope.caller().seesAllStations()) {
            throw new RoleNotPermittedException("fraud.identifier.bureauOnly");
        }
        if (type == null) {
            throw new InvalidInputException("type", "fraud.identifier.typeUnknown", "");
        }
        String normalized = type.normalize(value).orElseThrow(() -> new InvalidInputException("value", "fraud.identifier.invalid", type.name()));
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "fraud.identifier.reasonRequired");
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw new InvalidInputException("reason", "common.tooLong", REASON_LENGTH); // its column's length
        }
        em.createNativeQuery("INSERT INTO insignificant_identifier (type, normalized_value, reason, marked_by) VALUES (?1, ?2, ?3, ?4) "
                        + "ON CONFLICT (type, normalized_value) DO UPDATE SET reason = EXCLUDED.reason, marked_by = EXCLUDED.marked_by, marked_at = now()")
                .setParameter(1, type.name()).setParameter(2, normalized).setParameter(3, reason.strip())
                .setParameter(4, scope.caller().username()).executeUpdate();
        auditLog.record(AuditAction.UPDATE, "InsignificantIdentifier", type.name() + ":" + normalized, null, reason.strip());
    }
}
