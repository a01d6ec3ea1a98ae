package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.patrol.domain.Tip;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Locale;

/** What the tip services share: which tip a caller may read, and which stations a tip may go to. */
@ApplicationScoped
public class TipAccess {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    /** One tip, for its tipster or the staff of its station; for anyone else it does not exist. */
    public Tip readable(long id) {
        Tip tip = em.find(Tip.class, id);
        Caller caller = scope.caller();
        if (tip == null || !(tip.isSubmittedBy(caller.accountId()) || caller.isStationStaff() && scope.canSee(tip.stationId()))) {
            throw new RecordNotFoundException("Tip", id);
        }
        return tip;
    }

    /**
     * Any station in service, by its code, or null: anonymous tips and handed-over tips may go to
     * any of them, as a paper file handed to another station would.
     */
    public Station activeStation(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return em.createNamedQuery("Station.byCode", Station.class).setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().filter(Station::isActive).findFirst().orElse(null);
    }
}
