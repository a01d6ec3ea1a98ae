package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.patrol.domain.Tip;
import cn.gov.wujin.yanghu.patrol.domain.TrackingCode;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** An anonymous tipster follows their tip by its tracking code: the status, nothing else. */
@Stateless
@PermitAll
public class TipTracking {

    @PersistenceContext
    private EntityManager em;

    /** The status behind a tracking code, for whoever holds the code (the anonymous tipster), however it was typed. */
    public TipTrack track(String trackingCode) {
        String code = TrackingCode.normalise(trackingCode);
        return em.createQuery("SELECT t FROM Tip t WHERE t.trackingCode = :code", Tip.class).setParameter("code", code)
                .getResultStream().findFirst().map(t -> new TipTrack(t.getTrackingCode(), t.getStatus().name(), t.getSubmittedAt()))
                .orElseThrow(() -> new RecordNotFoundException("Tip", code));
    }
}
