package cn.gov.wujin.yanghu.search;

import cn.gov.wujin.yanghu.audit.AuditAction;
import cn.gov.wujin.yanghu.audit.AuditLog;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import cn.gov.wujin.yanghu.shared.SqlValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one index of identifiers: where an identifier was seen (the suspect identifiers of cases,
 * and what the text of cases, tips, enterprise requests and visit notes names: the sightings the
 * database keeps, V31). The counts are every station's, as the intake's "seen in N other cases"
 * always was, naming nothing; the records listed are only those the caller may open.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
public class Sightings {

    /** Records listed of each kind. */
    public static final int LISTED = 20;

    private static final int REASON_LENGTH = 500;

    /** Neither a sighting dismissed nor an identifier a bureau supervisor marked not significant counts. */
    private static final String COUNTED = " AND g.dismissed_at IS NULL AND NOT EXISTS (SELECT 1 FROM insignificant_identifier i "
            + "WHERE i.type = g.type AND i.normalized_value = g.value)";

    @Inject
    private Search search;

    @Inject
    private StationScope scope;

    @Inject
    private AuditLog auditLog;

    @PersistenceContext
    private EntityManager em;

    /** How many cases, tips, requests and visits name it (every station's), and those of them the caller may open. */
    public Seen seen(String type, String value) {
        Object[] counts = (Object[]) em.createNativeQuery("SELECT "
                        + "(SELECT count(*) FROM (SELECT si.fraud_case_id FROM suspect_identifier si WHERE si.type = ?1 AND si.normalized_value = ?2 "
                        + "AND NOT EXISTS (SELECT 1 FROM insignificant_identifier i WHERE i.type = si.type AND i.normalized_value = si.normalized_value) "
                        + "UNION SELECT g.record_id FROM identifier_sighting g WHERE g.kind = 'CASE' AND g.type = ?1 AND g.value = ?2" + COUNTED + ") c), "
                        + count("TIP") + ", " + count("REQUEST") + ", " + count("VISIT"))
                .setParameter(1, type).setParameter(2, value).getSingleResult();
        List<SearchHit> records = new ArrayList<>();
        for (SearchKind kind : List.of(SearchKind.CASE, SearchKind.TIP, SearchKind.REQUEST, SearchKind.VISIT)) {
            records.addAll(search.naming(kind, type, value, LISTED));
        }
        return new Seen(number(counts[0]), number(counts[1]), number(counts[2]), number(counts[3]), records);
    }

    /**
     * Dismisses a sighting: the identifier the text names is not the suspect's (the bank's hotline, the
     * victim's own card). An OFFICER or SUPERVISOR who may open the record; the reason is required and kept;
     * audited. A sighting dismissed already answers 409.
     */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public void dismiss(long sightingId, String reason) {
        List<?> rows = em.createNativeQuery("SELECT kind, record_id, station_id, type, value, dismissed_at FROM identifier_sighting "
                + "WHERE id = ?1 FOR UPDATE").setParameter(1, sightingId).getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFoundException("IdentifierSighting", sightingId);
        }
        Object[] row = (Object[]) rows.get(0);
        if (!search.mayOpen(SearchKind.valueOf((String) row[0]), number(row[1]))) {
            throw new RecordNotFoundException("IdentifierSighting", sightingId);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "sighting.reasonRequired");
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw new InvalidInputException("reason", "common.tooLong", REASON_LENGTH);
        }
        if (row[5] != null) {
            throw new RuleViolationException("sighting.dismissedAlready");
        }
        em.createNativeQuery("UPDATE identifier_sighting SET dismissed_at = now(), dismissed_by = ?2, dismiss_reason = ?3 WHERE id = ?1")
                .setParameter(1, sightingId).setParameter(2, scope.caller().username()).setParameter(3, reason.strip()).executeUpdate();
        auditLog.record(AuditAction.UPDATE, "IdentifierSighting", sightingId, row[2] == null ? null : number(row[2]),
                "dismissed " + row[3] + " in " + row[0] + " " + row[1] + ": " + reason.strip());
    }

    /** The sightings of one record (not dismissed), for its page: id, type and value. */
    public List<Sighting> of(SearchKind kind, long recordId) {
        if (!search.mayOpen(kind, recordId)) {
            return List.of();
        }
        List<Sighting> sightings = new ArrayList<>();
        for (Object r : em.createNativeQuery("SELECT g.id, g.type, g.value FROM identifier_sighting g WHERE g.kind = ?1 "
                + "AND g.record_id = ?2" + COUNTED + " ORDER BY g.id").setParameter(1, kind.name()).setParameter(2, recordId).getResultList()) {
            Object[] row = (Object[]) r;
            sightings.add(new Sighting(number(row[0]), (String) row[1], (String) row[2]));
        }
        return sightings;
    }

    /**
     * What a record's text names and where else each identifier was seen: the cases (by a suspect identifier or their
     * text) and the other tips, newest first, at most {@link #LISTED} each. A record the caller may open is given with
     * its page; another station's only by kind, number (a case's), station and date, as linking does.
     */
    public List<TextLink> linksOf(SearchKind kind, long recordId) {
        List<TextLink> links = new ArrayList<>();
        for (Sighting sighting : of(kind, recordId)) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("(SELECT 'CASE', c.id, c.case_number, s.code, c.reported_at AS at FROM fraud_case c "
                            + "JOIN station s ON s.id = c.station_id WHERE c.id IN (SELECT si.fraud_case_id FROM suspect_identifier si "
                            + "WHERE si.type = ?1 AND si.normalized_value = ?2 AND NOT EXISTS (SELECT 1 FROM insignificant_identifier i "
                            + "WHERE i.type = si.type AND i.normalized_value = si.normalized_value) UNION SELECT g.record_id FROM "
                            + "identifier_sighting g WHERE g.kind = 'CASE' AND g.type = ?1 AND g.value = ?2" + COUNTED + ") "
                            + "AND NOT (?3 = 'CASE' AND c.id = ?4) ORDER BY c.reported_at DESC, c.id DESC LIMIT ?5) UNION ALL "
                            + "(SELECT 'TIP', t.id, NULL, s.code, t.submitted_at FROM tip t LEFT JOIN station s ON s.id = t.station_id "
                            + "WHERE t.id IN (SELECT g.record_id FROM identifier_sighting g WHERE g.kind = 'TIP' AND g.type = ?1 "
                            + "AND g.value = ?2" + COUNTED + ") AND NOT (?3 = 'TIP' AND t.id = ?4) "
                            + "ORDER BY t.submitted_at DESC, t.id DESC LIMIT ?5)")
                    .setParameter(1, sighting.type()).setParameter(2, sighting.value()).setParameter(3, kind.name())
                    .setParameter(4, recordId).setParameter(5, LISTED).getResultList();
            List<Linked> records = new ArrayList<>();
            for (Object[] r : rows) {
                SearchKind of = SearchKind.valueOf((String) r[0]);
                long id = number(r[1]);
                boolean visible = search.mayOpen(of, id);
                records.add(new Linked(of, visible ? id : null, (String) r[2], (String) r[3], SqlValues.instant(r[4]), visible));
            }
            if (!records.isEmpty()) {
                links.add(new TextLink(sighting.type(), sighting.value(), records));
            }
        }
        return links;
    }

    private static String count(String kind) {
        return "(SELECT count(*) FROM identifier_sighting g WHERE g.kind = '" + kind + "' AND g.type = ?1 AND g.value = ?2" + COUNTED + ")";
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** Where an identifier was seen (the API answers it inside IdentifierResource's answer). */
    public record Seen(long cases, long tips, long requests, long visits, List<SearchHit> records) implements Serializable {
    }

    /** An identifier a record's text names and the other records it was seen in. */
    public record TextLink(String type, String value, List<Linked> records) implements Serializable {
    }

    /**
     * A record an identifier was seen in. {@code id} is null when the caller may not open it (another station's):
     * then only its kind, a case's number, the station and the date are given.
     */
    public record Linked(SearchKind kind, Long id, String caseNumber, String stationCode, Instant at, boolean visible)
            implements Serializable {
    }

    /** One identifier a record's text names. */
    public record Sighting(long id, String type, String value) implements Serializable {
    }
}
