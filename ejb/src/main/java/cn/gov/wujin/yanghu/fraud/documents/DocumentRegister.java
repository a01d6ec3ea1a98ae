package cn.gov.wujin.yanghu.fraud.documents;

import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The register of issued documents and their numbers (case_document, document_number,
 * document_counter; V28), in the caller's transaction. A case's document of a kind about a
 * subject is registered once and keeps its number; a number belongs to one case, series and
 * subject. The serial is taken from the station's counter for the year and series under the
 * counter row's lock, so two instances never issue the same number, and the unique constraints
 * refuse it if anything ever tried.
 */
@ApplicationScoped
public class DocumentRegister {

    /** A document as registered: reprint is true when it had been generated before. */
    public record Issued(long id, String number, Instant generatedAt, String generatedBy, boolean reprint) {
    }

    /** A number issued to a case's series about a subject. */
    public record IssuedNumber(String number, Instant issuedAt) {
    }

    @PersistenceContext
    private EntityManager em;

    /**
     * The document, registered now if it was not yet: its number is the series' number of the
     * case and subject when one was issued (the registration and the receipt share theirs), else
     * the next serial of the station's year. The caller holds the case's lock.
     */
    public Issued issue(long caseId, long stationId, DocumentKind kind, long subject, String actor, Instant now) {
        return issue(caseId, stationId, kind.name(), kind.series(), subject, actor, now);
    }

    /** As above, for a document that is not one of a case's own kinds (the return plan's notice, filed with its first case). */
    public Issued issue(long caseId, long stationId, String kindName, String series, long subject, String actor, Instant now) {
        Object[] existing = document(caseId, kindName, subject);
        if (existing != null) {
            return new Issued(((Number) existing[0]).longValue(), (String) existing[1], SqlValues.instant(existing[2]), (String) existing[3], true);
        }
        Long numberId = numberOf(caseId, series, subject);
        if (numberId == null) {
            int year = LocalDate.ofInstant(now, BureauTime.ZONE).getYear();
            int serial = ((Number) em.createNativeQuery("INSERT INTO document_counter (station_id, year, series, last_serial) "
                    + "VALUES (?1, ?2, ?3, 1) ON CONFLICT (station_id, year, series) "
                    + "DO UPDATE SET last_serial = document_counter.last_serial + 1 RETURNING last_serial")
                    .setParameter(1, stationId).setParameter(2, year).setParameter(3, series).getSingleResult()).intValue();
            String shortName = (String) em.createNativeQuery("SELECT short_name FROM station WHERE id = ?1")
                    .setParameter(1, stationId).getSingleResult();
            numberId = ((Number) em.createNativeQuery("INSERT INTO document_number (fraud_case_id, series, subject_id, station_id, "
                    + "year, serial, number, issued_by, issued_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id")
                    .setParameter(1, caseId).setParameter(2, series).setParameter(3, subject).setParameter(4, stationId)
                    .setParameter(5, year).setParameter(6, serial).setParameter(7, DocumentNumber.format(shortName, series, year, serial))
                    .setParameter(8, actor).setParameter(9, java.sql.Timestamp.from(now)).getSingleResult()).longValue();
        }
        em.createNativeQuery("INSERT INTO case_document (fraud_case_id, kind, subject_id, document_number_id, generated_by, generated_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, caseId).setParameter(2, kindName).setParameter(3, subject).setParameter(4, numberId)
                .setParameter(5, actor).setParameter(6, java.sql.Timestamp.from(now)).executeUpdate();
        Object[] created = document(caseId, kindName, subject);
        return new Issued(((Number) created[0]).longValue(), (String) created[1], SqlValues.instant(created[2]), (String) created[3], false);
    }

    /** The numbers issued to the case, by series and subject ("受/0", "冻/77"). */
    public Map<String, IssuedNumber> numbersOf(long caseId) {
        Map<String, IssuedNumber> numbers = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT series, subject_id, number, issued_at FROM document_number WHERE fraud_case_id = ?1")
                .setParameter(1, caseId).getResultList();
        for (Object[] row : rows) {
            numbers.put(key((String) row[0], ((Number) row[1]).longValue()), new IssuedNumber((String) row[2], SqlValues.instant(row[3])));
        }
        return numbers;
    }

    static String key(String series, long subject) {
        return series + "/" + subject;
    }

    private Object[] document(long caseId, String kindName, long subject) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.id, n.number, d.generated_at, d.generated_by FROM case_document d "
                        + "JOIN document_number n ON n.id = d.document_number_id "
                        + "WHERE d.fraud_case_id = ?1 AND d.kind = ?2 AND d.subject_id = ?3")
                .setParameter(1, caseId).setParameter(2, kindName).setParameter(3, subject).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private Long numberOf(long caseId, String series, long subject) {
        List<?> rows = em.createNativeQuery("SELECT id FROM document_number WHERE fraud_case_id = ?1 AND series = ?2 AND subject_id = ?3")
                .setParameter(1, caseId).setParameter(2, series).setParameter(3, subject).getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
    }
}
