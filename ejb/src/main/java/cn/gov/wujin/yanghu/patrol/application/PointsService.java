package cn.gov.wujin.yanghu.patrol.application;

import static cn.gov.wujin.yanghu.shared.SqlValues.instant;
import cn.gov.wujin.yanghu.notification.NotificationTexts;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.patrol.domain.PointsRule;
import cn.gov.wujin.yanghu.shared.BureauTime;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reading the points ledger: a volunteer's own awards and certificate of service, and leaderboards per group and station. */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.VOLUNTEER})
public class PointsService {

    /** One award as the volunteer sees it. */
    @Schema(name = "PointsAward", description = "Points awarded for one piece of work.")
    public record Award(
            @Schema(required = true) Instant awardedAt,
            @Schema(required = true, description = "The rule's code (see GET /api/v1/points/rules).", example = "SHIFT_HOUR") String rule,
            @Schema(required = true, description = "Points awarded, in tenths.", example = "5.0") BigDecimal points,
            @Schema(required = true, description = "What for, in the reader's language (Accept-Language).",
                    example = "巡逻 人民路沿线，2.5 小时") String reason) implements Serializable {
    }

    /** A points rule as the reference table shows it. */
    @Schema(name = "PointsRule", description = "What a unit of work earns.")
    public record Rule(
            @Schema(required = true, description = "SHIFT_HOUR (an hour patrolled), PUBLICITY_EVENT (a confirmed publicity event), "
                    + "TIP_ACTED_ON (a tip that led to action).", example = "SHIFT_HOUR") String code,
            @Schema(required = true, example = "巡逻时长") String nameZh,
            @Schema(required = true, example = "Patrol hours") String nameEn,
            @Schema(required = true, description = "Points per unit, in tenths.", example = "2.0") BigDecimal points,
            @Schema(required = true, example = "每小时") String unitZh,
            @Schema(required = true, example = "per hour") String unitEn,
            @Schema(required = true, description = "false: retired, it awards nothing more.") boolean active,
            @Schema(required = true, description = "The version read: send it back with a change.") long version)
            implements Serializable {
    }

    /** One line of a leaderboard; equal points share a rank (1, 2, 2, 4). */
    @Schema(name = "PointsStanding", description = "One line of a leaderboard.")
    public record Standing(
            @Schema(required = true, description = "1 for the most points; equal points share a rank (1, 2, 2, 4).", example = "1")
            int rank,
            @Schema(required = true, description = "The volunteer's name.") String name,
            @Schema(required = true, description = "Points awarded in the period.", example = "42.5") BigDecimal points,
            @Schema(required = true, description = "Hours patrolled in the period, to one decimal.", example = "12.5") BigDecimal hours,
            @Schema(description = "The groups the points were earned in, joined by 、.", example = "人民路巡防队") String groups)
            implements java.io.Serializable {
    }

    /**
     * What a volunteer's certificate of service states (志愿服务证明): its number and date of issue
     * (kept for the same certificate), the period of service it covers (the first day of
     * membership or patrol to the last patrol), the issuing station and the figures.
     */
    public record Certificate(String number, String name, String stationZh, String stationEn, List<String> groups, LocalDate periodFrom,
                              LocalDate periodTo, long shifts, BigDecimal hours, BigDecimal points, long tipsActedOn, Instant issuedAt)
            implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    @Inject
    private PatrolGroupService groups;

    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.VOLUNTEER, Roles.ADMIN})
    public List<Rule> rules() {
        return em.createQuery("SELECT r FROM PointsRule r ORDER BY r.code", PointsRule.class).getResultStream().map(PointsService::rule)
                .toList();
    }

    /** ADMIN changes what a unit of work earns from now on; awards already written keep their points. */
    @RolesAllowed(Roles.ADMIN)
    public Rule reviseRule(String code, BigDecimal points, boolean active, long expectedVersion) {
        PointsRule rule = em.find(PointsRule.class, code);
        if (rule == null) {
            throw new RecordNotFoundException("PointsRule", code);
        }
        if (rule.getVersion() != expectedVersion) {
            throw new ConflictException("PointsRule", code);
        }
        rule.revise(points, active);
        em.flush();
        return rule(rule);
    }

    private static Rule rule(PointsRule r) {
        return new Rule(r.getCode(), r.getNameZh(), r.getNameEn(), r.getPoints(), r.getUnitZh(), r.getUnitEn(), r.isActive(),
                r.getVersion());
    }

    @RolesAllowed(Roles.VOLUNTEER)
    public List<Award> mine(Locale locale) {
        List<?> rows = em.createNativeQuery("SELECT awarded_at, rule_code, points, reason, reason_key, reason_args FROM points_award "
                + "WHERE account_id = ?1 ORDER BY awarded_at DESC, id DESC LIMIT 200").setParameter(1, scope.caller().accountId())
                .getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Award(instant(r[0]), (String) r[1], (BigDecimal) r[2],
                reason((String) r[3], (String) r[4], (String) r[5], locale))).toList();
    }

    /** A reason in the reader's language; a row written before reasons had keys, as it was stored. */
    static String reason(String stored, String key, String args, Locale locale) {
        return key == null ? stored : NotificationTexts.format(key, args == null ? List.of() : NotificationTexts.args(args), locale);
    }

    @RolesAllowed(Roles.VOLUNTEER)
    public BigDecimal myTotal() {
        Object total = em.createNativeQuery("SELECT coalesce(sum(points), 0) FROM points_award WHERE account_id = ?1")
                .setParameter(1, scope.caller().accountId()).getSingleResult();
        return (BigDecimal) total;
    }

    /**
     * The volunteer's record as the certificate states it: patrols checked in and out and
     * their hours (inside each shift's window, tenths rounded down, as the points count
     * them), points, and tips that led to action; over the period from the first day of
     * membership (or patrol) to the last patrol. The certificate gets its number from the
     * database the first time it is issued; the same certificate asked for again keeps its
     * number and date (migration V24).
     */
    @RolesAllowed(Roles.VOLUNTEER)
    public Certificate certificate() {
        long me = scope.caller().accountId();
        Object[] who = (Object[]) em.createNativeQuery("SELECT a.display_name, s.name_zh, s.name_en FROM account a "
                + "LEFT JOIN station s ON s.id = a.station_id WHERE a.id = ?1").setParameter(1, me).getSingleResult();
        Object[] work = (Object[]) em.createNativeQuery("SELECT count(*), coalesce(sum(" + PatrolCounting.TENTHS + "), 0) / 10.0, "
                        + "min(bureau_day(s.starts_at)), max(bureau_day(s.starts_at)) "
                        + "FROM shift_signup x JOIN shift s ON s.id = x.shift_id JOIN group_member m ON m.id = x.member_id "
                        + "WHERE m.account_id = ?1 AND x.cancelled_at IS NULL AND x.checked_out_at IS NOT NULL")
                .setParameter(1, me).getSingleResult();
        long tips = ((Number) em.createNativeQuery("SELECT count(*) FROM tip t WHERE t.submitter_account_id = ?1 AND "
                + PatrolCounting.TIP_ACTED).setParameter(1, me).getSingleResult()).longValue();
        List<?> groupNames = em.createNativeQuery("SELECT g.name FROM group_member m JOIN patrol_group g ON g.id = m.group_id "
                + "WHERE m.account_id = ?1 AND m.active ORDER BY g.name").setParameter(1, me).getResultList();
        Object joined = em.createNativeQuery("SELECT min(joined_on) FROM group_member WHERE account_id = ?1").setParameter(1, me)
                .getSingleResult();
        LocalDate today = LocalDate.now(BureauTime.ZONE);
        LocalDate firstPatrol = day(work[2]);
        LocalDate lastPatrol = day(work[3]);
        LocalDate from = earliest(earliest(day(joined), firstPatrol), today);
        LocalDate to = lastPatrol == null ? from : lastPatrol;
        long shifts = ((Number) work[0]).longValue();
        BigDecimal hours = new BigDecimal(work[1].toString()).setScale(1, RoundingMode.HALF_UP);
        BigDecimal points = myTotal();
        // the same certificate keeps its number: insert once, then read what is there
        em.createNativeQuery("INSERT INTO volunteer_certificate (account_id, period_from, period_to, shifts, hours, points, tips_acted) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT ON CONSTRAINT volunteer_certificate_once DO NOTHING")
                .setParameter(1, me).setParameter(2, java.sql.Date.valueOf(from)).setParameter(3, java.sql.Date.valueOf(to))
                .setParameter(4, shifts).setParameter(5, hours).setParameter(6, points).setParameter(7, tips).executeUpdate();
        Object[] issued = (Object[]) em.createNativeQuery("SELECT number, issued_at FROM volunteer_certificate WHERE account_id = ?1 "
                        + "AND period_from = ?2 AND period_to = ?3 AND shifts = ?4 AND hours = ?5 AND points = ?6 AND tips_acted = ?7")
                .setParameter(1, me).setParameter(2, java.sql.Date.valueOf(from)).setParameter(3, java.sql.Date.valueOf(to))
                .setParameter(4, shifts).setParameter(5, hours).setParameter(6, points).setParameter(7, tips).getSingleResult();
        return new Certificate((String) issued[0], (String) who[0], (String) who[1], (String) who[2],
                groupNames.stream().map(String::valueOf).toList(), from, to, shifts, hours, points, tips, instant(issued[1]));
    }

    private static LocalDate day(Object value) {
        return value == null ? null : value instanceof java.sql.Date date ? date.toLocalDate() : LocalDate.parse(value.toString());
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    /** Top members of a group the caller may see, by points awarded in the Beijing days [from, to] (default: this year). */
    public List<Standing> groupBoard(long groupId, LocalDate from, LocalDate to) {
        groups.visible(groupId);
        return board("group_id = ?1", groupId, from, to);
    }

    /** Top volunteers of a station the caller may see (staff), by points awarded in [from, to] (default: this year). */
    @RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR})
    public List<Standing> stationBoard(long stationId, LocalDate from, LocalDate to) {
        if (!scope.canSee(stationId)) {
            throw new RecordNotFoundException("Station", stationId);
        }
        return board("station_id = ?1", stationId, from, to);
    }

    /**
     * The bureau's top volunteers (all stations, or one) by points awarded in [from, to], for
     * the supervisors' statistics; the caller's scope is checked there.
     */
    @RolesAllowed(Roles.SUPERVISOR)
    public List<Standing> topVolunteers(Long stationId, LocalDate from, LocalDate to, int limit) {
        List<Standing> board = stationId == null ? board("station_id > ?1", 0L, from, to) : board("station_id = ?1", stationId, from, to);
        return board.subList(0, Math.min(limit, board.size()));
    }

    private List<Standing> board(String where, long key, LocalDate fromDay, LocalDate toDay) {
        LocalDate today = LocalDate.now(BureauTime.ZONE);
        LocalDate first = fromDay == null ? today.withDayOfYear(1) : fromDay;
        LocalDate last = toDay == null ? today : toDay;
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "points.period.order");
        }
        Instant from = first.atStartOfDay(BureauTime.ZONE).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(BureauTime.ZONE).toInstant();
        List<?> rows = em.createNativeQuery("SELECT u.display_name, sum(a.points) AS points, "
                        + "sum(CASE WHEN a.rule_code = 'SHIFT_HOUR' THEN a.points / NULLIF(r.points, 0) ELSE 0 END) AS hours, "
                        + "string_agg(DISTINCT g.name, '、' ORDER BY g.name) AS groups "
                        + "FROM points_award a JOIN account u ON u.id = a.account_id JOIN points_rule r ON r.code = a.rule_code "
                        + "LEFT JOIN patrol_group g ON g.id = a.group_id "
                        + "WHERE a." + where + " AND a.awarded_at >= ?2 AND a.awarded_at < ?3 "
                        + "GROUP BY u.id, u.display_name ORDER BY points DESC, u.display_name LIMIT 50")
                .setParameter(1, key).setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to)).getResultList();
        ArrayList<Standing> board = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            BigDecimal points = (BigDecimal) r[1];
            int rank = board.isEmpty() || board.get(board.size() - 1).points().compareTo(points) != 0
                    ? board.size() + 1 : board.get(board.size() - 1).rank();
            board.add(new Standing(rank, (String) r[0], points,
                    ((BigDecimal) r[2]).setScale(1, RoundingMode.HALF_UP), (String) r[3]));
        }
        return board;
    }

}
