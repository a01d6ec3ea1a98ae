package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.fraud.application.FraudCaseRegistered;
import cn.gov.wujin.yanghu.fraud.domain.FraudCase;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * What is left of the tip service: the two calls the fraud context makes until its intake fires
 * {@link FraudCaseRegistered} itself and its case page reads {@link TipQueries#ofCase}. Delete it
 * once nothing calls it; the tip services are {@link TipIntake}, {@link TipPhotos},
 * {@link TipTracking}, {@link TipQueries} and {@link TipTriage}.
 */
@Deprecated(forRemoval = true)
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
public class TipService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    @Inject
    private TipQueries queries;

    @Inject
    private Event<FraudCaseRegistered> caseRegistered;

    /** Case intake opened a case from this tip: announced as the intake will announce it, so patrol's observer decides. */
    public void caseOpened(long tipId, long caseId) {
        FraudCase registered = em.find(FraudCase.class, caseId);
        caseRegistered.fire(new FraudCaseRegistered(caseId, registered.getCaseNumber().value(), registered.stationId(), tipId, null,
                scope.caller().username(), Instant.now()));
    }

    /** The tips a case was opened from. */
    public List<TipRow> ofCase(long caseId) {
        return queries.ofCase(caseId);
    }
}
