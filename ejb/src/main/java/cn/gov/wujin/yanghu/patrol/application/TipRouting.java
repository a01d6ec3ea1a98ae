package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.geo.application.Boundaries;
import cn.gov.wujin.yanghu.organization.domain.Community;
import cn.gov.wujin.yanghu.organization.domain.Station;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an anonymous tip goes when its sender does not know the station ("不清楚"). The phone's
 * position decides first, by the station whose boundary holds it (geo); without a position, or
 * outside every station, the place's words decide ({@link TipPlaces}), and a tip they do not
 * place waits in the bureau's queue (no station) for a bureau supervisor.
 */
@ApplicationScoped
public class TipRouting {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Boundaries boundaries;

    /** The station (id) of the tip's place, or null: the bureau's queue. */
    public Long stationFor(NewTip tip) {
        if (tip.getLatitude() != null && tip.getLongitude() != null) {
            Long byPosition = boundaries.locate(tip.getLatitude().doubleValue(), tip.getLongitude().doubleValue()).stationId();
            if (byPosition != null && em.find(Station.class, byPosition).isActive()) {
                return byPosition;
            }
        }
        return TipPlaces.stationFor(tip.getPlace(), areas()).orElse(null);
    }

    private List<TipPlaces.Area> areas() {
        Map<Long, List<String>> communities = new HashMap<>();
        for (Community c : em.createQuery("SELECT c FROM Community c", Community.class).getResultList()) {
            communities.computeIfAbsent(c.stationId(), k -> new ArrayList<>()).add(c.getNameZh());
            communities.get(c.stationId()).add(c.getNameEn());
        }
        return em.createQuery("SELECT s FROM Station s WHERE s.active = true", Station.class).getResultStream()
                .map(s -> new TipPlaces.Area(s.getId(), s.getNameZh(), s.getNameEn(), communities.getOrDefault(s.getId(), List.of())))
                .toList();
    }
}
