package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.patrol.domain.Tip;
import cn.gov.wujin.yanghu.patrol.domain.TipCategory;
import cn.gov.wujin.yanghu.patrol.domain.TipStatus;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The tips as the pages and the API read them: one tip, the station's queue, "my tips", a case's tips. */
@Stateless
@RolesAllowed({Roles.VOLUNTEER, Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.LIAISON})
public class TipQueries {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    @Inject
    private TipAccess access;

    @Inject
    private TipViewAssembler views;

    /** One tip, for its tipster or the staff of its station (anyone else: not found). */
    public TipView get(long id) {
        return views.view(access.readable(id));
    }

    /** The station's tips, newest first; {@code status} null means all. */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
    public Page<TipRow> queue(TipStatus status, TipCategory category, LocalDate sentFrom, LocalDate sentTo, int first, int pageSize) {
        Long station = scope.stationFilter();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (station != null) {
            where.append(" AND t.stationId = :station");
            parameters.put("station", station);
        }
        if (status != null) {
            where.append(" AND t.status = :status");
            parameters.put("status", status);
        }
        if (category != null) {
            where.append(" AND t.category = :category");
            parameters.put("category", category);
        }
        if (sentFrom != null) {
            where.append(" AND t.submittedAt >= :sentFrom");
            parameters.put("sentFrom", sentFrom.atStartOfDay(BureauTime.ZONE).toInstant());
        }
        if (sentTo != null) {
            where.append(" AND t.submittedAt < :sentTo");
            parameters.put("sentTo", sentTo.plusDays(1).atStartOfDay(BureauTime.ZONE).toInstant());
        }
        TypedQuery<Tip> page = em.createQuery("SELECT t FROM Tip t" + where + " ORDER BY t.submittedAt DESC, t.id DESC", Tip.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(t) FROM Tip t" + where, Long.class);
        parameters.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Tip> tips = Page.window(page, first, pageSize).getResultList();
        return new Page<>(views.rows(tips), count.getSingleResult());
    }

    /**
     * How many new tips wait in the caller's queue (the menu badge, on every page), counted up
     * to {@code cap}: the queue's index answers that in well under a millisecond, where an exact
     * count of a backlog of hundreds of thousands takes a fifth of a second.
     */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
    public long countNew(int cap) {
        Long station = scope.stationFilter();
        return ((Number) em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM tip WHERE status = 'NEW'"
                        + (station == null ? "" : " AND station_id = ?1") + " LIMIT ?2) waiting")
                .setParameter(1, station == null ? -1L : station).setParameter(2, cap).getSingleResult()).longValue();
    }

    /** The caller's own tips, newest first. */
    public Page<TipRow> mine(int first, int pageSize) {
        Long me = scope.caller().accountId();
        List<Tip> tips = Page.window(em.createQuery("SELECT t FROM Tip t WHERE t.submitterAccountId = :me ORDER BY t.submittedAt DESC, t.id DESC", Tip.class)
                .setParameter("me", me), first, pageSize).getResultList();
        long total = em.createQuery("SELECT COUNT(t) FROM Tip t WHERE t.submitterAccountId = :me", Long.class).setParameter("me", me)
                .getSingleResult();
        return new Page<>(views.rows(tips), total);
    }

    /** The tips a case was opened from, those of the stations the caller may see (the case page lists them). */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
    public List<TipRow> ofCase(long caseId) {
        List<Tip> tips = em.createQuery("SELECT t FROM Tip t WHERE t.fraudCaseId = :c ORDER BY t.id", Tip.class).setParameter("c", caseId)
                .getResultStream().filter(t -> scope.canSee(t.stationId())).toList();
        return views.rows(tips);
    }
}
