package cn.gov.wujin.yanghu.fraud.application;

import cn.gov.wujin.yanghu.fraud.domain.IdentifierType;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Case linking (串并案): cases that share a normalised suspect identifier are linked, across
 * stations, unless a bureau supervisor marked the identifier not significant. Cases of
 * stations the caller may not see are reduced to number, station and shared identifiers.
 */
@ApplicationScoped
public class CaseLinks {

    private static final String NOT_INSIGNIFICANT = " AND NOT EXISTS (SELECT 1 FROM insignificant_identifier ii "
            + "WHERE ii.type = o.type AND ii.normalized_value = o.normalized_value)";

    /** Each linked case's identifier with what the answer shows of its case, read in the same statement (no entities). */
    private static final String COLUMNS = "SELECT o.fraud_case_id, o.type, o.normalized_value, c.case_number, st.code, c.station_id, "
            + "c.status, c.fraud_type ";
    private static final String CASES = " JOIN fraud_case c ON c.id = o.fraud_case_id JOIN station st ON st.id = c.station_id";

    private static final String LINKS_OF_CASE = COLUMNS
            + "FROM suspect_identifier s JOIN suspect_identifier o ON o.normalized_value = s.normalized_value "
            + "AND o.type = s.type AND o.fraud_case_id <> s.fraud_case_id" + CASES + " WHERE s.fraud_case_id = ?1"
            + NOT_INSIGNIFICANT + " ORDER BY o.fraud_case_id";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    public List<LinkedCase> of(long caseId) {
        return assemble(em.createNativeQuery(LINKS_OF_CASE).setParameter(1, caseId).getResultList());
    }

    /** Cases carrying a value, read as every kind of identifier it can be (a number may be a phone, a QQ, an account). */
    public List<LinkedCase> carrying(String value) {
        List<String[]> candidates = new ArrayList<>();
        for (IdentifierType type : IdentifierType.values()) {
            type.normalize(value).ifPresent(n -> candidates.add(new String[]{type.name(), n}));
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(COLUMNS + "FROM suspect_identifier o" + CASES + " WHERE (");
        for (int i = 0; i < candidates.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append("(o.type = ?").append(2 * i + 1).append(" AND o.normalized_value = ?")
                    .append(2 * i + 2).append(')');
        }
        sql.append(") ORDER BY o.fraud_case_id DESC LIMIT 500");
        Query q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < candidates.size(); i++) {
            q.setParameter(2 * i + 1, candidates.get(i)[0]).setParameter(2 * i + 2, candidates.get(i)[1]);
        }
        return assemble(q.getResultList());
    }

    /** How many cases other than {@code exceptCaseId} carry this identifier (the intake page's "seen in N cases"). */
    public long countCarrying(IdentifierType type, String normalized, Long exceptCaseId) {
        Number n = (Number) em.createNativeQuery("SELECT count(DISTINCT o.fraud_case_id) FROM suspect_identifier o "
                        + "WHERE o.type = ?1 AND o.normalized_value = ?2 AND o.fraud_case_id <> ?3" + NOT_INSIGNIFICANT)
                .setParameter(1, type.name()).setParameter(2, normalized)
                .setParameter(3, exceptCaseId == null ? -1L : exceptCaseId).getSingleResult();
        return n.longValue();
    }

    /** One linked case per case id, in the order of the rows, with the identifiers it shares. */
    private List<LinkedCase> assemble(List<?> rows) {
        Map<Long, Object[]> cases = new LinkedHashMap<>();
        Map<Long, List<FraudCaseView.Identifier>> shared = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            cases.putIfAbsent(id, r);
            shared.computeIfAbsent(id, k -> new ArrayList<>()).add(new FraudCaseView.Identifier((String) r[1], (String) r[2], (String) r[2]));
        }
        List<LinkedCase> result = new ArrayList<>();
        cases.forEach((id, c) -> {
            String number = (String) c[3];
            String station = (String) c[4];
            result.add(scope.canSee(((Number) c[5]).longValue())
                    ? new LinkedCase(id, number, station, true, (String) c[6], (String) c[7], shared.get(id))
                    : new LinkedCase(null, number, station, false, null, null, shared.get(id)));
        });
        return result;
    }
}
