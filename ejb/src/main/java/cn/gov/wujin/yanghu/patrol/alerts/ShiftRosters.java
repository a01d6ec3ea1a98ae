package cn.gov.wujin.yanghu.patrol.alerts;

import static cn.gov.wujin.yanghu.shared.SqlValues.instant;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@link ShiftRoster}s: one shift's, or those of every shift that starts soon. */
@Stateless
@PermitAll
public class ShiftRosters {

    private static final String SQL = "SELECT s.id, g.name, s.area, s.starts_at, s.ends_at, s.needed, s.cancelled, "
            + "(SELECT count(*) FROM shift_signup x WHERE x.shift_id = s.id AND x.cancelled_at IS NULL), m.account_id, ss.signed_up_at "
            + "FROM shift s JOIN patrol_group g ON g.id = s.group_id "
            + "LEFT JOIN (group_member m JOIN account a ON a.id = m.account_id AND a.active) ON m.group_id = s.group_id AND m.active "
            + "LEFT JOIN shift_signup ss ON ss.shift_id = s.id AND ss.member_id = m.id AND ss.cancelled_at IS NULL ";

    @PersistenceContext
    private EntityManager em;

    public Optional<ShiftRoster> of(long shiftId) {
        return rosters(em.createNativeQuery(SQL + "WHERE s.id = ?1 ORDER BY s.id, m.account_id").setParameter(1, shiftId))
                .stream().findFirst();
    }

    /** Shifts of active groups, not cancelled, that start in {@code (from, to]}. */
    public List<ShiftRoster> startingBetween(Instant from, Instant to) {
        return rosters(em.createNativeQuery(SQL + "WHERE s.starts_at > ?1 AND s.starts_at <= ?2 AND NOT s.cancelled AND g.active "
                + "ORDER BY s.id, m.account_id").setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to)));
    }

    private static List<ShiftRoster> rosters(Query query) {
        Map<Long, Object[]> shifts = new LinkedHashMap<>();
        Map<Long, List<ShiftRoster.Member>> members = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            long id = ((Number) c[0]).longValue();
            shifts.putIfAbsent(id, c);
            List<ShiftRoster.Member> of = members.computeIfAbsent(id, k -> new ArrayList<>());
            if (c[8] != null) {
                of.add(new ShiftRoster.Member(((Number) c[8]).longValue(), instant(c[9])));
            }
        }
        return shifts.values().stream().map(c -> new ShiftRoster(((Number) c[0]).longValue(), (String) c[1], (String) c[2],
                instant(c[3]), instant(c[4]), ((Number) c[5]).intValue(), ((Number) c[7]).longValue(), (Boolean) c[6],
                List.copyOf(members.get(((Number) c[0]).longValue())))).toList();
    }

}
