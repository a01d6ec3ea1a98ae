package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.shared.Conditions;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.patrol.domain.Tip;
import cn.gov.wujin.yanghu.patrol.domain.TipCategory;
import cn.gov.wujin.yanghu.patrol.domain.TipStatus;
import cn.gov.wujin.yanghu.shared.Backlog;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The tips as the pages and the API read them: one tip, the station's queue, "my tips", a case's tips. */
@Stateless
@RolesAllowed({Roles.VOLUNTEER, Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.LIAISON})
public class TipQueries {

    /** "Updates on my tips" reach back this many days. */
    public static final int UPDATES_DAYS = 7;

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
        return queue(status, category, sentFrom, sentTo, false, first, pageSize);
    }

    /**
     * The tips the caller may see, newest first; with {@code unassignedOnly} the bureau's queue, the
     * tips without a station (only the bureau sees those: for a station's staff it is empty).
     */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
    public Page<TipRow> queue(TipStatus status, TipCategory category, LocalDate sentFrom, LocalDate sentTo, boolean unassignedOnly,
                              int first, int pageSize) {
        return queue(status, category, sentFrom, sentTo, unassignedOnly, null, null, first, pageSize);
    }

    /** The same, only the tips placed in one grid or community (the map's areas open their tips so); null: anywhere. */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
    public Page<TipRow> queue(TipStatus status, TipCategory category, LocalDate sentFrom, LocalDate sentTo, boolean unassignedOnly,
                              Long gridId, Long communityId, int first, int pageSize) {
        Conditions where = queueConditions(status, category, sentFrom, sentTo, unassignedOnly);
        where = placedIn(where, gridId, communityId);
        TypedQuery<Tip> page = where.bind(em.createQuery("SELECT t FROM Tip t" + where.jpql() + " ORDER BY t.submittedAt DESC, t.id DESC", Tip.class));
        TypedQuery<Long> count = where.bind(em.createQuery("SELECT COUNT(t) FROM Tip t" + where.jpql(), Long.class));
        List<Tip> tips = Page.window(page, first, pageSize).getResultList();
        return new Page<>(views.rows(tips), count.getSingleResult());
    }

    /**
     * What waits in the station's queue with this status (a home page's count): the queue's own
     * conditions, counted up to {@code cap}, which its index answers at once where an exact
     * count of a backlog of hundreds of thousands would not. Tips have no deadline.
     */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
    public Backlog backlog(TipStatus status, int cap) {
        return backlog(status, false, cap);
    }

    /** The bureau's queue as a home page counts it: new tips without a station (none for a station's staff). */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
    public Backlog unassignedBacklog(int cap) {
        return backlog(TipStatus.NEW, true, cap);
    }

    private Backlog backlog(TipStatus status, boolean unassignedOnly, int cap) {
        Conditions where = queueConditions(status, null, null, null, unassignedOnly);
        // the sending times, not the ids: the queue's index (V8) alone answers
        return new Backlog(where.bind(em.createQuery("SELECT t.submittedAt FROM Tip t" + where.jpql(), Instant.class))
                .setMaxResults(Math.max(1, cap)).getResultList().size(), false);
    }

    private static Conditions placedIn(Conditions where, Long gridId, Long communityId) {
        StringBuilder jpql = new StringBuilder(where.jpql());
        Map<String, Object> parameters = new HashMap<>(where.parameters());
        if (gridId != null) {
            jpql.append(" AND t.gridId = :grid");
            parameters.put("grid", gridId);
        }
        if (communityId != null) {
            jpql.append(" AND t.communityId = :community");
            parameters.put("community", communityId);
        }
        return new Conditions(jpql.toString(), parameters);
    }

    private Conditions queueConditions(TipStatus status, TipCategory category, LocalDate sentFrom, LocalDate sentTo, boolean unassignedOnly) {
        Long station = scope.stationFilter();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (station != null) {
            // a station's staff: their station's tips, never the bureau's queue (no station is not theirs)
            where.append(" AND t.stationId = :station");
            parameters.put("station", station);
        }
        if (unassignedOnly) {
            where.append(" AND t.stationId IS NULL");
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
        return new Conditions(where.toString(), parameters);
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
        return mine(false, first, pageSize);
    }

    /**
     * The caller's own tips, newest first; with {@code updatesOnly} those an officer acted on in
     * the last {@link #UPDATES_DAYS} days (dismissed, resolved, a case opened, handed to another
     * station), the latest first: what the tipster has not seen yet, most likely.
     */
    public Page<TipRow> mine(boolean updatesOnly, int first, int pageSize) {
        Conditions where = mineConditions(updatesOnly);
        List<Tip> tips = Page.window(where.bind(em.createQuery("SELECT t FROM Tip t" + where.jpql()
                + (updatesOnly ? " ORDER BY t.triagedAt DESC, t.id DESC" : " ORDER BY t.submittedAt DESC, t.id DESC"), Tip.class)),
                first, pageSize).getResultList();
        long total = where.bind(em.createQuery("SELECT COUNT(t) FROM Tip t" + where.jpql(), Long.class)).getSingleResult();
        return new Page<>(views.rows(tips), total);
    }

    /** How many of the caller's tips were acted on lately: the count of {@link #mine(boolean, int, int)} with updates only. */
    public Backlog updatesOnMine(int cap) {
        Conditions where = mineConditions(true);
        return new Backlog(where.bind(em.createQuery("SELECT t.triagedAt FROM Tip t" + where.jpql(), Instant.class))
                .setMaxResults(Math.max(1, cap)).getResultList().size(), false);
    }

    private Conditions mineConditions(boolean updatesOnly) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("me", scope.caller().accountId());
        String where = " WHERE t.submitterAccountId = :me";
        if (updatesOnly) {
            where += " AND t.triagedAt >= :since";
            parameters.put("since", Instant.now().minus(Duration.ofDays(UPDATES_DAYS)));
        }
        return new Conditions(where, parameters);
    }


    /** The tips a case was opened from, those of the stations the caller may see (the case page lists them). */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
    public List<TipRow> ofCase(long caseId) {
        List<Tip> tips = em.createQuery("SELECT t FROM Tip t WHERE t.fraudCaseId = :c ORDER BY t.id", Tip.class).setParameter("c", caseId)
                .getResultStream().filter(t -> scope.canSee(t.stationId())).toList();
        return views.rows(tips);
    }
}
