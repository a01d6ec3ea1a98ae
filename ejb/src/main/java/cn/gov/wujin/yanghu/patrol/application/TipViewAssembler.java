package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.patrol.domain.Tip;
import cn.gov.wujin.yanghu.patrol.domain.TipStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds what the web tier sees of tips: list rows and the full view, never the entity. */
@ApplicationScoped
public class TipViewAssembler {

    /** A list shows the beginning of a description; the tip's page shows all of it. */
    private static final int LIST_DESCRIPTION = 120;

    @PersistenceContext
    private EntityManager em;

    /** List rows, with the tipsters' names read in one query for the whole page. */
    public List<TipRow> rows(List<Tip> tips) {
        List<Long> submitters = tips.stream().map(Tip::getSubmitterAccountId).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (!submitters.isEmpty()) {
            em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class).setParameter("ids", submitters)
                    .getResultStream().forEach(a -> names.put(a.getId(), a.getDisplayName()));
        }
        return tips.stream().map(t -> new TipRow(t.getId(), t.getTrackingCode(), t.getCategory().name(), t.getOccurredAt(),
                t.getPlace(), t.getDescription().length() > LIST_DESCRIPTION ? t.getDescription().substring(0, LIST_DESCRIPTION) + "…"
                : t.getDescription(), t.getStatus().name(), names.get(t.getSubmitterAccountId()), t.getHandedFromStationId() != null,
                t.getSubmittedAt(), t.getPhotoType() != null, t.getStatus() == TipStatus.NEW ? null : t.getTriageNote(),
                t.stationId() == null)).toList();
    }

    public TipView view(Tip t) {
        Station from = t.getHandedFromStationId() == null ? null : em.find(Station.class, t.getHandedFromStationId());
        return new TipView(t.getId(), t.getTrackingCode(), t.getStation() == null ? null : t.getStation().getCode(), t.getCategory().name(), t.getOccurredAt(),
                t.getPlace(), t.getLatitude(), t.getLongitude(), t.getDescription(), t.getPhotoType() != null, t.getStatus().name(),
                t.getTriageNote(), t.getTriagedBy(), t.getTriagedAt(), from == null ? null : from.getCode(), t.getFraudCaseId(),
                submitterName(t), t.getSubmittedAt(), t.getVersion(), t.getGridId(), t.getCommunityId());
    }

    private String submitterName(Tip t) {
        if (t.getSubmitterAccountId() == null) {
            return null;
        }
        Account a = em.find(Account.class, t.getSubmitterAccountId());
        return a == null ? null : a.getDisplayName();
    }
}
