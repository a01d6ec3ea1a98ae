package cn.gov.wujin.yanghu.search;

import cn.gov.wujin.yanghu.organization.access.Caller;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.Masking;
import cn.gov.wujin.yanghu.shared.Page;
import cn.gov.wujin.yanghu.shared.SqlValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one search box: finds cases, tips, warning leads, visits, enterprise requests, enterprises
 * and projects by their text (the index of V31), and only those the caller may open, scoped
 * exactly as each list is: cases, tips and leads for a station's staff by station (the bureau's
 * all, tips without a station only to the bureau); visits, requests, enterprises and projects for
 * supervisors by station and for a liaison officer by their assignments (and requests they own).
 * A record the caller may not open is neither shown nor counted. A read side: it reads the
 * owners' tables by SQL and changes nothing.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.LIAISON})
public class Search {

    /** How far each kind is counted, and paged: enough to tell "many"; an exact count of "骗" over a million cases is not. */
    public static final int COUNT_CAP = 1000;

    private static final Set<SearchKind> STAFF_KINDS = EnumSet.of(SearchKind.CASE, SearchKind.TIP, SearchKind.LEAD);

    /** A liaison officer's projects: those they are the active liaison of, directly or through the enterprise (LiaisonScope). */
    private static final String RUNS = "EXISTS (SELECT 1 FROM liaison_assignment a WHERE a.ended_at IS NULL AND a.officer_id = ?2 "
            + "AND (a.project_id = %1$s OR a.enterprise_id = %2$s))";

    @Inject
    private StationScope scope;

    @PersistenceContext
    private EntityManager em;

    /**
     * A page of what {@code query} finds among {@code kinds} (null or empty: all), merged in the order asked for;
     * the counts per kind of what the caller may open.
     */
    public SearchResult search(String query, Set<SearchKind> kinds, SearchOrder order, int first, int pageSize) {
        String tsquery = tsquery(query);
        planForTheseValues();
        List<List<String>> words = SearchText.words(query);
        SearchOrder by = order == null ? SearchOrder.NEWEST : order;
        int from = Math.min(Math.max(0, first), COUNT_CAP);
        int size = Page.clampSize(pageSize);
        List<Found> found = new ArrayList<>();
        Map<SearchKind, Long> counts = new LinkedHashMap<>();
        boolean capped = false;
        for (SearchKind kind : visible(kinds)) {
            long count = count(kind, tsquery);
            counts.put(kind, Math.min(count, COUNT_CAP));
            capped |= count > COUNT_CAP;
            if (count > from) {
                found.addAll(fetch(kind, tsquery, by, from + size));
            }
        }
        found.sort(comparator(by));
        List<SearchHit> rows = found.stream().skip(from).limit(size).map(f -> f.hit(words)).toList();
        return new SearchResult(rows, counts.values().stream().mapToLong(Long::longValue).sum(), counts, capped);
    }

    /** The first {@code perKind} records of each kind the caller may open, for the results page, and the counts. */
    public Map<SearchKind, Page<SearchHit>> byKind(String query, SearchOrder order, int perKind) {
        String tsquery = tsquery(query);
        planForTheseValues();
        List<List<String>> words = SearchText.words(query);
        SearchOrder by = order == null ? SearchOrder.NEWEST : order;
        Map<SearchKind, Page<SearchHit>> pages = new EnumMap<>(SearchKind.class);
        for (SearchKind kind : visible(null)) {
            long count = Math.min(count(kind, tsquery), COUNT_CAP);
            if (count > 0) {
                pages.put(kind, new Page<>(fetch(kind, tsquery, by, Page.clampSize(perKind)).stream().map(f -> f.hit(words)).toList(),
                        count));
            }
        }
        return pages;
    }

    /** The kinds among those asked for that the caller's roles open (as each list's service allows). */
    public Set<SearchKind> visible(Set<SearchKind> kinds) {
        Caller caller = scope.caller();
        Set<SearchKind> visible = EnumSet.noneOf(SearchKind.class);
        for (SearchKind kind : SearchKind.values()) {
            boolean allowed = STAFF_KINDS.contains(kind) ? caller.isStationStaff()
                    : caller.has(Role.SUPERVISOR) || caller.has(Role.LIAISON);
            if (allowed && (kinds == null || kinds.isEmpty() || kinds.contains(kind))) {
                visible.add(kind);
            }
        }
        return visible;
    }

    private static String tsquery(String query) {
        if (query == null || query.isBlank()) {
            throw new InvalidInputException("q", "search.query.required");
        }
        if (query.length() > SearchText.MAX_QUERY) {
            throw new InvalidInputException("q", "search.query.tooLong", SearchText.MAX_QUERY);
        }
        Optional<String> tsquery = SearchText.tsquery(query);
        return tsquery.orElseThrow(() -> new InvalidInputException("q", "search.query.nothing"));
    }

    /**
     * Each statement planned for its own words, in this transaction: after five runs of a prepared
     * statement PostgreSQL may keep a generic plan, which cannot tell "骗" (in a third of the
     * narratives) from a rare word. For an officer's 1-character words that plan took 95–166 ms
     * instead of 11 ms; planning anew costs a fraction of a millisecond.
     */
    private void planForTheseValues() {
        em.createNativeQuery("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)").getSingleResult();
    }

    private long count(SearchKind kind, String tsquery) {
        Source source = source(kind);
        return ((Number) bind(em.createNativeQuery("WITH q AS (SELECT CAST(?1 AS tsquery) AS q) SELECT count(*) FROM (SELECT 1 FROM "
                + source.from + ", q WHERE x.search_doc @@ q.q" + source.scope + " LIMIT ?3) c"), tsquery, source)
                .setParameter(3, COUNT_CAP + 1).getSingleResult()).longValue();
    }

    private List<Found> fetch(SearchKind kind, String tsquery, SearchOrder order, int limit) {
        Source source = source(kind);
        String orderBy = (order == SearchOrder.RELEVANCE ? "rank DESC, " : "") + "at DESC, x.id DESC";
        return found(kind, bind(em.createNativeQuery("WITH q AS (SELECT CAST(?1 AS tsquery) AS q) SELECT x.id, " + source.title
                + " AS title, " + source.body + " AS body, s.code, " + source.at + " AS at, ts_rank(x.search_doc, q.q) AS rank, "
                + source.parent + " FROM " + source.from + ", q WHERE x.search_doc @@ q.q" + source.scope
                + " ORDER BY " + orderBy + " LIMIT ?3"), tsquery, source).setParameter(3, limit));
    }

    /**
     * The records of {@code kind} the caller may open whose text names the identifier (a sighting not dismissed) or,
     * for a case, that carry it as a suspect identifier; newest first, at most {@code limit}.
     */
    public List<SearchHit> naming(SearchKind kind, String type, String value, int limit) {
        if (!visible(null).contains(kind)) {
            return List.of();
        }
        Source source = source(kind);
        String carried = kind == SearchKind.CASE ? " OR EXISTS (SELECT 1 FROM suspect_identifier si WHERE si.fraud_case_id = x.id "
                + "AND si.type = ?4 AND si.normalized_value = ?5)" : "";
        List<Found> found = found(kind, bind(em.createNativeQuery("SELECT x.id, " + source.title + " AS title, " + source.body
                + " AS body, s.code, " + source.at + " AS at, 0, " + source.parent + " FROM " + source.from + " WHERE (EXISTS "
                + "(SELECT 1 FROM identifier_sighting g WHERE g.kind = ?6 AND g.record_id = x.id AND g.type = ?4 AND g.value = ?5 "
                + "AND g.dismissed_at IS NULL)" + carried + ")" + source.scope + " ORDER BY at DESC, x.id DESC LIMIT ?3"), null, source)
                .setParameter(3, limit).setParameter(4, type).setParameter(5, value).setParameter(6, kind.name()));
        List<List<String>> words = SearchText.words(value);
        return found.stream().map(f -> f.hit(words)).toList();
    }

    /**
     * How many tips the caller may not open (other stations', the bureau's queue) name any of these
     * identifiers (each {type, normalised value}), per station code ("" for the queue): what linking
     * shows of another station's case, its station, without the record. A bureau account opens them all.
     */
    public Map<String, Long> tipsNamingElsewhere(List<String[]> identifiers) {
        Long station = scope.stationFilter();
        Map<String, Long> counts = new LinkedHashMap<>();
        if (station == null || identifiers.isEmpty() || !visible(null).contains(SearchKind.TIP)) {
            return counts;
        }
        StringBuilder named = new StringBuilder();
        for (int i = 0; i < identifiers.size(); i++) {
            named.append(i == 0 ? "" : " OR ").append("(g.type = ?").append(2 * i + 2).append(" AND g.value = ?").append(2 * i + 3).append(')');
        }
        jakarta.persistence.Query query = em.createNativeQuery("SELECT coalesce(s.code, ''), count(DISTINCT g.record_id) FROM identifier_sighting g "
                + "LEFT JOIN station s ON s.id = g.station_id WHERE g.kind = 'TIP' AND g.dismissed_at IS NULL "
                + "AND g.station_id IS DISTINCT FROM ?1 AND (" + named + ") GROUP BY 1 ORDER BY 1").setParameter(1, station);
        for (int i = 0; i < identifiers.size(); i++) {
            query.setParameter(2 * i + 2, identifiers.get(i)[0]).setParameter(2 * i + 3, identifiers.get(i)[1]);
        }
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], ((Number) r[1]).longValue());
        }
        return counts;
    }

    /** Whether the caller may open this record of {@code kind}, as its list decides. */
    public boolean mayOpen(SearchKind kind, long id) {
        if (!visible(null).contains(kind)) {
            return false;
        }
        Source source = source(kind);
        return !bind(em.createNativeQuery("SELECT x.id FROM " + source.from + " WHERE x.id = ?4" + source.scope), null, source)
                .setParameter(4, id).getResultList().isEmpty();
    }

    private static List<Found> found(SearchKind kind, jakarta.persistence.Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Found> found = new ArrayList<>();
        for (Object[] r : rows) {
            found.add(new Found(kind, ((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    SqlValues.instant(r[4]), ((Number) r[5]).doubleValue(), r[6] == null ? null : ((Number) r[6]).longValue()));
        }
        return found;
    }

    private jakarta.persistence.Query bind(jakarta.persistence.Query query, String tsquery, Source source) {
        if (tsquery != null) {
            query.setParameter(1, tsquery);
        }
        if (source.bound != null) {
            query.setParameter(2, source.bound);
        }
        return query;
    }

    /**
     * Where each kind lives and who may open which: the list's own rule. {@code x} is the record,
     * {@code s} its station; the scope is the station (?2) or, for a liaison officer, their account (?2).
     */
    private Source source(SearchKind kind) {
        Caller caller = scope.caller();
        Long station = scope.stationFilter();
        boolean byStation = STAFF_KINDS.contains(kind) || caller.has(Role.SUPERVISOR);
        String stationScope = station == null ? "" : " AND x.station_id = ?2";
        Long bound = byStation ? station : caller.accountId();
        return switch (kind) {
            case CASE -> new Source("fraud_case x JOIN station s ON s.id = x.station_id", "x.case_number", "x.narrative",
                    "x.reported_at", "NULL", stationScope, bound);
            case TIP -> new Source("tip x LEFT JOIN station s ON s.id = x.station_id", "x.place", "x.description",
                    "x.submitted_at", "NULL", stationScope, bound);
            case LEAD -> new Source("warning_lead x JOIN station s ON s.id = x.station_id",
                    "coalesce(x.person_name, '') || chr(31) || x.phone", "concat_ws(' · ', x.address, x.outcome_note)", "x.received_at", "NULL",
                    stationScope, bound);
            case VISIT -> new Source("visit x JOIN station s ON s.id = x.station_id JOIN project p ON p.id = x.project_id", "p.name",
                    "concat_ws(' · ', x.people_met, x.topics)", "(x.visited_on::timestamp AT TIME ZONE 'Asia/Shanghai')", "x.project_id",
                    byStation ? stationScope : " AND " + RUNS.formatted("p.id", "p.enterprise_id"), bound);
            case REQUEST -> new Source("enterprise_request x JOIN station s ON s.id = x.station_id JOIN enterprise e ON e.id = x.enterprise_id",
                    "e.name", "concat_ws(' · ', x.description, x.resolution)", "x.received_at", "x.project_id",
                    byStation ? stationScope : " AND (x.owner_id = ?2 OR " + RUNS.formatted("x.project_id", "x.enterprise_id") + ")",
                    bound);
            case ENTERPRISE -> new Source("enterprise x JOIN station s ON s.id = x.station_id", "x.name",
                    "concat_ws(' · ', x.credit_code, x.address)", "x.created_at", "NULL",
                    byStation ? stationScope : " AND EXISTS (SELECT 1 FROM liaison_assignment a LEFT JOIN project ap ON ap.id = a.project_id "
                            + "WHERE a.ended_at IS NULL AND a.officer_id = ?2 AND (a.enterprise_id = x.id OR ap.enterprise_id = x.id))",
                    bound);
            case PROJECT -> new Source("project x JOIN station s ON s.id = x.station_id JOIN enterprise e ON e.id = x.enterprise_id",
                    "x.name", "concat_ws(' · ', e.name, x.site_address)", "x.created_at", "x.id",
                    byStation ? stationScope : " AND " + RUNS.formatted("x.id", "x.enterprise_id"), bound);
        };
    }

    private static Comparator<Found> comparator(SearchOrder order) {
        Comparator<Found> newest = Comparator.comparing(Found::at, Comparator.nullsLast(Comparator.reverseOrder()));
        Comparator<Found> by = order == SearchOrder.RELEVANCE ? Comparator.comparingDouble(Found::rank).reversed().thenComparing(newest)
                : newest;
        return by.thenComparing(Found::kind).thenComparing(Comparator.comparingLong(Found::id).reversed());
    }

    /**
     * A kind's table and columns. {@code bound} is what ?2 stands for: the station the caller is limited to (null: no
     * limit, and the scope does not use ?2) or, for a liaison officer, their account.
     */
    private record Source(String from, String title, String body, String at, String parent, String scope, Long bound) {
    }

    /** A row as read, before it is shown. */
    private record Found(SearchKind kind, long id, String title, String body, String stationCode, Instant at, double rank, Long parent) {

        SearchHit hit(List<List<String>> words) {
            return new SearchHit(kind, id, shownTitle(), Snippets.of(body, words), stationCode, at, page());
        }

        /** A lead's person and phone masked as on the board; the others' titles are no personal data. */
        private String shownTitle() {
            if (kind != SearchKind.LEAD) {
                return title;
            }
            int separator = title.indexOf('\u001f'); // between the person's name (perhaps none) and the phone
            String name = title.substring(0, separator);
            String phone = Masking.phone(title.substring(separator + 1));
            return name.isBlank() ? phone : Masking.personName(name) + " " + phone;
        }

        private String page() {
            return switch (kind) {
                case CASE -> "/fraud/case.xhtml?id=" + id;
                case TIP -> "/patrol/officer/tips.xhtml";
                case LEAD -> "/fraud/leads.xhtml?lead=" + id;
                case VISIT, PROJECT -> "/liaison/project.xhtml?id=" + parent;
                case REQUEST -> parent == null ? "/liaison/requests.xhtml" : "/liaison/project.xhtml?id=" + parent;
                case ENTERPRISE -> "/liaison/enterprises.xhtml";
            };
        }
    }
}
