package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.fraud.domain.FraudType;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The fraud types (a reference table of no station): read by everyone who works with cases, kept by ADMIN. */
@Stateless
public class FraudTypes {

    @PersistenceContext
    private EntityManager em;

    private final CaseViewAssembler views;

    @Inject
    public FraudTypes(CaseViewAssembler views) {
        this.views = views;
    }

    /** For the container. */
    protected FraudTypes() {
        this(null);
    }

    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.LIAISON, Roles.ADMIN})
    public List<FraudTypeView> all() {
        return em.createNamedQuery("FraudType.all", FraudType.class).getResultList().stream().map(views::view).toList();
    }

    /** Changes a fraud type's names, order or active flag; codes never change, cases keep them. */
    @RolesAllowed(Roles.ADMIN)
    public FraudTypeView revise(String code, String nameZh, String nameEn, int sortOrder, boolean active, long version) {
        FraudType type = em.find(FraudType.class, code);
        if (type == null) {
            throw new RecordNotFoundException("FraudType", code);
        }
        if (type.getVersion() != version) {
            throw new ConflictException("FraudType", code);
        }
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        if (nameZh == null || nameZh.isBlank() || nameZh.length() > 60) {
            problems.add("nameZh", "fraudType.name.invalid");
        }
        if (nameEn == null || nameEn.isBlank() || nameEn.length() > 100) {
            problems.add("nameEn", "fraudType.name.invalid");
        }
        problems.throwIfAny();
        type.revise(nameZh.strip(), nameEn.strip(), sortOrder, active);
        em.flush();
        return views.view(type);
    }
}
