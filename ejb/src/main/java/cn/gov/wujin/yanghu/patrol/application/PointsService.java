package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Reading the points ledger: a volunteer's own awards, and leaderboards per group and station. */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.VOLUNTEER})
public class PointsService {

    /** One award as the volunteer sees it. */
    public record Award(Instant awardedAt, String rule, BigDecimal points, String reason) {
    }

    /** One line of a leaderboard. */
    public record Standing(int rank, String name, BigDecimal points, BigDecimal hours) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    @Inject
    private PatrolGroupService groups;

    @RolesAllowed(Roles.VOLUNTEER)
    public List<Award> mine() {
        List<?> rows = em.createNativeQuery("SELECT awarded_at, rule_code, points, reason FROM points_award WHERE account_id = ?1 "
                + "ORDER BY awarded_at DESC, id DESC LIMIT 200").setParameter(1, scope.caller().accountId()).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Award(instant(r[0]), (String) r[1], (BigDecimal) r[2], (String) r[3]))
                .toList();
    }

    @RolesAllowed(Roles.VOLUNTEER)
    public BigDecimal myTotal() {
        Object total = em.createNativeQuery("SELECT coalesce(sum(points), 0) FROM points_award WHERE account_id = ?1")
                .setParameter(1, scope.caller().accountId()).getSingleResult();
        return (BigDecimal) total;
    }

    /** Top members of a group the caller may see, by points in [from, to). */
    public List<Standing> groupBoard(long groupId, Instant from, Instant to) {
        groups.visible(groupId);
        return board("group_id = ?1", groupId, from, to);
    }

    /** Top volunteers of the caller's station (staff), by points in [from, to). */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
    public List<Standing> stationBoard(long stationId, Instant from, Instant to) {
        if (!scope.canSee(stationId)) {
            throw new cn.gov.wujin.yanghu.shared.NotFoundException("Station", stationId);
        }
        return board("station_id = ?1", stationId, from, to);
    }

    private List<Standing> board(String where, long key, Instant from, Instant to) {
        List<?> rows = em.createNativeQuery("SELECT u.display_name, sum(a.points) AS points, "
                        + "sum(CASE WHEN a.rule_code = 'SHIFT_HOUR' THEN a.points / NULLIF(r.points, 0) ELSE 0 END) AS hours "
                        + "FROM points_award a JOIN account u ON u.id = a.account_id JOIN points_rule r ON r.code = a.rule_code "
                        + "WHERE a." + where + " AND a.awarded_at >= ?2 AND a.awarded_at < ?3 "
                        + "GROUP BY u.id, u.display_name ORDER BY points DESC, u.display_name LIMIT 50")
                .setParameter(1, key).setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to)).getResultList();
        java.util.ArrayList<Standing> board = new java.util.ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            board.add(new Standing(board.size() + 1, (String) r[0], (BigDecimal) r[1],
                    ((BigDecimal) r[2]).setScale(1, java.math.RoundingMode.HALF_UP)));
        }
        return board;
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}
