package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.organization.domain.SecondFactorPolicy;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The setting per role: is a second factor required (ADMIN changes it, audited). */
@Stateless
@PermitAll
public class SecondFactorPolicies {

    @Schema(description = "Whether the holders of a role must sign in with a second factor.")
    public record PolicyView(
            @Schema(required = true, description = "The role.", enumeration = {"OFFICER", "AUXILIARY", "SUPERVISOR", "LIAISON",
                    "VOLUNTEER", "ADMIN"}, example = "OFFICER") String role,
            @Schema(required = true, description = "True: an account with this role must enrol a second factor before anything else.")
            boolean required,
            @Schema(required = true, description = "The version to send back with a change.", example = "0") long version)
            implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    /** Whether any role of the account requires a second factor. */
    public boolean requiredFor(long accountId) {
        Object any = em.createNativeQuery("SELECT bool_or(p.required) FROM account_role r "
                + "JOIN second_factor_policy p ON p.role = r.role WHERE r.account_id = ?1").setParameter(1, accountId).getSingleResult();
        return Boolean.TRUE.equals(any);
    }

    @RolesAllowed(Roles.ADMIN)
    public List<PolicyView> all() {
        return em.createQuery("SELECT p FROM SecondFactorPolicy p", SecondFactorPolicy.class).getResultStream()
                .sorted(java.util.Comparator.comparing(p -> p.getRole().ordinal()))
                .map(SecondFactorPolicies::view).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public PolicyView change(String role, Boolean required, long expectedVersion) {
        Role key;
        try {
            key = Role.valueOf(role == null ? "" : role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("SecondFactorPolicy", role);
        }
        SecondFactorPolicy policy = em.find(SecondFactorPolicy.class, key);
        if (policy == null) {
            throw new RecordNotFoundException("SecondFactorPolicy", role);
        }
        if (required == null) {
            throw new InvalidInputException("required", "mfa.policy.requiredMissing");
        }
        if (policy.getVersion() != expectedVersion) {
            throw new ConflictException("SecondFactorPolicy", role);
        }
        policy.require(required);
        em.flush();
        return view(policy);
    }

    private static PolicyView view(SecondFactorPolicy p) {
        return new PolicyView(p.getRole().name(), p.isRequired(), p.getVersion());
    }
}
